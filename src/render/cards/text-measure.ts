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
function shaperOf(face: FontFace): FaceShaper | undefined {
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
export function measureWords(style: QuoteStyle, faces: readonly FontFace[]): MeasuredWord[] | undefined {
  const chain = faceChain(style, faces).flatMap((face) => {
    const shaper = shaperOf(face);
    return shaper ? [shaper] : [];
  });
  if (chain.length === 0) return undefined;
  const text = collapseSpaces(style.uppercase ? style.text.toUpperCase() : style.text);
  return breakOpportunities(text).map((word) => {
    const body = word.trimEnd();
    const spaces = word.slice(body.length);
    const em = advance(word, chain);
    const chars = [...word].length;
    return { em, chars, spaceEm: em - advance(body, chain), spaceChars: [...spaces].length };
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

/**
 * Advance of a run of text in ems: each character goes to the first face
 * that has it, and each stretch of characters on one face is shaped as one
 * piece, as satori does (kerning inside a stretch, none across faces).
 */
function advance(text: string, chain: FaceShaper[]): number {
  let em = 0;
  let run = '';
  let runFace: FaceShaper | undefined;
  const flush = () => {
    if (runFace && run) em += runFace.width(run) / runFace.unitsPerEm;
    run = '';
  };
  for (const c of text) {
    const cp = c.codePointAt(0)!;
    const face = chain.find((f) => f.has(cp)) ?? chain.at(-1)!;
    if (face !== runFace) {
      flush();
      runFace = face;
    }
    run += c;
  }
  flush();
  return em;
}

/**
 * The faces a character is looked up in, in order: the best match of each
 * family named in `font-family`, then of every other family, in the order
 * the faces were given (satori's fallback for missing glyphs).
 */
function faceChain(style: QuoteStyle, faces: readonly FontFace[]): FontFace[] {
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
