/**
 * The internal transcript every input format is read into. Every piece keeps
 * its provenance: `start`/`end` are character offsets (JavaScript string
 * indices) into `Transcript.text`, the decoded source file, so
 * `text.slice(start, end)` is always the exact passage a word, sentence or
 * turn came from.
 */

export interface Span {
  start: number;
  end: number;
}

/** One word as it stands in the source: `text === source.slice(start, end)`. */
export interface Word extends Span {
  text: string;
  /** Seconds from the start of the episode. */
  time: number;
  /** A filler ("uh", "um") or the repeated part of a stutter ("I I I"). */
  disfluent: boolean;
}

export interface Sentence extends Span {
  /** Index of the turn this sentence belongs to. */
  turn: number;
  /** Index into `Transcript.words` of the first word, and one past the last. */
  firstWord: number;
  endWord: number;
  startTime: number;
  endTime: number;
  question: boolean;
}

export type SpeakerRole = 'host' | 'guest' | 'other';

export interface Speaker {
  id: string;
  name: string;
  role: SpeakerRole;
  /** Label(s) the transcript used for this speaker, if any. */
  labels: string[];
}

export interface Turn extends Span {
  index: number;
  speaker: string;
  /** True when the speaker was inferred (no label in the source). */
  inferred: boolean;
  /** Part of a cold open: a teaser that repeats a later passage. */
  coldOpen: boolean;
  firstSentence: number;
  endSentence: number;
  firstWord: number;
  endWord: number;
  startTime: number;
  endTime: number;
}

/** A marker in the source that is not speech, such as an ad break. */
export interface Marker extends Span {
  kind: 'break';
  /** Index of the first word after the marker. */
  word: number;
  time: number;
}

/**
 * A transcriber's note inside speech ("[laughter]", "(crosstalk)",
 * "[unintelligible 00:31:37.27]"): never a word, shown as a note in
 * readable transcripts, and never inside a quote or a summary.
 */
export interface Note extends Span {
  /** As readers see it: "[laughter]". */
  label: string;
  /** Index of the first word after the note. */
  word: number;
}

export type Timing = 'timestamps' | 'interpolated' | 'estimated';

export interface Transcript {
  path: string;
  format: string;
  /** The decoded source text; all offsets point into it. */
  text: string;
  sha256: string;
  speakers: Speaker[];
  turns: Turn[];
  sentences: Sentence[];
  words: Word[];
  markers: Marker[];
  /** Transcriber's notes inside turns, in source order. */
  notes: Note[];
  /**
   * Clips the show plays, where the format marks them (a Markdown paragraph
   * set wholly in italics): someone else's words inside a turn, never the
   * speaker's quote, takeaway or one-liner. In source order.
   */
  clips?: Span[];
  /**
   * True when the transcript writes (almost) no full stops, as caption
   * services and many speech recognisers export it: its sentences were
   * found from how speech opens them, so one ends without a stop and a
   * marker opens one without a comma.
   */
  unpunctuated?: true;
  timing: Timing;
  /** Seconds. */
  duration: number;
}
