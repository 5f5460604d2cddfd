/** Marks that close a word: right after it, or set off by one space and not starting a number (" .5"). */
const CLOSING = /^(?:[.,;:?!…]+| [.,;:?!…]+(?![\p{L}\p{N}]))/u;

/**
 * The punctuation right after a word, as the source writes it: "," in
 * "models, and", or " ." in tokenised transcripts that set punctuation off
 * with a space ("models . And"), as meeting corpora and some speech
 * recognisers' exports do. Empty when there is none; `trimStart()` it to
 * show it.
 */
export function punctuationAfter(text: string, end: number): string {
  return CLOSING.exec(text.slice(end, end + 8))?.[0] ?? '';
}

/** The offset after the sentence-ending marks (". ? ! …") that follow a word, or the word's end when none do. */
export function endWithStop(text: string, end: number): number {
  return end + (/^ ?[.?!…]+/.exec(punctuationAfter(text, end))?.[0].length ?? 0);
}
