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

/**
 * A currency sign written onto the number after it, or the dot of a name written onto it ("the .io"), at the start of
 * the text or after a space, bracket or quotation mark.
 */
const PREFIX = /(?:^|[\s(“"])([$£€¥.])$/u;

/**
 * The signs written onto a word that the word pattern leaves out: a
 * currency sign or a name's dot before it ("$50", ".io") and a per cent
 * sign, a language's pluses or sharp, or a plural's apostrophe after it ("10%", "C++", "C#", "users'").
 * Part of what was said: "pay the 50" and "written in C" are not what the speaker meant.
 */
export function signsAround(text: string, start: number, end: number): { before: string; after: string } {
  const after =
    SUFFIX.exec(text.slice(end, end + 3))?.[1] ??
    // "the developers' laptops": a plural's possessive apostrophe, which the word pattern leaves out.
    (/s$/i.test(text.slice(end - 1, end)) ? (POSSESSIVE.exec(text.slice(end, end + 2))?.[1] ?? '') : '');
  return {
    before: PREFIX.exec(text.slice(Math.max(0, start - 2), start))?.[1] ?? '',
    // A sharp names a language only after one letter ("C#", "F#").
    after: after === '#' && end - start !== 1 ? '' : after,
  };
}

/** An apostrophe closing a word, before a space, a mark or the end. */
const POSSESSIVE = /^(['’])(?=[\s.,;:?!…]|$)/u;

/** "%", "++" or "#" closing a word: not followed by a letter, digit or another sign. */
const SUFFIX = /^(%|\+\+|#)(?![\p{L}\p{N}+#])/u;

/** The offset after the sentence-ending marks (". ? ! …") that follow a word, or the word's end when none do. */
export function endWithStop(text: string, end: number): number {
  return end + (/^ ?[.?!…]+/.exec(punctuationAfter(text, end))?.[0].length ?? 0);
}

/** A pair of double quotation marks around words, for `nestQuotes`. */
const INNER_PAIR = /(?<![\p{L}\p{N}])["“]([^\s"“”](?:[^"“”]*[^\s"“”])?)["”](?![\p{L}\p{N}])/gu;

/**
 * Double quotation marks inside a quote become single ones, as a quote
 * within a quote is printed when the quote itself stands in “…”:
 * `You need to learn "x" first` → `You need to learn ‘x’ first`. A pair is
 * straight ("x") or curly (“x”); it opens where no letter or digit comes
 * before it and closes where none comes after, so an inch mark (a 6" screen)
 * is never half of one. Apostrophes (don't, it's) are left as they are.
 */
export function nestQuotes(text: string): string {
  // A lone mark stays: it may be an inch mark or half a pair the quote's edges cut off, and a guess could turn it the wrong way.
  return text.replace(INNER_PAIR, '‘$1’');
}

/** A quote as printed: in “…”, its own quotation marks single (`nestQuotes`). Idempotent on what is inside. */
export function inQuotationMarks(text: string): string {
  return `“${nestQuotes(text)}”`;
}
