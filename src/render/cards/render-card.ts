import type { SatoriNode } from 'satori';
import { loadSatori, loadSharp } from './engines.js';
import { loadShaper } from './shaping.js';
import { placement, type Placement } from './fit-geometry.js';
import type { FontFace } from './fonts.js';
import type { PresetSize, Rect } from './presets.js';
import { quoteModel } from './quote-model.js';
import { searchSize } from './size-search.js';
import { cardElement } from './template.js';

/**
 * Everything one card needs, as plain data.
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
  /** Emoji in the card's text and their images (`emoji.ts`); empty for text without emoji. */
  emoji: Record<string, string>;
  minSize: number;
  maxSize: number;
}

/** A laid-out text element: its rectangle and its text. */
export interface TextBox extends Rect {
  text: string;
}

/** A card laid out and drawn as SVG, before rasterising. */
export interface LaidOutCard {
  svg: string;
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

/** A finished card: the PNG and how its quote was fitted. */
export interface CardResult extends Omit<LaidOutCard, 'svg'> {
  png: Uint8Array;
}

interface Layout {
  svg: string;
  quote: Rect | undefined;
  box: Rect | undefined;
  /** How the `data-fit` box places the quote, from the two elements' styles. */
  placement: Placement;
  textBoxes: TextBox[];
}

/**
 * Lay a card out with satori at one font size and read back where the quote
 * landed. Every layout is drawn in full (glyphs as paths): measuring first
 * without glyphs (`embedFont: false`) costs a third of a layout, but the
 * first guess is usually the answer, and then its drawing is reused as is.
 */
export async function layoutCard(job: CardJob, faces: FontFace[], text: string, fontSize: number): Promise<Layout> {
  const element = cardElement(
    job.template,
    { ...job.context, quote: { ...job.context.quote, text, fontSize } },
    job.images,
  );
  let quote: Rect | undefined;
  let box: Rect | undefined;
  let boxStyle: Record<string, unknown> | undefined;
  let quoteStyle: Record<string, unknown> | undefined;
  const textBoxes: TextBox[] = [];
  const satori = await loadSatori();
  const svg = await satori(element as never, {
    width: job.preset.width,
    height: job.preset.height,
    fonts: faces as never,
    ...(Object.keys(job.emoji).length > 0 ? { graphemeImages: job.emoji } : {}),
    onNodeDetected: (node: SatoriNode) => {
      const rect = { left: node.left, top: node.top, right: node.left + node.width, bottom: node.top + node.height };
      if ('data-quote' in node.props) {
        quote = rect;
        quoteStyle = node.props.style as Record<string, unknown> | undefined;
      }
      if ('data-fit' in node.props) {
        box = rect;
        boxStyle = node.props.style as Record<string, unknown> | undefined;
      }
      if (typeof node.textContent === 'string' && node.textContent.trim() !== '')
        textBoxes.push({ ...rect, text: node.textContent });
    },
  });
  return { svg, quote, box, placement: placement(boxStyle, quoteStyle), textBoxes };
}

/** Half a pixel of slack: satori's layout works in fractional pixels. */
const SLACK = 0.5;

/**
 * The quote fits when it lies inside its `data-fit` box and every text
 * element lies inside the preset's safe area: a box that grew with its
 * content pushes the speaker line out, so both checks are needed.
 */
export function fits(layout: Pick<Layout, 'quote' | 'box' | 'textBoxes'>, safe: Rect): boolean {
  return (
    (!layout.quote || !layout.box || inside(layout.quote, layout.box)) && layout.textBoxes.every((b) => inside(b, safe))
  );
}

/** `inner` lies within `outer`, give or take satori's fractional pixels. */
export function inside(inner: Rect, outer: Rect): boolean {
  return (
    inner.top >= outer.top - SLACK &&
    inner.bottom <= outer.bottom + SLACK &&
    inner.left >= outer.left - SLACK &&
    inner.right <= outer.right + SLACK
  );
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
 * Fit one card: find the largest quote font size (within 4%) whose
 * laid-out text stays inside the template's `data-fit` box and the safe
 * area, trying the shorter texts when the full one cannot fit. The sizes
 * tried come from predicting the quote's line breaks with HarfBuzz,
 * satori's own shaper (`size-search.ts`): one layout for most cards, where
 * bisecting would take seven.
 */
export async function fitCard(job: CardJob, faces: FontFace[]): Promise<LaidOutCard> {
  await loadShaper();
  const { found, layouts, atMin } = await searchSize({
    texts: job.texts,
    preset: job.preset,
    range: { min: job.minSize, max: job.maxSize },
    model: (text) => quoteModel(job.template, job.context, text, job.minSize, faces, job.emoji),
    layout: async (text, size) => {
      const layout = await layoutCard(job, faces, text, size);
      return { ...layout, fits: fits(layout, job.preset.safe), room: slack(layout, job.preset.safe) };
    },
  });
  if (found) {
    const { layout, size, text } = found;
    return { svg: layout.svg, fontSize: size, text, fits: true, textBoxes: layout.textBoxes, layouts };
  }
  const text = job.texts.at(-1) ?? '';
  const final = atMin ?? (await layoutCard(job, faces, text, job.minSize));
  return { svg: final.svg, fontSize: job.minSize, text, fits: false, textBoxes: final.textBoxes, layouts };
}

/** Render one card: fit it (`fitCard`) and rasterise it. */
export async function renderCard(job: CardJob, faces: FontFace[]): Promise<CardResult> {
  return drawn(await fitCard(job, faces));
}

/** A laid-out card with its PNG in place of its SVG. */
export async function drawn(card: LaidOutCard): Promise<CardResult> {
  const { svg, ...rest } = card;
  return { ...rest, png: await rasterise(svg) };
}

/**
 * zlib level for the PNGs: a little faster to encode than the usual 6, for
 * slightly larger files (docs/performance.md). Changing it changes every card's bytes.
 */
const PNG_LEVEL = 4;

/**
 * SVG to PNG. sharp writes no timestamp or other metadata unless asked, so
 * the same SVG gives the same bytes.
 */
export async function rasterise(svg: string): Promise<Uint8Array> {
  const sharp = await loadSharp();
  const buffer = await sharp(Buffer.from(svg))
    .png({ compressionLevel: PNG_LEVEL, adaptiveFiltering: false })
    .toBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
