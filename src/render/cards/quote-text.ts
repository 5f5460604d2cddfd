/**
 * Text preparation for cards: typographic quotes, emoji handling and trimming
 * a long quote at a sentence or clause boundary. Pure functions of strings.
 */

const PICTOGRAPH = /[\p{Extended_Pictographic}\p{Regional_Indicator}\u{FE0F}\u{200D}\u{20E3}\u{1F3FB}-\u{1F3FF}]/gu;

/** True when the text has no letter or digit a card could show (emoji only, symbols only, empty). */
export function hasWords(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

/**
 * Remove emoji, for alt text and captions and to tell whether a quote has
 * words at all (the card itself draws them, `emoji.ts`). Collapses the
 * spaces the emoji leave behind.
 */
export function stripEmoji(text: string): { text: string; removed: boolean } {
  const stripped = text.replace(PICTOGRAPH, '');
  return { text: stripped.replace(/\s{2,}/g, ' ').trim(), removed: stripped !== text };
}

/**
 * Straight quotes and apostrophes to curly ones, and " - " to an en dash.
 * An opening mark follows the start, a space or an opening bracket.
 */
export function curlyQuotes(text: string): string {
  return text
    .replace(/(^|[\s([{\u2014\u2013-])"/g, '$1\u201C')
    .replace(/"/g, '\u201D')
    .replace(/(^|[\s([{\u2014\u2013-])'/g, '$1\u2018')
    .replace(/'/g, '\u2019')
    .replace(/ - /g, ' \u2013 ')
    .replace(/\.\.\./g, '\u2026');
}

const SENTENCE_END = /[.!?\u2026]["\u201D\u2019)]?(?=\s)/g;
const CLAUSE_END = /[,;:\u2013\u2014](?=\s)/g;

/**
 * Shorten `text` to at most `max` characters (ellipsis included), cutting
 * after the last whole sentence that fits, else at the last clause break,
 * else at a word. Cuts that would keep less than 40% of the budget are
 * skipped in favour of the next finer boundary, so a card never shows one
 * stray word because the first sentence was long.
 *
 * With `stretch` (a card, which can set its text smaller), a cut that would
 * drop the turn of a contrast ("…on gym machines, but you're not gonna get
 * that street toughness…", whose point is after the "but") is not made when the
 * whole quote is at most `stretch` times the budget: the quote stays whole. A
 * caption's limit is hard, so captions never stretch.
 */
export function trimQuote(text: string, max: number, stretch = 1): { text: string; trimmed: boolean } {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return { text: clean, trimmed: false };
  const budget = max - 1;
  const floor = Math.floor(max * 0.4);
  let cut: number | undefined;
  for (const pattern of [SENTENCE_END, CLAUSE_END]) {
    cut ??= lastBoundary(clean, pattern, budget, floor);
  }
  if (cut === undefined) {
    const space = clean.lastIndexOf(' ', budget);
    cut = space > floor ? space : budget;
  }
  if (clean.length <= max * stretch && TURNS.test(clean.slice(cut))) return { text: clean, trimmed: false };
  return { text: withEllipsis(clean.slice(0, cut)), trimmed: true };
}

/** Words that turn a line: what follows is its point. "But yeah, …" and "but anyway" only move the talk on. */
const TURN = String.raw`(?:but|yet|although|though|whereas|except|unless|instead|rather)\b(?!,?\s+(?:yeah|yes|anyway|okay|ok|so)\b)`;
/** What is cut away turns the line: it opens on a turn, or its first sentence has one after a clause break. */
const TURNS = new RegExp(String.raw`^[^.!?\u2026]*?(?:^|[,;:\u2013\u2014])\s*${TURN}`, 'i');

function lastBoundary(text: string, pattern: RegExp, budget: number, floor: number): number | undefined {
  let best: number | undefined;
  for (const match of text.matchAll(pattern)) {
    const end = match.index + match[0].length;
    if (end > budget) break;
    if (end >= floor) best = end;
  }
  return best;
}

function withEllipsis(text: string): string {
  return `${text.replace(/[\s,;:.\u2013\u2014-]+$/u, '')}\u2026`;
}

/** The opening words of a quote, for messages: `"The team was separate…"`. */
export function quoteLabel(text: string, words = 6): string {
  const parts = text.replace(/\s+/g, ' ').trim().split(' ');
  const head = parts.slice(0, words).join(' ');
  return `"${head.length > 60 ? `${head.slice(0, 57)}` : head}${parts.length > words || head.length > 60 ? '…' : ''}"`;
}
