import { predictSize, quoteHeight, tolerance, type QuoteText } from './fit.js';
import { readGeometry, type Observation, type Placement } from './fit-geometry.js';
import { firstGuess, roughGuess } from './first-guess.js';
import type { PresetSize, Rect } from './presets.js';

/** What the search needs from one layout of the card. */
export interface Probe {
  /** Everything inside its box and the safe area. */
  fits: boolean;
  /** Room left below the quote, negative when something overflows (`slack`). */
  room: number;
  quote: Rect | undefined;
  box: Rect | undefined;
  /** How the box places the quote, from the styles. */
  placement: Placement;
}

export interface SearchInput<L extends Probe> {
  texts: string[];
  preset: PresetSize;
  range: { min: number; max: number };
  /** The text's words measured for prediction; undefined when the fit cannot model it. */
  model: (text: string) => QuoteText | undefined;
  layout: (text: string, size: number) => Promise<L>;
}

export interface SearchResult<L extends Probe> {
  text: string;
  size: number;
  layout: L;
  /** Layouts taken. */
  layouts: number;
}

/**
 * Find, for the first text that fits at all, a font size at most
 * `tolerance` below the largest that fits, laid out and verified.
 *
 * Each layout shows where the quote's box is and how much room it leaves;
 * with the quote's words measured from the font, that predicts the line
 * breaks, and so the best size, at every other size (`fit.ts`). A fitting
 * layout settles the card when even the optimistic prediction puts the best
 * size within tolerance above it; otherwise the next layout is the
 * pessimistic prediction, which fits. The first layout, before anything is
 * known of the box, uses the guess that would settle the card for the
 * widest range of box heights (`first-guess.ts`). A text that cannot fit
 * even at the smallest size is given up on as soon as a layout shows it,
 * and the next, shorter text starts from the known box: usually one layout.
 *
 * When the prediction misses (a template that styles the quote in a way
 * the model does not cover), the search falls back to interpolating the
 * room left over the square of the size between the known bounds.
 * `found` is undefined when no text fits.
 */
export async function searchSize<L extends Probe>(
  input: SearchInput<L>,
): Promise<{ found: SearchResult<L> | undefined; layouts: number; atMin?: L }> {
  const { texts, preset, range } = input;
  const seen: Observation[] = [];
  let layouts = 0;
  // The last text laid out at the smallest size, when nothing fits: the card is drawn from it.
  let atMin: L | undefined;
  for (const [index, text] of texts.entries()) {
    const model = input.model(text);
    const isLast = index === texts.length - 1;
    let trusted = model !== undefined;
    let geometry = model && readGeometry(seen);
    let lo: { size: number; layout: L; room: number } | undefined; // largest size known to fit
    let hi = { size: range.max + 1, room: Number.NaN }; // smallest size known to overflow
    let size: number;
    if (model && geometry) {
      // The box is known from an earlier text: a text that cannot fit at the smallest size is skipped without a layout.
      if (!isLast && predictSize(model, geometry, range, 'high') < range.min) continue;
      size = Math.max(range.min, predictSize(model, geometry, range, 'low'));
    } else {
      size = model ? firstGuess(model, preset, range) : roughGuess(preset, text.length, range);
    }
    let expected = model && geometry ? quoteHeight(model, geometry, size) : undefined;
    let highest = model && geometry ? predictSize(model, geometry, range, 'high') : undefined;
    for (;;) {
      const layout = await input.layout(text, size);
      layouts++;
      if (layout.fits) lo = { size, layout, room: layout.room };
      else hi = { size, room: layout.room };

      // What the layout shows of the box is kept for the next texts, even when it ends this one's search.
      if (model && layout.quote && layout.box) {
        const height = layout.quote.bottom - layout.quote.top;
        // A prediction that missed means the model does not describe this card: stop relying on it.
        // Lines are predicted exactly or not at all; a size fitting above the optimistic bound means the box was misjudged.
        if (expected !== undefined && Math.abs(expected - height) > 1) trusted = false;
        if (highest !== undefined && layout.fits && size > highest) trusted = false;
        seen.push({
          text: model,
          size,
          quote: layout.quote,
          box: layout.box,
          room: layout.room,
          fits: layout.fits,
          placement: layout.placement,
        });
        geometry = readGeometry(seen);
        // The quote's height is its lines plus its own padding; anything else means the lines were mispredicted.
        if (geometry && Math.abs(geometry.extra - layout.placement.padding.vertical) > 1) trusted = false;
      } else {
        trusted = false;
      }

      if (lo && (lo.size >= range.max || hi.size - lo.size <= tolerance(lo.size) + 1)) break;
      if (!lo && size <= range.min) {
        if (isLast) atMin = layout;
        break;
      }
      let next: number;
      if (trusted && model && geometry) {
        const high = predictSize(model, geometry, range, 'high');
        if (lo && high <= lo.size + tolerance(lo.size)) break;
        if (!lo && high < range.min && !isLast) break;
        const low = predictSize(model, geometry, range, 'low');
        next = lo ? (low > lo.size ? low : lo.size + tolerance(lo.size) + 1) : low;
      } else {
        if (lo && filled(lo.room, lo.size, layout.box !== undefined)) break;
        const height = layout.quote ? layout.quote.bottom - layout.quote.top : 0;
        next = interpolate(lo ?? { size: range.min - 1, room: Number.NaN }, hi, { size, room: layout.room, height });
      }
      size = Math.min(hi.size - 1, Math.max((lo?.size ?? range.min - 1) + 1, range.min, next));
      expected = trusted && model && geometry ? quoteHeight(model, geometry, size) : undefined;
      highest = trusted && model && geometry ? predictSize(model, geometry, range, 'high') : undefined;
    }
    if (lo) return { found: { text, size: lo.size, layout: lo.layout, layouts }, layouts };
  }
  return { found: undefined, layouts, ...(atMin ? { atMin } : {}) };
}

/**
 * Close enough, when the prediction cannot say: the free space around the
 * quote (about twice the room below it, as designs centre it) is under 60%
 * of a font size. A few percent more font size would need more than that.
 */
function filled(room: number, size: number, hasBox: boolean): boolean {
  return hasBox && 2 * room < 0.6 * size;
}

/**
 * The next size to try without a prediction, strictly between the
 * bracket's ends: interpolating the room left over the square of the size
 * (text height grows roughly with it), or, with one end unknown, scaling by
 * the room the last layout left. Above a fitting size the next probe is one
 * tolerance up unless the room promises more than 10%.
 */
function interpolate(
  lo: { size: number; room: number },
  hi: { size: number; room: number },
  last: { size: number; room: number; height: number },
): number {
  let guess: number;
  if (Number.isFinite(lo.room) && Number.isFinite(hi.room) && lo.room !== hi.room) {
    const t = lo.room / (lo.room - hi.room);
    guess = Math.sqrt(lo.size ** 2 + (hi.size ** 2 - lo.size ** 2) * t);
  } else if (last.height > 0 && Number.isFinite(last.room)) {
    const target = last.height + (last.room > 0 ? 2 * last.room : last.room);
    guess = last.size * Math.sqrt(Math.max(0.05, target / last.height));
    if (last.room > 0 && guess <= last.size * 1.1) guess = last.size + tolerance(last.size) + 1;
  } else {
    guess = (lo.size + hi.size) / 2;
  }
  return Math.floor(guess);
}
