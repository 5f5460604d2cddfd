import { CastwrightError, lineColumn, type Warning } from '../../errors.js';
import { parseClock } from '../timestamp.js';

/**
 * Caption files (SRT, WebVTT) are read by hand rather than with
 * `media-captions`: that library returns cue text and times but no source
 * offsets or line numbers, and every word castwright keeps must point back
 * into the file, and every error must name its line and column.
 */

/** One line of the source: `text.slice(start, end)`, without its newline. */
export interface SourceLine {
  start: number;
  end: number;
  /** 1-based line number. */
  number: number;
}

/** A run of non-blank lines; caption files separate cues with blank lines. */
export type Block = SourceLine[];

/** Split `text` into blocks of consecutive non-blank lines. */
export function readBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let current: Block = [];
  let start = 0;
  for (let number = 1; start <= text.length; number++) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const line = text.slice(start, end);
    const previous = current.at(-1);
    // YouTube puts a line holding one space under a timing line: still the same cue.
    const keepsCue = line !== '' && previous !== undefined && text.slice(previous.start, previous.end).includes('-->');
    if (/\S/.test(line) && line.includes('-->') && current.some((l) => text.slice(l.start, l.end).includes('-->'))) {
      // A second timing line in one block: a blank line between cues went missing (or held a space).
      // A number just above it is the next cue's SRT index.
      const index = /^\s*\d+\s*$/.test(text.slice(previous!.start, previous!.end)) ? current.pop()! : undefined;
      blocks.push(current);
      current = index ? [index, { start, end, number }] : [{ start, end, number }];
    } else if (/\S/.test(line)) current.push({ start, end, number });
    else if (!keepsCue && current.length > 0) {
      blocks.push(current);
      current = [];
    }
    start = end + 1;
  }
  if (current.length > 0) blocks.push(current);
  return blocks;
}

/** A cue's timing line, read. */
export interface CueTiming {
  startTime: number;
  endTime: number;
}

const ARROW = /^([ \t]*)(\S+)([ \t]+-->[ \t]+)(\S+)/;

/** True when the line is a cue timing line (`start --> end ...`). */
export function isTimingLine(text: string, line: SourceLine): boolean {
  return text.slice(line.start, line.end).includes('-->');
}

/**
 * Read `00:00:01,000 --> 00:00:04,000 [settings]`. A stamp that is not a
 * clock, or an end before the start, is an error at its column: both mean
 * the times of everything after it cannot be trusted.
 */
export function readTiming(text: string, line: SourceLine, file: string, expected: string): CueTiming {
  const source = text.slice(line.start, line.end);
  const m = ARROW.exec(source);
  const fail = (message: string, column: number) => new CastwrightError(message, { file, line: line.number, column });
  if (!m) throw fail(`malformed cue timing "${source.trim()}": expected "${expected} --> ${expected}"`, 1);
  const startColumn = m[1]!.length + 1;
  const endColumn = startColumn + m[2]!.length + m[3]!.length;
  const startTime = parseClock(m[2]!);
  if (startTime === undefined) throw fail(`malformed timestamp "${m[2]}": expected ${expected}`, startColumn);
  const endTime = parseClock(m[4]!);
  if (endTime === undefined) throw fail(`malformed timestamp "${m[4]}": expected ${expected}`, endColumn);
  if (endTime < startTime) throw fail(`cue ends (${m[4]}) before it starts (${m[2]})`, endColumn);
  return { startTime, endTime };
}

/** The position of an offset as an error location. */
export function errorAt(message: string, text: string, offset: number, file: string): CastwrightError {
  return new CastwrightError(message, { file, ...lineColumn(text, offset) });
}

/** A warning at the position of an offset: a problem the build survives. */
export function warningAt(message: string, rule: string, text: string, offset: number, file: string): Warning {
  return { file, ...lineColumn(text, offset), message, rule };
}

/** How cue readers report markup they could not make sense of. */
export type CueWarn = (message: string, offset: number) => void;
