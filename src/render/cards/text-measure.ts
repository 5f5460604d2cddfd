import type { FontFace } from './fonts.js';
import { faceShaper, type FaceShaper } from './shaping.js';
import type { QuoteStyle } from './quote-style.js';

/**
 * One unit of line breaking, as satori splits text: a word with the spaces
 * after it. Widths are in ems (font-size multiples) plus the character
 * count letter spacing applies to, so one measurement serves every size.
 */
export interface MeasuredWord {
  /** Advance of the word and its trailing spaces, in ems. */
  em: number;
  /** Characters (letter spacing follows each, the last included). */
  chars: number;
  /** The trailing spaces' share of `em` and `chars`: a line may end in them without overflowing. */
  spaceEm: number;
  spaceChars: number;
}

const shapers = new WeakMap<Uint8Array, FaceShaper>();

/** The face's shaper, made once per font file; undefined before HarfBuzz has loaded (`loadShaper`). */
export function shaperOf(face: FontFace): FaceShaper | undefined {
  let shaper = shapers.get(face.data);
  if (!shaper) {
    shaper = faceShaper(face.data);
    if (shaper) shapers.set(face.data, shaper);
  }
  return shaper;
}

/**
 * Measure the quote's words the way satori will lay them out: each word
 * shaped on its own (kerning inside a word, none across words), every
 * character drawn with the first face down the family list that has it
 * (then the other faces, as satori falls back), at the weight and style
 * CSS font matching picks. Undefined when no face can be read.
 */
export function measureWords(
  style: QuoteStyle,
  faces: readonly FontFace[],
  images: Readonly<Record<string, string>> = {},
): MeasuredWord[] | undefined {
  const chain = shaperChain(style, faces);
  if (chain.length === 0) return undefined;
  const text = collapseSpaces(style.uppercase ? style.text.toUpperCase() : style.text);
  return breakOpportunities(text).map((word) => {
    const body = word.trimEnd();
    const spaces = word.slice(body.length);
    const em = advance(word, chain, images);
    const chars = [...word].length;
    return { em, chars, spaceEm: em - advance(body, chain, images), spaceChars: [...spaces].length };
  });
}

/** White space as CSS `white-space: normal` shows it: runs collapse to one space, none at the ends. */
function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Split text where a line may break, each piece keeping the spaces after
 * it: after spaces, after a hyphen between letters ("co-wrote", but not
 * "GPT-5"), after an en dash and on both sides of an em dash, as the Unicode
 * line breaking rules satori follows allow. Rarer opportunities are left
 * out; a miss costs the fit a layout, never a wrong card.
 */
export function breakOpportunities(text: string): string[] {
  const chars = [...text];
  const words: string[] = [];
  let word = '';
  chars.forEach((c, i) => {
    const next = chars[i + 1];
    const prev = chars[i - 1];
    if (c === '\u2014' && word !== '' && !word.endsWith(' ')) {
      words.push(word);
      word = '';
    }
    word += c;
    if (next === undefined) return;
    const breakAfter =
      (c === ' ' && next !== ' ') ||
      (c === '-' && prev !== undefined && /\p{L}/u.test(prev) && /\p{L}/u.test(next)) ||
      ((c === '\u2013' || c === '\u2014') && next !== ' ');
    if (breakAfter) {
      words.push(word);
      word = '';
    }
  });
  if (word !== '') words.push(word);
  return words;
}

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/**
 * Advance of a run of text in ems: each grapheme goes to the first face
 * that has its first character, a space stays on the face before it when
 * that face has one, and each stretch of graphemes on one face is shaped as
 * one piece, as satori does (kerning inside a stretch, none across faces).
 * A grapheme drawn as an image (an emoji) is one em wide.
 */
function advance(text: string, chain: FaceShaper[], images: Readonly<Record<string, string>>): number {
  let em = 0;
  let run = '';
  let runFace: FaceShaper | undefined;
  const flush = () => {
    if (runFace && run) em += runFace.width(run) / runFace.unitsPerEm;
    run = '';
  };
  for (const { segment } of graphemes.segment(text)) {
    if (Object.hasOwn(images, segment)) {
      flush();
      runFace = undefined;
      em += 1;
      continue;
    }
    const face = faceFor(segment, chain, runFace);
    if (face !== runFace) {
      flush();
      runFace = face;
    }
    run += segment;
  }
  flush();
  return em;
}

/** The face satori draws a grapheme with: see `advance`. */
export function faceFor(grapheme: string, chain: FaceShaper[], previous?: FaceShaper): FaceShaper {
  const cp = grapheme.codePointAt(0)!;
  if (previous && /^\s$/u.test(grapheme) && previous.has(cp)) return previous;
  return chain.find((f) => f.has(cp)) ?? chain.at(-1)!;
}

/** The shapers of `faceChain`, those HarfBuzz can read. */
export function shaperChain(style: Pick<QuoteStyle, 'families' | 'weight' | 'italic'>, faces: readonly FontFace[]) {
  return faceChain(style, faces).flatMap((face) => {
    const shaper = shaperOf(face);
    return shaper ? [shaper] : [];
  });
}

/**
 * The faces a character is looked up in, in order: the best match of each
 * family named in `font-family`, then of every other family, in the order
 * the faces were given (satori's fallback for missing glyphs).
 */
export function faceChain(
  style: Pick<QuoteStyle, 'families' | 'weight' | 'italic'>,
  faces: readonly FontFace[],
): FontFace[] {
  const families: string[] = [];
  for (const name of [...style.families, ...faces.map((f) => f.name.toLowerCase())])
    if (!families.includes(name)) families.push(name);
  return families.flatMap((family) => {
    const face = bestFace(
      faces.filter((f) => f.name.toLowerCase() === family),
      style.weight,
      style.italic,
    );
    return face ? [face] : [];
  });
}

/**
 * CSS font matching within one family: the wanted style first, then the
 * weight (for 400–500 the weights up to 500, then lighter, then heavier;
 * below 400 lighter first; above 500 heavier first).
 */
export function bestFace(faces: readonly FontFace[], weight: number, italic: boolean): FontFace | undefined {
  const styled = faces.filter((f) => (f.style === 'italic') === italic);
  const pool = styled.length > 0 ? styled : faces;
  const rank = (w: number): number => {
    if (w === weight) return 0;
    if (weight >= 400 && weight <= 500) {
      if (w > weight && w <= 500) return w - weight;
      if (w < weight) return 1000 + (weight - w);
      return 2000 + (w - weight);
    }
    if (weight < 400) return w < weight ? weight - w : 1000 + (w - weight);
    return w > weight ? w - weight : 1000 + (weight - w);
  };
  return [...pool].sort((a, b) => rank(a.weight) - rank(b.weight))[0];
}
