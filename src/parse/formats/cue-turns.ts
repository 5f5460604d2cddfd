import type { Warning } from '../../errors.js';
import type { RawPiece, RawTranscript, RawTurn } from '../raw.js';
import { type CueTiming, type CueWarn, errorAt, type SourceLine, warningAt } from './cue-blocks.js';
import { checkCueOrder } from './cue-order.js';
import { confirmedLabels, readCueLabel } from './cue-label.js';
import { readCueLine } from './cue-text.js';

/** A cue as SRT and WebVTT share it: times, its timing line, its text lines. */
export interface Cue extends CueTiming {
  line: SourceLine;
  payload: SourceLine[];
}

/**
 * The raw transcript of SRT or WebVTT cues: their turns, with markup
 * problems and out-of-order or overlapping cues as warnings after those
 * the cues were read with.
 */
export function captionTranscript(
  text: string,
  file: string,
  cues: readonly Cue[],
  warnings: Warning[],
): RawTranscript {
  const fail = (message: string, offset: number) => errorAt(message, text, offset, file);
  const warn = (message: string, offset: number) =>
    warnings.push(warningAt(message, 'captions/markup', text, offset, file));
  const turns = cuesToTurns(text, cues, fail, warn);
  return {
    turns,
    markers: [],
    warnings: [...warnings, ...checkCueOrder(cues, (i) => cues[i]!.line.number, file, { overlap: true })],
  };
}

/**
 * Group cues into turns. A speaker is known from a `<v Name>` voice or a
 * `Name:` prefix; `>>` starts a new unnamed turn; a cue with neither
 * continues the current turn. The cue's start time goes on its first piece
 * and its end time on its last, so the assembler places words between them.
 */
export function cuesToTurns(
  text: string,
  cues: readonly Cue[],
  fail: (message: string, offset: number) => Error,
  warn: CueWarn = () => {},
): RawTurn[] {
  const labels = confirmedLabels(
    text,
    cues.flatMap((c) => c.payload),
  );
  const turns: RawTurn[] = [];
  let current: RawTurn | undefined;
  const open = (speaker: string | undefined) => {
    current = { ...(speaker === undefined ? {} : { speaker }), pieces: [] };
    turns.push(current);
  };
  for (const cue of cues) {
    const pieces: RawPiece[] = [];
    for (const line of cue.payload) {
      let atLineStart = true;
      for (const event of readCueLine(text, line.start, line.end, fail, warn)) {
        if (event.kind === 'voice') {
          if (current?.speaker !== event.name) open(event.name);
          continue;
        }
        if (event.kind === 'change') {
          open(undefined);
          atLineStart = true;
          continue;
        }
        let start = event.start;
        const label = atLineStart ? readCueLabel(text, start, event.end) : undefined;
        if (label && labels.has(label.name)) {
          if (current?.speaker !== label.name) open(label.name);
          start = label.bodyStart;
        }
        atLineStart = false;
        if (!current) open(undefined);
        const piece: RawPiece = {
          start,
          end: event.end,
          ...(event.time === undefined ? {} : { startTime: event.time }),
        };
        current!.pieces.push(piece);
        pieces.push(piece);
      }
    }
    const first = pieces[0];
    const last = pieces.at(-1);
    if (first && first.startTime === undefined) first.startTime = cue.startTime;
    if (last) last.endTime = cue.endTime;
  }
  return turns.filter((t) => t.pieces.length > 0);
}
