import type { Warning } from '../errors.js';
import type { Span } from '../model/transcript.js';

/**
 * What a format parser returns: turns made of pieces of speech, each piece a
 * span of the source text with the times the format gave it (if any). The
 * shared assembler turns this into words, sentences and timed turns, so a
 * format parser only has to know its own syntax.
 */
export interface RawPiece extends Span {
  startTime?: number;
  endTime?: number;
}

export interface RawTurn {
  /** The speaker label as written in the source ("Nick Nisi", "SPEAKER_01"). */
  speaker?: string;
  pieces: RawPiece[];
}

export interface RawMarker extends Span {
  kind: 'break';
  /** Index of the turn the marker precedes. */
  beforeTurn: number;
  time?: number;
}

export interface RawTranscript {
  turns: RawTurn[];
  markers: RawMarker[];
  /** Spans of someone else's words the show plays (a clip), where the format marks them. */
  clips?: Span[];
  warnings: Warning[];
}

export interface FormatParser {
  name: string;
  /** A one-line description for `--help` and errors. */
  description: string;
  /**
   * How sure this parser is that `text` is its format, 0–1. Detection picks
   * the highest; plain text is the fallback at a low constant.
   */
  detect(text: string): number;
  /** Parse the text; throw CastwrightError with line and column on unusable input. */
  parse(text: string, file: string): RawTranscript;
}
