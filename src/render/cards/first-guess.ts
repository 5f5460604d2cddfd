import { predictSize, tolerance, type QuoteText } from './fit.js';
import type { PresetSize } from './presets.js';

/**
 * Before the first layout the card's geometry is unknown: the quote's box
 * is the template's. Assume the quote spans the safe area's width (both
 * built-in designs set it in one column) and may take the safe area's
 * height less what the template's other lines take (header, speaker,
 * episode). The context gives templates every size as a share of the
 * card's short side, so that part is a share of the short side too, the
 * same on every preset of a design: 26–35% on the built-in designs
 * (depending on how many lines the speaker's role takes), assumed anywhere
 * in `OTHER`. The first guess is the size that would be accepted for the
 * widest part of that span: the quote's line breaks make the best size
 * jump, so one size is often right for a whole range of box heights.
 */
const OTHER = { min: 0.22, max: 0.4 };
const STEPS = 48;

export function firstGuess(text: QuoteText, preset: PresetSize, range: { min: number; max: number }): number {
  const { safe } = preset;
  const width = safe.right - safe.left;
  const height = safe.bottom - safe.top;
  const short = Math.min(preset.width, preset.height);
  const best: number[] = [];
  for (let i = 0; i < STEPS; i++) {
    const other = OTHER.min + ((OTHER.max - OTHER.min) * (i + 0.5)) / STEPS;
    best.push(
      Math.max(range.min, predictSize(text, { width, extra: 0, capacity: height - other * short }, range, 'low')),
    );
  }
  let guess = range.min;
  let covered = -1;
  for (let size = range.min; size <= range.max; size++) {
    // A first layout at `size` settles the card when it fits and the best size is within tolerance above it.
    // Of sizes that settle it equally often, the largest: the same one layout gives the larger type.
    const count = best.filter((b) => b >= size && b <= size + tolerance(size)).length;
    if (count >= covered) {
      guess = size;
      covered = count;
    }
  }
  return guess;
}

/**
 * Without measured words (a font the fit cannot read, a quote styled in a
 * way it does not model): the size at which the quote would cover 56% of
 * the safe area (63% on tall cards), taking a glyph as 0.55 em wide and a
 * line as 1.2 em.
 */
export function roughGuess(preset: PresetSize, textLength: number, range: { min: number; max: number }): number {
  const { safe, name } = preset;
  const share = name === 'portrait' || name === 'story' ? 0.63 : 0.56;
  const area = (safe.right - safe.left) * (safe.bottom - safe.top) * share;
  const guess = Math.floor(Math.sqrt(area / (Math.max(1, textLength) * 0.55 * 1.2)));
  return Math.min(range.max, Math.max(range.min, guess));
}
