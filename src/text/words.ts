/**
 * A word: letters or digits, joined by inner apostrophes, hyphens, a dot
 * between digits ("don't", "pre-training", "5.1"), or the asterisks of a
 * word the transcriber bleeped ("sh*****r", in Markdown "sh\*\*r": one
 * word, said). Everything else is punctuation or markup and never part of a
 * word.
 *
 * Nor is the name inside a character reference written out as text
 * (`&amp;`, `&lt;`, `&#x3C;`): a plain or Markdown transcript that holds
 * them means the characters as written, and "amp" or "x3C" was never said.
 * A one-letter name is no reference: "Q&A;" keeps its "A".
 * The lookahead is tried only where a word could start, so ordinary text
 * pays for one look back at the character before each word.
 */
export const WORD =
  /(?=[\p{L}\p{N}])(?!(?<=&#[A-Za-z0-9]*)[A-Za-z0-9]*;|(?<=&[A-Za-z][A-Za-z0-9]*)[A-Za-z0-9]*;|(?<=&)[A-Za-z][A-Za-z0-9]+;)[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:(?:['’-]|\.(?=\p{N})|(?:\\?\*)+(?=\p{L}))[\p{L}\p{M}\p{N}]+)*/gu;

/** A word as printed: a bleeped word's Markdown escapes ("sh\*\*r") are the asterisks the transcriber wrote. */
export function asWritten(word: string): string {
  return word.replace(/\\\*/g, '*');
}

/** Lower-case form used to compare words ("Don’t" and "don't" match). */
export function normalise(word: string): string {
  return word.toLowerCase().replace(/’/g, "'");
}

/** The words of a string, normalised, for comparisons. */
export function wordsOf(text: string): string[] {
  return Array.from(text.matchAll(WORD), (m) => normalise(m[0]));
}
