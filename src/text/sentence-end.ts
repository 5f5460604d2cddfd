import type { Sentence, Transcript } from '../model/transcript.js';
import { punctuationAfter } from './punctuation.js';
import { normalise } from './words.js';

/**
 * Tags that make a statement a question in form only: "…if you don't
 * understand a few layers down, you know?" asks nothing. Printed, the
 * statement ends before the tag.
 */
const TAGS = [
  ['you', 'know'],
  ['right'],
  ['yeah'],
  ['huh'],
  ['okay'],
  ['ok'],
  ['correct'],
  ['no'],
  ["isn't", 'it'],
  ["don't", 'you', 'think'],
  ['you', 'see'],
  ['eh'],
] as const;

/** Fewest words a statement keeps before its tag: "Right?" alone is not a statement with a tag. */
const MIN_STATEMENT = 5;

/** Whether the words from `i` are a tag question: set off by a comma, one of `TAGS`, closed by a question mark. */
export function tagQuestionAt(t: Transcript, i: number): boolean {
  const before = t.words[i - 1];
  if (!before || !/^ ?,/.test(punctuationAfter(t.text, before.end))) return false;
  return TAGS.some((tag) => {
    const last = t.words[i + tag.length - 1];
    return (
      last !== undefined &&
      tag.every((w, k) => normalise(t.words[i + k]!.text) === w) &&
      /^ ?\?/.test(punctuationAfter(t.text, last.end))
    );
  });
}

/** Where a sentence's statement ends: before a closing tag question, else at its last word. */
export function statementEnd(t: Transcript, sentence: Sentence): number {
  for (const tag of TAGS) {
    const at = sentence.endWord - tag.length;
    if (at - sentence.firstWord >= MIN_STATEMENT && tagQuestionAt(t, at)) return at;
  }
  return sentence.endWord;
}

/**
 * Words a thought cannot end on: a sentence that stops after one of these
 * and "..." broke off ("and then we...", "it was the..."). After any other
 * word the "..." is a pause at the end of a whole thought ("…doomed to
 * commit the sins of the past...").
 */
const UNFINISHED = new Set(
  "a an the and or but so because if when while of to in on at for with from by as than that which who whose whom this these those my your our their his her its i you we they he she it is are was were be been being am do does did have has had can could will would should might must not like just really very more most about into onto over under then also even cuz cause 'cause".split(
    ' ',
  ),
);

/** Whether a sentence that ends on `word` followed by "..." is a whole thought with a pause, not one that broke off. */
export function pauseEndsThought(word: string): boolean {
  const w = normalise(word).replace(/[^\p{L}']/gu, '');
  // A contraction ends on a verb that wants its complement: "and hopefully it's...", "we're...", "I don't...".
  return !UNFINISHED.has(w) && !/'(?:s|re|ve|ll|d|m|t)$/.test(w);
}

const SENTENCE_ENDS = new WeakMap<Transcript, Map<number, boolean>>();

/** Each sentence's last word, and whether the sentence asks: where print puts a stop the transcript left out. */
export function sentenceEnds(t: Transcript): ReadonlyMap<number, boolean> {
  let ends = SENTENCE_ENDS.get(t);
  if (!ends) {
    ends = new Map(t.sentences.map((s) => [s.endWord - 1, s.question]));
    SENTENCE_ENDS.set(t, ends);
  }
  return ends;
}
