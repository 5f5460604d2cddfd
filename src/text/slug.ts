/**
 * A file-system and URL safe slug: ASCII letters, digits and single hyphens,
 * at most 80 characters. Accents are folded ("Łukasz" → "lukasz"), so the
 * result never contains path separators, dots or reserved characters.
 */
export function slugify(value: string): string {
  return value
    .replace(/[Łł]/g, (c) => (c === 'Ł' ? 'L' : 'l'))
    .replace(/[Øø]/g, (c) => (c === 'Ø' ? 'O' : 'o'))
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}
