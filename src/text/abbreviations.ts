/**
 * Words written with a full stop that ends no sentence: a title before a name ("Dr. Pepper", "Mr. Rogers") and a
 * Latin or shorthand abbreviation inside one ("a.k.a.", "e.g.", "vs."). "etc." is left out: it ends sentences as
 * often as not.
 */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'mt',
  'jr',
  'sr',
  'vs',
  'a.k.a',
  'e.g',
  'i.e',
  'cf',
]);

/** The longest abbreviation above, in characters: how far back from a full stop to look. */
const LONGEST_ABBREVIATION = 5;

/** Whether the full stop at offset `stop` of `text` closes an abbreviation ("Dr.", the last "a." of "a.k.a."). */
export function closesAbbreviation(text: string, stop: number): boolean {
  const before = /[\p{L}.]+$/u.exec(text.slice(Math.max(0, stop - LONGEST_ABBREVIATION - 1), stop))?.[0] ?? '';
  // A word after a space or the start: "Alexa." is no "a."; "a.k.a." read back from its last stop is "a.k.a".
  const start = stop - before.length;
  return (start === 0 || !/[\p{L}\p{N}]/u.test(text[start - 1]!)) && ABBREVIATIONS.has(before.toLowerCase());
}

/** Whether a word as written, with its stop, is one of the abbreviations above: "Dr.", "St.", "i.e." ("VS Code" is none). */
export function isAbbreviation(written: string): boolean {
  return written.endsWith('.') && ABBREVIATIONS.has(written.slice(0, -1).toLowerCase());
}
