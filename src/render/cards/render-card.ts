import type { SatoriNode } from 'satori';
import { loadSatori, loadSharp } from './engines.js';
import type { FontFace } from './fonts.js';
import type { PresetSize, Rect } from './presets.js';
import { cardElement } from './template.js';

/**
 * Everything one card needs, as plain data so it can be posted to a worker.
 * `texts` are the quote at decreasing lengths: the first that fits at or
 * above `minSize` is used.
 */
export interface CardJob {
  /** Template source (Handlebars producing HTML). */
  template: string;
  /** Template context without `quote.text` and `quote.fontSize`, which the search fills in. */
  context: Record<string, unknown> & { quote: Record<string, unknown> };
  preset: PresetSize;
  texts: string[];
  /** Data URIs of the images the context names by key (`speaker.photo.src` is "image:photo"). */
  images: Record<string, string>;
  minSize: number;
  maxSize: number;
}

/** A laid-out text element: its rectangle and its text. */
export interface TextBox extends Rect {
  text: string;
}

export interface CardResult {
  png: Uint8Array;
  fontSize: number;
  /** The quote as shown (after any trimming the fit needed). */
  text: string;
  /** False when even the shortest text at `minSize` overflows its box. */
  fits: boolean;
  /** Every text element as laid out, for the safe-area check. */
  textBoxes: TextBox[];
  /** Layouts the size search took (not counting the final drawing). */
  layouts: number;
}

interface Layout {
  svg: string;
  quote: Rect | undefined;
  box: Rect | undefined;
  textBoxes: TextBox[];
}

/**
 * Lay a card out with satori at one font size and read back where the quote
 * landed. Every layout is drawn in full (glyphs as paths): measuring first
 * without glyphs (`embedFont: false`) costs a third of a layout, but the
 * first guess is usually the answer, and then its drawing is reused as is.
 */
export async function layoutCard(job: CardJob, faces: FontFace[], text: string, fontSize: number): Promise<Layout> {
  const element = cardElement(job.template, { ...job.context, quote: { ...job.context.quote, text, fontSize } }, job.images);
  let quote: Rect | undefined;
  let box: Rect | undefined;
  const textBoxes: TextBox[] = [];
  const satori = await loadSatori();
  const svg = await satori(element as never, {
    width: job.preset.width,
    height: job.preset.height,
    fonts: faces as never,
    onNodeDetected: (node: SatoriNode) => {
      const rect = { left: node.left, top: node.top, right: node.left + node.width, bottom: node.top + node.height };
      if ('data-quote' in node.props) quote = rect;
      if ('data-fit' in node.props) box = rect;
      if (typeof node.textContent === 'string' && node.textContent.trim() !== '') textBoxes.push({ ...rect, text: node.textContent });
    },
  });
  return { svg, quote, box, textBoxes };
}

/** Half a pixel of slack: satori's layout works in fractional pixels. */
const SLACK = 0.5;

/**
 * The quote fits when it lies inside its `data-fit` box and every text
 * element lies inside the preset's safe area: a box that grew with its
 * content pushes the speaker line out, so both checks are needed.
 */
export function fits(layout: Pick<Layout, 'quote' | 'box' | 'textBoxes'>, safe: Rect): boolean {
  return (!layout.quote || !layout.box || inside(layout.quote, layout.box)) && layout.textBoxes.every((b) => inside(b, safe));
}

/** `inner` lies within `outer`, give or take satori's fractional pixels. */
export function inside(inner: Rect, outer: Rect): boolean {
  return inner.top >= outer.top - SLACK && inner.bottom <= outer.bottom + SLACK && inner.left >= outer.left - SLACK && inner.right <= outer.right + SLACK;
}

/**
 * How much room the quote has left, in pixels: the least of the space
 * below it in its box and between the text and the safe area's top and
 * bottom edges. Negative when something overflows. The search interpolates
 * on it.
 */
export function slack(layout: Pick<Layout, 'quote' | 'box' | 'textBoxes'>, safe: Rect): number {
  let room = Number.POSITIVE_INFINITY;
  if (layout.quote && layout.box) room = layout.box.bottom - layout.quote.bottom;
  // Text may sit on the safe area's edge by design (a header): only overflow counts.
  for (const b of layout.textBoxes) {
    const over = Math.min(0, safe.bottom - b.bottom, b.top - safe.top);
    if (over < 0) room = Math.min(room, over);
  }
  return room;
}

/**
 * Render one card: search the largest quote font size whose laid-out text
 * stays inside the template's `data-fit` box and the safe area, and
 * rasterise that layout. Text height grows roughly with the square of the
 * font size, so each guess interpolates the room left (`slack`) over the
 * square of the size between the largest size known to fit and the
 * smallest known to overflow, starting from an estimate from the text's
 * length: 1–3 layouts (2.3 on average on the seed quotes) where a binary
 * search takes 7. The search stops within 4% of the best size.
 */
export async function renderCard(job: CardJob, faces: FontFace[]): Promise<CardResult> {
  let layouts = 0;
  for (const text of job.texts) {
    let lo: { size: number; room: number; layout: Layout } | undefined; // largest size known to fit
    let hi = { size: job.maxSize + 1, room: Number.NaN }; // smallest size known to overflow
    let size = firstGuess(job, text);
    for (;;) {
      const layout = await layoutCard(job, faces, text, size);
      layouts++;
      const room = slack(layout, job.preset.safe);
      if (fits(layout, job.preset.safe)) {
        lo = { size, room, layout };
        if (filled(layout, room, size)) break;
      } else {
        hi = { size, room };
      }
      // Stop once the best size is known to be within 4% of the largest that fits:
      // closer costs layouts and shows no difference.
      if (lo && hi.size - lo.size <= tolerance(lo.size) + 1) break;
      if (!lo && size <= job.minSize) break;
      const height = layout.quote ? layout.quote.bottom - layout.quote.top : 0;
      size = nextSize(lo ?? { size: job.minSize - 1, room: Number.NaN }, hi, { size, room, height });
    }
    if (lo) {
      return { png: await rasterise(lo.layout.svg), fontSize: lo.size, text, fits: true, textBoxes: lo.layout.textBoxes, layouts };
    }
  }
  const text = job.texts.at(-1) ?? '';
  const final = await layoutCard(job, faces, text, job.minSize);
  return { png: await rasterise(final.svg), fontSize: job.minSize, text, fits: false, textBoxes: final.textBoxes, layouts };
}

/**
 * Close enough: the free space around the quote (about twice the room
 * below it, as designs centre it) is under 60% of a font size. A few
 * percent more font size would need more than that, so the next layouts
 * could only prove what this one already shows.
 */
function filled(layout: Layout, room: number, size: number): boolean {
  return layout.box !== undefined && 2 * room < 0.6 * size;
}

/**
 * Where the search starts: the size at which the quote would cover 56% of
 * the safe area (63% on tall cards, where the speaker lines take a smaller
 * share), taking a glyph as 0.55 em wide and a line as 1.2 em. Measured on
 * both built-in designs, this lands just below the answer on most cards.
 */
function firstGuess(job: CardJob, text: string): number {
  const { safe, name } = job.preset;
  const share = name === 'portrait' || name === 'story' ? 0.63 : 0.56;
  const area = (safe.right - safe.left) * (safe.bottom - safe.top) * share;
  const guess = Math.floor(Math.sqrt(area / (Math.max(1, text.length) * 0.55 * 1.2)));
  return Math.min(job.maxSize, Math.max(job.minSize, guess));
}

/** How many pixels below the best font size a card may settle: 4%. */
function tolerance(size: number): number {
  return Math.max(1, Math.round(size * 0.04));
}

/**
 * The next size to try, strictly between the bracket's ends. Text height
 * jumps by a line when a word wraps, so the room left says little about
 * the next pixel: above a fitting size the next probe is one tolerance up
 * (its failure proves the fitting size good enough) unless the room left
 * promises more than 10%.
 */
function nextSize(lo: { size: number; room: number }, hi: { size: number; room: number }, last: { size: number; room: number; height: number }): number {
  let guess: number;
  if (Number.isFinite(lo.room) && Number.isFinite(hi.room) && lo.room !== hi.room) {
    const t = lo.room / (lo.room - hi.room);
    guess = Math.sqrt(lo.size ** 2 + (hi.size ** 2 - lo.size ** 2) * t);
  } else if (last.height > 0 && Number.isFinite(last.room)) {
    // Room is measured below the quote; designs centre it, so the free space is about twice that.
    const target = last.height + (last.room > 0 ? 2 * last.room : last.room);
    guess = last.size * Math.sqrt(Math.max(0.05, target / last.height));
    if (last.room > 0 && guess <= last.size * 1.1) guess = last.size + tolerance(last.size) + 1;
  } else {
    guess = (lo.size + hi.size) / 2;
  }
  return Math.min(hi.size - 1, Math.max(lo.size + 1, Math.floor(guess)));
}

/**
 * SVG to PNG. sharp writes no timestamp or other metadata unless asked, so
 * the same SVG gives the same bytes.
 */
export async function rasterise(svg: string): Promise<Uint8Array> {
  const sharp = await loadSharp();
  const buffer = await sharp(Buffer.from(svg)).png({ compressionLevel: 6, adaptiveFiltering: false }).toBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
