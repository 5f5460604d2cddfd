import type { FontFace } from './fonts.js';
import { parseWeight } from './quote-style.js';
import type { CardElement } from './template.js';
import { faceFor, shaperChain } from './text-measure.js';

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
    const chain = shaperChain(style, faces);
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
