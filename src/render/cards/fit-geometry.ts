import { lineCount, lineHeight, type Geometry, type QuoteText } from './fit.js';
import type { Rect } from './presets.js';

/**
 * How the `data-fit` box places the quote along the vertical, read from
 * the two elements' styles: `down` is the share of any growth of the quote
 * that moves its bottom edge (the rest moves its top); `inset` the space
 * between the quote's edges and the box's that the quote can never take
 * (the box's padding and border, the quote's margins); `padding` the
 * quote's own padding and border, which its height adds to its lines and
 * its width takes from them.
 */
export interface Placement {
  down: number;
  inset: { top: number; bottom: number };
  padding: { vertical: number; horizontal: number };
}

/** What one layout showed: the quote's and its box's rectangles, and the room left (`slack`, negative when overflowing). */
export interface Observation {
  /** The text laid out (its words measured). */
  text: QuoteText;
  size: number;
  quote: Rect;
  box: Rect;
  room: number;
  fits: boolean;
  placement: Placement;
}

type Style = Record<string, unknown> | undefined;
type Sides = { top: number; right: number; bottom: number; left: number };

/**
 * The placement from the box's and the quote's styles. A column places
 * the quote by `justify-content`, a row (satori's default direction, as in
 * CSS) by `align-items`. Lengths other than pixels count as 0: the
 * estimate is then optimistic, which costs a layout, not a wrong card.
 */
export function placement(box: Style, quote: Style): Placement {
  const column = /column/.test(String(box?.flexDirection ?? ''));
  const place = String((column ? box?.justifyContent : box?.alignItems) ?? '');
  const down = /center|space-around|space-evenly/.test(place) ? 0.5 : /end/.test(place) ? 0 : 1;
  const outside = add(add(sides(box, 'padding'), borders(box)), sides(quote, 'margin'));
  const own = add(sides(quote, 'padding'), borders(quote));
  return {
    down,
    inset: { top: outside.top, bottom: outside.bottom },
    padding: { vertical: own.top + own.bottom, horizontal: own.left + own.right },
  };
}

function add(a: Sides, b: Sides): Sides {
  return { top: a.top + b.top, right: a.right + b.right, bottom: a.bottom + b.bottom, left: a.left + b.left };
}

function pixels(value: unknown): number {
  const match = /^\s*(-?[\d.]+)px\s*$/.exec(String(value ?? ''));
  return match ? Math.max(0, Number(match[1])) : 0;
}

/** CSS's one-to-four-value shorthand: top, right, bottom, left. */
function shorthand(value: unknown, read: (part: string | undefined) => number): Sides {
  const parts = String(value ?? '')
    .trim()
    .split(/\s+/);
  const [top, right = top, bottom = top, left = right] = parts;
  return { top: read(top), right: read(right), bottom: read(bottom), left: read(left) };
}

/** Padding or margin: the shorthand, then the longhands for each side. */
function sides(style: Style, property: 'padding' | 'margin'): Sides {
  const result = shorthand(style?.[property], pixels);
  for (const side of ['top', 'right', 'bottom', 'left'] as const) {
    const longhand = style?.[`${property}${side[0]!.toUpperCase()}${side.slice(1)}`];
    if (longhand !== undefined) result[side] = pixels(longhand);
  }
  return result;
}

/** Border widths, from `border`, `border-width` and the per-side properties. */
function borders(style: Style): Sides {
  // In `border: 4px solid #fff` the width is the part in pixels.
  const width = (value: unknown) =>
    pixels(
      String(value ?? '')
        .split(/\s+/)
        .find((part) => /px$/.test(part)),
    );
  const all = width(style?.border);
  const result =
    style?.borderWidth !== undefined
      ? shorthand(style.borderWidth, pixels)
      : { top: all, right: all, bottom: all, left: all };
  for (const side of ['top', 'right', 'bottom', 'left'] as const) {
    const name = `border${side[0]!.toUpperCase()}${side.slice(1)}`;
    if (style?.[name] !== undefined) result[side] = width(style[name]);
    if (style?.[`${name}Width`] !== undefined) result[side] = pixels(style[`${name}Width`]);
  }
  return result;
}

/**
 * The card's geometry from the layouts so far (latest last), whichever
 * texts they showed: the box does not depend on the quote. The quote wraps
 * in its own width once it has two lines or more (it spans its box then),
 * else at most in its box's width.
 *
 * Capacity: a layout that fits says the quote may grow until it takes the
 * free space on the side its box moves it towards (centred: twice the
 * smaller gap); one that overflows has grown its box, which pushes what
 * follows, so the overflow is taken back pixel for pixel. Two layouts on
 * the same side of the limit measure the rate instead of assuming it. The
 * tightest of these estimates counts, never below a height known to fit.
 */
export function readGeometry(seen: readonly Observation[]): Geometry | undefined {
  const last = seen.at(-1);
  if (!last) return undefined;
  const { text, quote, box, size } = last;
  const own = quote.right - quote.left - last.placement.padding.horizontal;
  const width =
    lineCount(text, size, own) >= 2 ? own : Math.max(own, box.right - box.left - last.placement.padding.horizontal);
  const extra = quote.bottom - quote.top - lineCount(text, size, width) * lineHeight(text, size);
  const estimates = seen.map((o) => heightOf(o) + growth(o, measuredRate(seen, o)));
  const fitting = Math.max(Number.NEGATIVE_INFINITY, ...seen.filter((o) => o.fits).map(heightOf));
  return { width, extra, capacity: Math.max(fitting, Math.min(...estimates)) };
}

function heightOf(o: Observation): number {
  return o.quote.bottom - o.quote.top;
}

/** How fast the room shrinks as the quote grows, from another layout on the same side of the limit; undefined without one. */
function measuredRate(seen: readonly Observation[], o: Observation): number | undefined {
  const other = seen.find((p) => p !== o && p.fits === o.fits && heightOf(p) !== heightOf(o));
  if (!other) return undefined;
  const rate = (other.room - o.room) / (heightOf(o) - heightOf(other));
  return rate > 0.1 && rate < 10 ? rate : undefined;
}

function growth(o: Observation, rate: number | undefined): number {
  if (!o.fits) return o.room / (rate ?? 1);
  const { down, inset } = o.placement;
  const below = o.box.bottom - o.quote.bottom - inset.bottom;
  const above = o.quote.top - o.box.top - inset.top;
  if (rate !== undefined) return below / rate;
  // The edge the quote reaches first: the free space towards it over the share of growth going that way.
  return Math.min(
    down > 0 ? below / down : Number.POSITIVE_INFINITY,
    down < 1 ? above / (1 - down) : Number.POSITIVE_INFINITY,
  );
}
