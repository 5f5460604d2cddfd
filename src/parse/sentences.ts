import type { Sentence, Word } from '../model/transcript.js';
import { opensQuestion, runOnBreaks } from '../text/run-on.js';
import { normalise } from '../text/words.js';
import { closesAbbreviation } from '../text/abbreviations.js';

/** What the characters between two words hold, as bit flags. */
const GAP_END = 1;
const GAP_QUESTION = 2;
const GAP_PAUSE = 4;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Scan the characters between two words for sentence-ending punctuation
 * (. ? ! …) and pauses (, ; : dashes). A loop over char codes rather than a
 * slice and regular expressions: this runs once per word, and a 20 MB
 * transcript has millions of them.
 */
export function scanGap(text: string, start: number, end: number): number {
  let flags = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    // "hotels.com", "the .io", "Node.js": a full stop with a letter or digit right after it ends nothing.
    if (c === 0x2e) flags |= LETTER_OR_DIGIT.test(text.charAt(i + 1)) ? 0 : GAP_END;
    else if (c === 0x21 || c === 0x2026) flags |= GAP_END;
    else if (c === 0x3f) flags |= GAP_END | GAP_QUESTION;
    else if (c === 0x2c || c === 0x3b || c === 0x3a || c === 0x2014 || c === 0x2013) flags |= GAP_PAUSE;
  }
  return flags;
}

/**
 * The GAP_* flags after the word ending at `end`, less the sentence end a full stop right after it seems to make
 * when the word closes an abbreviation ("Dr", the last "a" of "a.k.a").
 */
export function gapAfterWord(flags: number, text: string, end: number): number {
  if (!(flags & GAP_END) || text.charCodeAt(end) !== 0x2e) return flags;
  return closesAbbreviation(text, end) ? flags & ~GAP_END : flags;
}

/** Past this many words a sentence is split at its next comma or semicolon (speech runs on). */
const LONG_SENTENCE = 60;

/** Seconds from one word's start to the next's that make a pause between them (a word itself takes about 0.3 s). */
const PAUSE = 1;

/** Below this share of words followed by a full stop or question mark, a transcript is unpunctuated. */
const PUNCTUATED_SHARE = 0.02;

/**
 * Whether a transcript writes (almost) no full stops, as caption services
 * and many speech recognisers export it ("so i think the model learns that
 * but the question is how…"): its sentences are found from how speech opens
 * them instead (text/run-on.ts). `gaps` holds each word's GAP_* flags.
 */
export function unpunctuatedGaps(gaps: readonly number[]): boolean {
  let ends = 0;
  for (const g of gaps) if (g & GAP_END) ends++;
  return ends < PUNCTUATED_SHARE * gaps.length;
}

/**
 * The sentences of one turn, words [firstWord, endWord): they end at a full
 * stop or question mark, at a comma once a sentence runs past
 * `LONG_SENTENCE` words, and, in an unpunctuated transcript (`bare`), where
 * a run of speech opens a new sentence. Sentences never cross turns.
 */
export function sentencesOfTurn(
  words: readonly Word[],
  gaps: readonly number[],
  turn: number,
  firstWord: number,
  endWord: number,
  bare: boolean,
  /** Words carry times from the transcript (cues, per-word timing), so a silence between two is real. */
  timed = false,
): Sentence[] {
  const sentences: Sentence[] = [];
  let from = firstWord;
  const close = (end: number, question: boolean) => {
    if (end <= from) return;
    sentences.push({
      start: words[from]!.start,
      end: words[end - 1]!.end,
      turn,
      firstWord: from,
      endWord: end,
      startTime: 0,
      endTime: 0,
      question,
    });
    from = end;
  };
  for (let i = firstWord; i < endWord; i++) {
    const gap = gaps[i]!;
    if (gap & GAP_END) close(i + 1, (gap & GAP_QUESTION) !== 0);
    else if (i + 1 - from >= LONG_SENTENCE && gap & GAP_PAUSE) close(i + 1, false);
  }
  close(endWord, false);
  return bare ? sentences.flatMap((s) => breakRunOn(s, words, timed)) : sentences;
}

/**
 * A sentence of unpunctuated speech split where a new one opens
 * (text/run-on.ts). A piece is a question when it opens as one ("how does
 * the model decide…"): there is no question mark to say so.
 */
function breakRunOn(s: Sentence, words: readonly Word[], timed: boolean): Sentence[] {
  const said = words.slice(s.firstWord, s.endWord).map((w) => normalise(w.text));
  const paused = timed
    ? said.map((_, k) => k > 0 && words[s.firstWord + k]!.time - words[s.firstWord + k - 1]!.time >= PAUSE)
    : [];
  const starts = [0, ...runOnBreaks(said, paused)];
  return starts.map((first, k) => {
    const end = starts[k + 1] ?? said.length;
    return {
      ...s,
      start: words[s.firstWord + first]!.start,
      end: words[s.firstWord + end - 1]!.end,
      firstWord: s.firstWord + first,
      endWord: s.firstWord + end,
      question: (k === starts.length - 1 && s.question) || opensQuestion(said.slice(first, first + 3)),
    };
  });
}
