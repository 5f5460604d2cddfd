import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { FontFace } from './font-face.js';
import { unwrapWoff } from './woff.js';

/*
 * Fonts for scripts the bundled latin faces lack, read only when a card's
 * text has a character in one of their Unicode ranges: a latin-only build
 * never opens them. Each file keeps its own family name (satori draws a
 * character with the first family that has it, and uses only one face per
 * name and weight). The Inter and Source Serif 4 subsets are named in the
 * `fonts.sans` and `fonts.serif` lists, so Cyrillic or Greek in a serif line
 * stays serif; the Noto faces are the fallback for every family.
 */

const require = createRequire(import.meta.url);

interface Fallback {
  pkg: string;
  /** File name stem: `<file>-<subset>-<weight>-<style>.woff`. */
  file: string;
  subset: string;
  family: string;
  weights: FontFace['weight'][];
  styles: FontFace['style'][];
}

const INTER = { pkg: '@fontsource/inter', file: 'inter', weights: [400, 600, 700, 800], styles: ['normal'] } as const;
const SERIF = {
  pkg: '@fontsource/source-serif-4',
  file: 'source-serif-4',
  weights: [400, 600],
  styles: ['normal', 'italic'],
} as const;
const NOTO = { weights: [400, 700], styles: ['normal'] } as const;

/** Subsets of the bundled families beyond latin and latin-ext, and the family name each gets. */
const EXTRA_SUBSETS: [subset: string, suffix: string][] = [
  ['cyrillic', 'Cyrillic'],
  ['cyrillic-ext', 'CyrillicExt'],
  ['greek', 'Greek'],
  ['greek-ext', 'GreekExt'],
  ['vietnamese', 'Vietnamese'],
];

const FALLBACKS: Fallback[] = [
  ...EXTRA_SUBSETS.map(([subset, suffix]) => ({
    ...INTER,
    weights: [...INTER.weights],
    styles: [...INTER.styles],
    subset,
    family: `Inter${suffix}`,
  })),
  ...EXTRA_SUBSETS.filter(([subset]) => subset !== 'greek-ext').map(([subset, suffix]) => ({
    ...SERIF,
    weights: [...SERIF.weights],
    styles: [...SERIF.styles],
    subset,
    family: `SourceSerif${suffix}`,
  })),
  ...(
    [
      ['@fontsource/noto-sans-arabic', 'noto-sans-arabic', 'arabic', 'NotoSansArabic'],
      ['@fontsource/noto-sans-hebrew', 'noto-sans-hebrew', 'hebrew', 'NotoSansHebrew'],
      ['@fontsource/noto-sans-devanagari', 'noto-sans-devanagari', 'devanagari', 'NotoSansDevanagari'],
    ] as const
  ).map(([pkg, file, subset, family]) => ({
    pkg,
    file,
    subset,
    family,
    weights: [...NOTO.weights],
    styles: [...NOTO.styles],
  })),
];

/** The family lists' extra names, in the order they are tried after latin and latin-ext. */
export const SANS_EXTRA = EXTRA_SUBSETS.map(([, suffix]) => `Inter${suffix}`);
export const SERIF_EXTRA = EXTRA_SUBSETS.filter(([s]) => s !== 'greek-ext').map(([, s]) => `SourceSerif${s}`);

let ranges: { fallback: Fallback; ranges: [number, number][] }[] | undefined;

/** Each fallback's code point ranges, from the `unicode.json` its package ships. */
function fallbackRanges(): NonNullable<typeof ranges> {
  ranges ??= FALLBACKS.map((fallback) => {
    const table = JSON.parse(readFileSync(packageFile(fallback.pkg, 'unicode.json'), 'utf8')) as Record<string, string>;
    return { fallback, ranges: parseRanges(table[fallback.subset] ?? '') };
  });
  return ranges;
}

/** `U+0600-06FF,U+200C` → [[0x600, 0x6ff], [0x200c, 0x200c]]. */
export function parseRanges(spec: string): [number, number][] {
  return spec
    .split(',')
    .map((part) => /^\s*U\+([0-9a-f]+)(?:-([0-9a-f]+))?\s*$/i.exec(part))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => [Number.parseInt(m[1]!, 16), Number.parseInt(m[2] ?? m[1]!, 16)]);
}

const loaded = new Map<Fallback, FontFace[]>();

/**
 * The fallback faces whose ranges hold any of `codePoints` (characters the
 * other faces lack), read on first use and kept for the process.
 */
export function fallbackFaces(codePoints: Iterable<number>): FontFace[] {
  const wanted = [...new Set(codePoints)];
  if (wanted.length === 0) return [];
  return fallbackRanges()
    .filter(({ ranges: r }) => wanted.some((cp) => r.some(([lo, hi]) => cp >= lo && cp <= hi)))
    .flatMap(({ fallback }) => {
      let faces = loaded.get(fallback);
      if (!faces) {
        faces = readFaces(fallback);
        loaded.set(fallback, faces);
      }
      return faces;
    });
}

function readFaces(fallback: Fallback): FontFace[] {
  return fallback.weights.flatMap((weight) =>
    fallback.styles.map((style) => ({
      name: fallback.family,
      data: unwrapWoff(
        new Uint8Array(
          readFileSync(
            packageFile(fallback.pkg, 'files', `${fallback.file}-${fallback.subset}-${weight}-${style}.woff`),
          ),
        ),
      ),
      weight,
      style,
    })),
  );
}

function packageFile(pkg: string, ...parts: string[]): string {
  return path.join(path.dirname(require.resolve(`${pkg}/package.json`)), ...parts);
}
