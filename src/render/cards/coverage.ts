import type { FontFace } from './fonts.js';
import { parseWeight } from './quote-style.js';
import type { CardElement } from './template.js';
import type { FaceShaper } from './shaping.js';
import { faceChain, faceFor, shaperOf } from './text-measure.js';

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

interface TextStyle {
  families: string[];
  weight: number;
  italic: boolean;
  uppercase: boolean;
}

/**
 * The characters a card would draw as missing-glyph boxes: every text in
 * the filled-in template, each grapheme taken to the face satori would
 * draw it with (the first down its `font-family` list, then the other
 * faces, that has its first character) and shaped there with HarfBuzz. A
 * grapheme with a missing glyph reports its characters that face lacks.
 * Emoji drawn as images are not looked up. Sorted code points, each once.
 * Needs HarfBuzz loaded (`loadShaper`).
 */
export function missingCharacters(
  root: CardElement,
  faces: readonly FontFace[],
  images: Readonly<Record<string, string>> = {},
): number[] {
  const missing = new Set<number>();
  visit(root, { families: [], weight: 400, italic: false, uppercase: false }, (text, style) => {
    const chain = faceChain(style, faces).map(lazyShaper);
    if (chain.length === 0) return;
    for (const { segment } of graphemes.segment(style.uppercase ? text.toUpperCase() : text)) {
      if (/^\s+$/u.test(segment) || Object.hasOwn(images, segment)) continue;
      const face = faceFor(segment, chain);
      if (face.draws(segment)) continue;
      const lacking = [...segment].map((c) => c.codePointAt(0)!).filter((cp) => !face.has(cp));
      for (const cp of lacking.length > 0 ? lacking : [segment.codePointAt(0)!]) missing.add(cp);
    }
  });
  return [...missing].sort((a, b) => a - b);
}

/**
 * Whether a card with these texts (every string its template may show) can
 * draw anything as a box at all: only a grapheme of several characters (a
 * letter with a combining mark) or a character no face has can. Latin text
 * passes without a layout of the template or a shaper for every face.
 */
export function mayMissGlyphs(
  texts: readonly string[],
  faces: readonly FontFace[],
  images: Readonly<Record<string, string>> = {},
): boolean {
  const shapers = faces.map(lazyShaper);
  const seen = new Set<number>();
  for (const text of texts) {
    const composed = text.normalize('NFC');
    // Graphemes of several characters; segmenting costs far more than reading characters, so only then.
    const chars = [...composed];
    if (chars.some(joins)) {
      for (const { segment } of graphemes.segment(composed)) {
        if (Object.hasOwn(images, segment) || /^\s+$/u.test(segment)) continue;
        if (segment.length > String.fromCodePoint(segment.codePointAt(0)!).length) return true;
      }
    }
    for (const c of chars) {
      const cp = c.codePointAt(0)!;
      if (seen.has(cp)) continue;
      seen.add(cp);
      if (cp <= 0x20 || Object.hasOwn(images, c) || joins(c)) continue;
      if (!shapers.some((s) => s.has(cp))) return true;
    }
  }
  return false;
}

const MARK = /\p{M}/u;

/** A character that joins a grapheme to the one before: a combining mark, joiner, selector, emoji modifier or tag. */
function joins(c: string): boolean {
  const cp = c.codePointAt(0)!;
  return (
    MARK.test(c) ||
    cp === 0x200c ||
    cp === 0x200d ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    (cp >= 0x1f1e6 && cp <= 0x1f1ff) ||
    (cp >= 0x1f3fb && cp <= 0x1f3ff) ||
    (cp >= 0xe0020 && cp <= 0xe007f) ||
    (cp >= 0xe0100 && cp <= 0xe01ef)
  );
}

/**
 * A face's shaper made on first use: a grapheme is usually found in the
 * first face it is looked up in, so the rest are never read.
 */
function lazyShaper(face: FontFace): FaceShaper {
  let shaper: FaceShaper | undefined | null = null;
  const get = () => (shaper === null ? (shaper = shaperOf(face)) : shaper);
  return {
    get unitsPerEm() {
      return get()?.unitsPerEm ?? 1000;
    },
    has: (cp) => get()?.has(cp) ?? false,
    width: (text) => get()?.width(text) ?? 0,
    draws: (text) => get()?.draws(text) ?? false,
  };
}

/** `U+E000`, as messages name characters. */
export function codePointLabel(cp: number): string {
  return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
}

function visit(node: CardElement, inherited: TextStyle, onText: (text: string, style: TextStyle) => void): void {
  const own = (node.props.style ?? {}) as Record<string, unknown>;
  const style: TextStyle = { ...inherited };
  if (typeof own.fontFamily === 'string')
    style.families = own.fontFamily
      .split(',')
      .map((f) =>
        f
          .trim()
          .replace(/^["']|["']$/g, '')
          .toLowerCase(),
      )
      .filter((f) => f !== '');
  if (own.fontWeight !== undefined) style.weight = parseWeight(String(own.fontWeight));
  if (typeof own.fontStyle === 'string') style.italic = /italic|oblique/i.test(own.fontStyle);
  if (typeof own.textTransform === 'string') style.uppercase = /uppercase/i.test(own.textTransform);
  const children = node.props.children;
  for (const child of Array.isArray(children) ? children : [children]) {
    if (typeof child === 'string') onText(child, style);
    else if (child && typeof child === 'object') visit(child, style, onText);
  }
}
