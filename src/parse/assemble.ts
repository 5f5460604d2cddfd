import type { Warning } from '../errors.js';
import type { Marker, Sentence, Timing, Turn, Word } from '../model/transcript.js';
import { markDisfluencies } from '../text/disfluency.js';
import { WORD } from '../text/words.js';
import type { RawTranscript } from './raw.js';

export interface AssembleOptions {
  /** Known episode length in seconds (config or audio file). */
  duration?: number;
  wordsPerMinute: number;
}

export interface Assembled {
  turns: Omit<Turn, 'speaker' | 'inferred' | 'coldOpen'>[];
  labels: (string | undefined)[];
  sentences: Sentence[];
  words: Word[];
  markers: Marker[];
  timing: Timing;
  duration: number;
  warnings: Warning[];
}

/** A time known at a word position: word i starts at position i and ends at i + 1. */
interface Anchor {
  position: number;
  time: number;
}

/** Sentence-ending punctuation between two words. */
const SENTENCE_END = /[.?!…]/;
/** Past this many words a sentence is split at its next comma or semicolon (speech runs on). */
const LONG_SENTENCE = 60;

/**
 * Turn a format's raw turns into words, sentences and timed turns. Sentences
 * never cross turns (splitters that see whole documents merge unpunctuated
 * turns). Times come from the format's stamps where present, interpolated
 * between sparse stamps, or estimated from the duration or a speaking rate.
 */
export function assemble(raw: RawTranscript, text: string, options: AssembleOptions): Assembled {
  const words: Word[] = [];
  const sentences: Sentence[] = [];
  const turns: Assembled['turns'] = [];
  const labels: (string | undefined)[] = [];
  const anchors: Anchor[] = [];
  let timedTurns = 0;

  for (const rawTurn of raw.turns) {
    const firstWord = words.length;
    const firstSentence = sentences.length;
    let sentenceStart = words.length;
    const closeSentence = (endWord: number, question: boolean) => {
      if (endWord <= sentenceStart) return;
      sentences.push({
        start: words[sentenceStart]!.start,
        end: words[endWord - 1]!.end,
        turn: turns.length,
        firstWord: sentenceStart,
        endWord,
        startTime: 0,
        endTime: 0,
        question,
      });
      sentenceStart = endWord;
    };

    for (const piece of rawTurn.pieces) {
      const pieceFirst = words.length;
      const slice = text.slice(piece.start, piece.end);
      for (const m of slice.matchAll(WORD)) {
        const start = piece.start + m.index;
        words.push({ text: m[0], start, end: start + m[0].length, time: 0, disfluent: false });
      }
      if (words.length === pieceFirst) continue;
      if (pieceFirst === firstWord && piece.startTime !== undefined) timedTurns++;
      if (piece.startTime !== undefined) anchors.push({ position: pieceFirst, time: piece.startTime });
      if (piece.endTime !== undefined) anchors.push({ position: words.length, time: piece.endTime });
      // Sentence ends: punctuation between this word and the next within the piece.
      for (let i = pieceFirst; i < words.length; i++) {
        const gapEnd = i + 1 < words.length ? words[i + 1]!.start : piece.end;
        const gap = text.slice(words[i]!.end, gapEnd);
        if (SENTENCE_END.test(gap)) closeSentence(i + 1, gap.includes('?'));
        else if (i + 1 - sentenceStart >= LONG_SENTENCE && /[,;:—–]/.test(gap)) closeSentence(i + 1, false);
      }
    }
    closeSentence(words.length, false);
    if (words.length === firstWord) continue;
    turns.push({
      index: turns.length,
      start: words[firstWord]!.start,
      end: words[words.length - 1]!.end,
      firstSentence,
      endSentence: sentences.length,
      firstWord,
      endWord: words.length,
      startTime: 0,
      endTime: 0,
    });
    labels.push(rawTurn.speaker);
  }

  for (const s of sentences) {
    const flags = markDisfluencies(words.slice(s.firstWord, s.endWord).map((w) => w.text));
    flags.forEach((flag, k) => (words[s.firstWord + k]!.disfluent = flag));
  }

  const warnings = [...raw.warnings];
  // Every turn stamped at its start (cues, Otter headers, stamped labels) counts as timestamped even though
  // words inside a turn are spread between stamps; stamps only every few minutes mean interpolated.
  const timing: Timing = anchors.length === 0 ? 'estimated' : timedTurns === turns.length ? 'timestamps' : 'interpolated';
  const duration = placeOnClock(words, anchors, options);
  for (const s of sentences) {
    s.startTime = words[s.firstWord]!.time;
    s.endTime = endTimeOf(words, s.endWord, duration);
  }
  for (const t of turns) {
    t.startTime = words[t.firstWord]!.time;
    t.endTime = endTimeOf(words, t.endWord, duration);
  }
  const markers: Marker[] = raw.markers.map((m) => {
    const word = turns[m.beforeTurn]?.firstWord ?? words.length;
    return { kind: m.kind, start: m.start, end: m.end, word, time: m.time ?? words[word]?.time ?? duration };
  });
  return { turns, labels, sentences, words, markers, timing, duration, warnings };
}

function endTimeOf(words: Word[], endWord: number, duration: number): number {
  return words[endWord]?.time ?? duration;
}

/** Give every word a start time; returns the episode duration in seconds. */
function placeOnClock(words: Word[], anchors: Anchor[], options: AssembleOptions): number {
  const n = words.length;
  const secondsPerWord = 60 / options.wordsPerMinute;
  const sorted = monotonic(anchors);
  if (sorted.length === 0) {
    const duration = options.duration ?? n * secondsPerWord;
    words.forEach((w, i) => (w.time = round((i / n) * duration)));
    return round(duration);
  }
  const first = sorted[0]!;
  // Before the first stamp: assume the episode starts at 0 when the stamp leaves room for it.
  const head: Anchor[] = first.position > 0 && first.time > 0 ? [{ position: 0, time: Math.max(0, first.time - first.position * secondsPerWord) }] : [];
  const last = sorted.at(-1)!;
  const tailTime =
    options.duration !== undefined && options.duration > last.time
      ? options.duration
      : last.time + (n - last.position) * secondsPerWord;
  const tail: Anchor[] = last.position < n ? [{ position: n, time: tailTime }] : [];
  const points = [...head, ...sorted, ...tail];
  let k = 0;
  for (let i = 0; i < n; i++) {
    while (k + 1 < points.length - 1 && points[k + 1]!.position <= i) k++;
    const a = points[k]!;
    const b = points[k + 1] ?? a;
    const t = b.position === a.position ? a.time : a.time + ((i - a.position) / (b.position - a.position)) * (b.time - a.time);
    words[i]!.time = round(t);
  }
  return round(Math.max(tailTime, last.time, options.duration ?? 0));
}

/** Keep anchors whose times never go backwards, in position order. */
function monotonic(anchors: Anchor[]): Anchor[] {
  const sorted = [...anchors].sort((a, b) => a.position - b.position || a.time - b.time);
  const out: Anchor[] = [];
  for (const a of sorted) {
    const prev = out.at(-1);
    if (!prev || a.time >= prev.time) out.push(a);
  }
  return out;
}

/** Millisecond precision: enough for captions, and stable in JSON. */
export function round(seconds: number): number {
  return Math.round(seconds * 1000) / 1000;
}
