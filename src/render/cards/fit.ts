import type { MeasuredWord } from './text-measure.js';
import type { QuoteStyle } from './quote-style.js';

/**
 * Predicting the quote's height at any font size without laying the card
 * out: satori breaks lines greedily, word by word, so with the words'
 * measured widths and the width of the quote's box the line count at a
 * size follows exactly, and each line is the rounded line height tall.
 * Together with how much the quote may grow in its box (read from one
 * layout) this gives the largest size that fits, which the card search
 * then only has to confirm.
 */
export interface QuoteText {
  words: MeasuredWord[];
  letterSpacing: QuoteStyle['letterSpacing'];
  lineHeight: QuoteStyle['lineHeight'];
}

/**
 * What a layout tells about the card, apart from the quote's text.
 * `width`: the line width the quote wraps in. `extra`: the quote's height
 * beyond its lines (padding, borders). `capacity`: the tallest the quote
 * may be, its own lines and extra included, before it leaves its box or
 * pushes text out of the safe area.
 */
export interface Geometry {
  width: number;
  extra: number;
  capacity: number;
}

/**
 * How many pixels below the best font size a card may settle: 4%. Closer
 * costs layouts and shows no difference.
 */
export function tolerance(size: number): number {
  return Math.max(1, Math.round(size * 0.04));
}

/** One line's height in pixels: satori rounds each line to whole pixels. */
export function lineHeight(text: Pick<QuoteText, 'lineHeight'>, size: number): number {
  return Math.round('em' in text.lineHeight ? text.lineHeight.em * size : text.lineHeight.px);
}

/**
 * Lines at a size, breaking like satori: a word goes to the next line when
 * it would pass the right edge, not counting the spaces it ends with. A
 * word wider than the line is broken between characters (the templates'
 * `word-break: break-word`), taking as many lines as its width needs.
 * `scale` widens or narrows every word, for bounds on the estimate.
 * The size search calls this a few thousand times a build (some 95,000
 * words): an indexed loop, with no object made per word.
 */
export function lineCount(text: QuoteText, size: number, width: number, scale = 1): number {
  const spacing = text.letterSpacing.em * size + text.letterSpacing.px;
  const { words } = text;
  let lines = 0;
  let current = 0;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    // The word's width at this size, and the width of the spaces it ends with.
    const w = (word.em * size + word.chars * spacing) * scale;
    const spaces = (word.spaceEm * size + word.spaceChars * spacing) * scale;
    if (w - spaces > width) {
      if (current > 0) lines++;
      const parts = Math.ceil((w - spaces) / width);
      lines += parts - 1;
      current = w - spaces - (parts - 1) * width + spaces;
      continue;
    }
    if (current > 0 && current + w > width + spaces) {
      lines++;
      current = w;
    } else {
      current += w;
    }
  }
  return current > 0 ? lines + 1 : lines;
}

/** The quote's predicted height at a size. */
export function quoteHeight(text: QuoteText, geometry: Geometry, size: number, scale = 1): number {
  return lineCount(text, size, geometry.width, scale) * lineHeight(text, size) + geometry.extra;
}

/**
 * Widths are measured from the font tables, as satori's shaper reads them;
 * a word the estimate places a hair inside the line may still wrap (a
 * contextual kerning or substitution it does not model). `UNSURE` bounds
 * that: the optimistic estimate narrows every word by it, the pessimistic
 * one widens them. A pixel of capacity likewise covers satori's rounding of
 * positions to whole pixels.
 */
const UNSURE = 0.004;
const ROUNDING = 1;

/**
 * The largest size in `[min, max]` at which the quote is predicted to fit;
 * `min - 1` when none does. `bound` "high" is optimistic (an upper bound on
 * the best size, used to prove a size close enough), "low" pessimistic (a
 * size that fits, to try next).
 */
export function predictSize(
  text: QuoteText,
  geometry: Geometry,
  range: { min: number; max: number },
  bound: 'high' | 'low',
): number {
  const scale = bound === 'high' ? 1 - UNSURE : 1 + UNSURE;
  const capacity = geometry.capacity + (bound === 'high' ? ROUNDING : -ROUNDING);
  // Larger sizes never take fewer lines, so the fitting sizes run from `min` up to the answer.
  let lo = range.min - 1;
  let hi = range.max + 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (quoteHeight(text, geometry, mid, scale) <= capacity) lo = mid;
    else hi = mid;
  }
  return lo;
}
