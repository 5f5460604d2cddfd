import { createRequire } from 'node:module';
import type { HarfBuzz } from 'harfbuzzjs';

/*
 * Word widths from HarfBuzz, the shaper satori lays text out with: the same
 * glyphs, advances and kerning, so a predicted line break is the one satori
 * makes. Loaded once per thread (WebAssembly, a few milliseconds).
 */
let loading: Promise<HarfBuzz> | undefined;
let hb: HarfBuzz | undefined;

/** Load HarfBuzz; `faceShaper` works once this has resolved. */
export async function loadShaper(): Promise<void> {
  // required, not imported: its export is a promise, which import() would take for the module itself.
  loading ??= (createRequire(import.meta.url)('harfbuzzjs') as Promise<HarfBuzz>).then((ready) => (hb = ready));
  await loading;
}

/** One font face, ready to measure text with. */
export interface FaceShaper {
  unitsPerEm: number;
  /** The face has a glyph for this code point. */
  has(codePoint: number): boolean;
  /** Advance of a run of text shaped as one piece (kerning inside it), in font units. */
  width(text: string): number;
  /** Shaped as one piece, the text has no missing glyph (a combining mark may compose with its base). */
  draws(text: string): boolean;
}

/** A shaper for a font file; undefined before `loadShaper` or for data HarfBuzz cannot read. */
export function faceShaper(data: Uint8Array): FaceShaper | undefined {
  if (!hb) return undefined;
  const harfbuzz = hb;
  const face = harfbuzz.createFace(harfbuzz.createBlob(data), 0);
  if (face.upem === 0) return undefined;
  const font = harfbuzz.createFont(face);
  const shaped = (text: string) => {
    const buffer = harfbuzz.createBuffer();
    try {
      buffer.addText(text);
      buffer.guessSegmentProperties();
      harfbuzz.shape(font, buffer);
      return { glyphs: buffer.getGlyphInfos(), positions: buffer.getGlyphPositions() };
    } finally {
      buffer.destroy();
    }
  };
  const present = new Map<number, boolean>();
  const widths = new Map<string, number>();
  const drawn = new Map<string, boolean>();
  return {
    unitsPerEm: face.upem,
    has(codePoint) {
      let known = present.get(codePoint);
      if (known === undefined) {
        known = shaped(String.fromCodePoint(codePoint)).glyphs.every((g) => g.codepoint !== 0);
        present.set(codePoint, known);
      }
      return known;
    },
    width(text) {
      let width = widths.get(text);
      if (width === undefined) {
        width = shaped(text).positions.reduce((sum, p) => sum + p.x_advance, 0);
        widths.set(text, width);
      }
      return width;
    },
    draws(text) {
      let known = drawn.get(text);
      if (known === undefined) {
        known = shaped(text).glyphs.every((g) => g.codepoint !== 0);
        drawn.set(text, known);
      }
      return known;
    },
  };
}
