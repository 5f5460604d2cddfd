import type { Warning } from '../errors.js';
import type { Marker, Note, Sentence, Timing, Turn, Word } from '../model/transcript.js';
import { markDisfluencies } from '../text/disfluency.js';
import { gapAfterWord, scanGap, sentencesOfTurn, unpunctuatedGaps } from './sentences.js';
import { WORD } from '../text/words.js';
import { findNotes, noteLabel } from './notes.js';
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
  notes: Note[];
  timing: Timing;
  duration: number;
  warnings: Warning[];
  /** The transcript writes (almost) no full stops: sentences were found from how speech opens them. */
  unpunctuated: boolean;
}

/** A time known at a word position: word i starts at position i and ends at i + 1. */
interface Anchor {
  position: number;
  time: number;
}

/**
 * The word pattern run over the whole text from a piece's start, rather than
 * over a slice per piece: `matchAll` clones its regular expression on every
 * call, and caption formats have one piece per word.
 */
const WORD_IN_TEXT = new RegExp(WORD.source, 'gu');
const WORD_PREFIX = new RegExp(`^(?:${WORD.source})`, 'u');

/**
 * Turn a format's raw turns into words, sentences and timed turns. Sentences
 * never cross turns (splitters that see whole documents merge unpunctuated
 * turns). Times come from the format's stamps where present, interpolated
 * between sparse stamps, or estimated from the duration or a speaking rate.
 */
export function assemble(raw: RawTranscript, text: string, options: AssembleOptions): Assembled {
  const words: Word[] = [];
  /** What the characters after each word hold (GAP_* flags, parse/sentences.ts). */
  const gaps: number[] = [];
  const sentences: Sentence[] = [];
  const turns: Assembled['turns'] = [];
  const labels: (string | undefined)[] = [];
  const anchors: Anchor[] = [];
  let timedTurns = 0;
  // Transcriber's notes are found once over the whole text; those inside a piece of speech are kept out of its words.
  const noteSpans = findNotes(text);
  const notes: Note[] = [];
  let nextNote = 0;
  /** The note that `offset` lies in, if any; offsets are asked in increasing order. */
  const noteAt = (offset: number) => {
    while (nextNote < noteSpans.length && noteSpans[nextNote]!.end <= offset) nextNote++;
    const n = noteSpans[nextNote];
    return n && n.start <= offset ? n : undefined;
  };

  // The first word of each raw turn (or the next word after it, for one with none): where a break marker stands.
  const rawFirstWord: number[] = [];
  for (const rawTurn of raw.turns) {
    const firstWord = words.length;
    rawFirstWord.push(firstWord);
    for (const piece of rawTurn.pieces) {
      const pieceFirst = words.length;
      WORD_IN_TEXT.lastIndex = piece.start;
      for (let m = WORD_IN_TEXT.exec(text); m && m.index < piece.end; m = WORD_IN_TEXT.exec(text)) {
        const start = m.index;
        const note = noteAt(start);
        if (note) {
          if (notes.at(-1)?.start !== note.start)
            notes.push({ ...note, label: noteLabel(text.slice(note.start, note.end)), word: words.length });
          WORD_IN_TEXT.lastIndex = note.end;
          continue;
        }
        // A word running past the piece (markup inside a word) keeps only its part inside the piece.
        const word =
          start + m[0].length <= piece.end ? m[0] : (WORD_PREFIX.exec(text.slice(start, piece.end))?.[0] ?? '');
        // `time` starts as a non-integer so V8 stores it as a double from the start: placing words on the
        // clock later then needs no per-object migration of every word.
        if (word) words.push({ text: word, start, end: start + word.length, time: Number.NaN, disfluent: false });
      }
      if (words.length === pieceFirst) continue;
      if (pieceFirst === firstWord && piece.startTime !== undefined) timedTurns++;
      if (piece.startTime !== undefined) anchors.push({ position: pieceFirst, time: piece.startTime });
      if (piece.endTime !== undefined) anchors.push({ position: words.length, time: piece.endTime });
      // Punctuation between this word and the next within the piece: where sentences may end.
      for (let i = pieceFirst; i < words.length; i++) {
        const gapEnd = i + 1 < words.length ? words[i + 1]!.start : piece.end;
        gaps.push(gapAfterWord(scanGapOutsideNotes(text, words[i]!.end, gapEnd, notes), text, words[i]!.end));
      }
    }
    if (words.length === firstWord) continue;
    turns.push({
      index: turns.length,
      start: words[firstWord]!.start,
      end: words[words.length - 1]!.end,
      firstSentence: 0,
      endSentence: 0,
      firstWord,
      endWord: words.length,
      startTime: 0,
      endTime: 0,
    });
    labels.push(rawTurn.speaker);
  }
  const warnings = [...raw.warnings];
  // Every turn stamped at its start (cues, Otter headers, stamped labels) counts as timestamped even though
  // words inside a turn are spread between stamps; stamps only every few minutes mean interpolated.
  const timing: Timing =
    anchors.length === 0 ? 'estimated' : timedTurns === turns.length ? 'timestamps' : 'interpolated';
  const breaks = raw.markers.flatMap((m) =>
    m.time === undefined ? [] : [{ position: rawFirstWord[m.beforeTurn] ?? words.length, time: m.time }],
  );
  const duration = placeOnClock(words, [...anchors, ...resumptions(anchors, breaks, options)], options);

  // Sentences once all words are read and timed: whether the transcript is punctuated at all decides how they are
  // found, and in unpunctuated captions timed by the cue or the word a pause helps.
  const bare = unpunctuatedGaps(gaps);
  const timed = timing === 'timestamps';
  for (const turn of turns) {
    turn.firstSentence = sentences.length;
    sentences.push(...sentencesOfTurn(words, gaps, turn.index, turn.firstWord, turn.endWord, bare, timed));
    turn.endSentence = sentences.length;
  }
  for (const s of sentences) {
    const said = words.slice(s.firstWord, s.endWord);
    const glued = said.map((w, k) => k > 0 && /^\S+$/.test(text.slice(said[k - 1]!.end, w.start)));
    const flags = markDisfluencies(
      said.map((w) => w.text),
      glued,
    );
    flags.forEach((flag, k) => (words[s.firstWord + k]!.disfluent = flag));
  }
  for (const s of sentences) {
    s.startTime = words[s.firstWord]!.time;
    s.endTime = endTimeOf(words, s.endWord, duration);
  }
  for (const t of turns) {
    t.startTime = words[t.firstWord]!.time;
    t.endTime = endTimeOf(words, t.endWord, duration);
  }
  const markers: Marker[] = raw.markers.map((m) => {
    const word = rawFirstWord[m.beforeTurn] ?? words.length;
    return { kind: m.kind, start: m.start, end: m.end, word, time: m.time ?? words[word]?.time ?? duration };
  });
  // A note with no word after it in its turn still points at the next word.
  for (const n of notes) n.word = Math.min(n.word, words.length);
  return { turns, labels, sentences, words, markers, notes, timing, duration, warnings, unpunctuated: bare };
}

/** `scanGap` over the characters between two words, leaving out a note's own text ("[unintelligible 00:22:51.07]" ends no sentence). */
function scanGapOutsideNotes(text: string, start: number, end: number, notes: readonly Note[]): number {
  const last = notes.at(-1);
  if (!last || last.end <= start || last.start >= end) return scanGap(text, start, end);
  return scanGap(text, start, Math.max(start, last.start)) | scanGap(text, Math.min(end, last.end), end);
}

function endTimeOf(words: Word[], endWord: number, duration: number): number {
  return words[endWord]?.time ?? duration;
}

/**
 * Anchors for ad breaks. A break stamp (`**Break**: [23:03]`) is when the ad
 * starts: the talk before it ends there. The ad itself is not transcribed,
 * so the talk resumes later by the ad's length, which no stamp gives; it is
 * placed by counting back from the next stamp at the speaking rate heard
 * before the break. Without this, the words after a break are spread from
 * the last stamp and a chapter starting there is published inside the ad.
 */
function resumptions(anchors: readonly Anchor[], breaks: readonly Anchor[], options: AssembleOptions): Anchor[] {
  const sorted = monotonic([...anchors]);
  return breaks.flatMap((b) => {
    const before = sorted.filter((a) => a.position < b.position && a.time < b.time).at(-1);
    const after = sorted.find((a) => a.position >= b.position && a.time > b.time);
    // The rate of the talk before the break, when enough of it is timed; else the configured rate.
    const secondsPerWord =
      before && b.position - before.position >= 100
        ? (b.time - before.time) / (b.position - before.position)
        : 60 / options.wordsPerMinute;
    const resume = after ? Math.max(b.time, after.time - (after.position - b.position) * secondsPerWord) : b.time;
    return [b, { position: b.position, time: round(resume) }];
  });
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
  const head: Anchor[] =
    first.position > 0 && first.time > 0
      ? [{ position: 0, time: Math.max(0, first.time - first.position * secondsPerWord) }]
      : [];
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
    const t =
      b.position === a.position ? a.time : a.time + ((i - a.position) / (b.position - a.position)) * (b.time - a.time);
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
