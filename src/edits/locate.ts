import { firstWordAtTime } from '../model/word-index.js';
import type { Transcript } from '../model/transcript.js';
import { isFiller } from '../text/disfluency.js';
import { normalise, WORD } from '../text/words.js';
import { endWithStop } from '../text/punctuation.js';

/** A run of transcript words: indices into `Transcript.words`, end exclusive. */
export interface WordRun {
  firstWord: number;
  endWord: number;
}

/** The words of a phrase as they are compared: lower case, curly apostrophes straightened, fillers dropped. */
export function phraseWords(phrase: string): string[] {
  return Array.from(phrase.matchAll(WORD), (m) => normalise(m[0])).filter((w) => !isFiller(w));
}

/**
 * Every place the phrase is spoken, in transcript order. Punctuation and
 * case do not matter, and the transcript's fillers and stutters may sit
 * between the phrase's words ("the uh the model" matches "the model"), but
 * no other word may: the match is verbatim.
 */
export function findPhrase(t: Transcript, phrase: string): WordRun[] {
  const wanted = phraseWords(phrase);
  if (wanted.length === 0) return [];
  const fluent = t.words.flatMap((w, i) => (w.disfluent ? [] : [i]));
  let runs = match(t, fluent, wanted);
  // A phrase that repeats a word on purpose ("that that") is marked as a stutter: try every word.
  if (runs.length === 0)
    runs = match(
      t,
      t.words.map((_, i) => i),
      wanted,
    );
  return runs;
}

function match(t: Transcript, order: readonly number[], wanted: readonly string[]): WordRun[] {
  const runs: WordRun[] = [];
  const forms = order.map((i) => normalise(t.words[i]!.text));
  for (let i = 0; i + wanted.length <= order.length; i++) {
    let k = 0;
    while (k < wanted.length && forms[i + k] === wanted[k]) k++;
    if (k === wanted.length) runs.push({ firstWord: order[i]!, endWord: order[i + k - 1]! + 1 });
  }
  return runs;
}

/**
 * Where a phrase that is not in the transcript comes closest: the place
 * with the longest run of its opening words, so a message can say where the
 * words part ways ("…found 'the model is' at 12:30, then 'learning'").
 */
export function closestPhrase(
  t: Transcript,
  phrase: string,
): { run: WordRun; matched: number; next?: string } | undefined {
  const wanted = phraseWords(phrase);
  const fluent = t.words.flatMap((w, i) => (w.disfluent ? [] : [i]));
  const forms = fluent.map((i) => normalise(t.words[i]!.text));
  let best: { at: number; matched: number } | undefined;
  for (let i = 0; i < fluent.length; i++) {
    let k = 0;
    while (k < wanted.length && i + k < fluent.length && forms[i + k] === wanted[k]) k++;
    if (k > 0 && (!best || k > best.matched)) best = { at: i, matched: k };
  }
  if (!best || best.matched < Math.min(2, wanted.length)) return undefined;
  const nextIndex = fluent[best.at + best.matched];
  return {
    run: { firstWord: fluent[best.at]!, endWord: fluent[best.at + best.matched - 1]! + 1 },
    matched: best.matched,
    ...(nextIndex === undefined ? {} : { next: t.words[nextIndex]!.text }),
  };
}

/** The first word spoken at or after `seconds` (the last word when none is). */
export function wordAtTime(t: Transcript, seconds: number): number {
  return Math.min(firstWordAtTime(t, seconds), t.words.length - 1);
}

/** Index of the turn that holds a word. */
export function turnOfWord(t: Transcript, word: number): number {
  const turn = t.turns.findIndex((u) => u.firstWord <= word && word < u.endWord);
  return turn === -1 ? 0 : turn;
}

/** The passage's end offset including the punctuation that closes it. */
export function endWithPunctuation(t: Transcript, word: number): number {
  const w = t.words[word]!;
  return endWithStop(t.text, w.end);
}

/** A short excerpt of the transcript for messages. */
export function excerpt(t: Transcript, run: WordRun, max = 60): string {
  const text = t.text.slice(t.words[run.firstWord]!.start, t.words[run.endWord - 1]!.end).replace(/\s+/g, ' ');
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
