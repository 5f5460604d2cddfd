import type { Warning } from '../../errors.js';
import { type Block, readTiming, type SourceLine } from './cue-blocks.js';
import type { Cue } from './cue-turns.js';

/**
 * A file cut off in the middle of a cue leaves the start of a cue behind: an
 * SRT index ("201") and part of a timing line ("00:16:4"). Read as cue text
 * they would become spoken words ("201 00: 16: 4") in quotes and takeaways,
 * so they are dropped here, with a warning at their line.
 */

/** Part of a timing line: a clock cut short, perhaps with part of the arrow. */
const FRAGMENT = /^[ \t]*\d+:[\d:.,]*(?:[ \t]*-{1,2}>?[ \t]*[\d:.,]*)?[ \t]*$/;
/** An SRT cue index on its own line. */
const INDEX = /^[ \t]*\d+[ \t]*$/;

const lineText = (text: string, line: SourceLine) => text.slice(line.start, line.end);

/** True when the rest of `text` after `line` is blank: the line is the file's last. */
function lastInFile(text: string, line: SourceLine): boolean {
  return !/\S/.test(text.slice(line.end));
}

/** The warning for a cut-off cue start found at `line`. */
export function truncationWarning(text: string, line: SourceLine, file: string): Warning {
  const shown = lineText(text, line).trim();
  return {
    file,
    line: line.number,
    column: 1,
    message: `cue cut short ("${shown}"): the file looks truncated here; the fragment is not speech and was left out`,
    rule: 'captions/truncated-cue',
  };
}

/**
 * Cue text lines without any cut-off cue start. An index followed by a
 * fragment of a timing line is dropped wherever it appears (a blank line went
 * missing along with the rest of the cue); a fragment alone, or a trailing
 * index, only when it ends the file, as a clock on its own line elsewhere may
 * be speech.
 */
export function withoutTruncatedCue(
  text: string,
  payload: readonly SourceLine[],
  file: string,
  warnings: Warning[],
): SourceLine[] {
  const kept: SourceLine[] = [];
  for (let i = 0; i < payload.length; i++) {
    const line = payload[i]!;
    const next = payload[i + 1];
    const source = lineText(text, line);
    if (INDEX.test(source) && next && FRAGMENT.test(lineText(text, next))) {
      warnings.push(truncationWarning(text, line, file));
      i++;
      continue;
    }
    if ((FRAGMENT.test(source) || (INDEX.test(source) && i > 0)) && lastInFile(text, line)) {
      warnings.push(truncationWarning(text, line, file));
      continue;
    }
    kept.push(line);
  }
  return kept;
}

/**
 * True when a block with no timing line is only a cut-off cue start (an
 * index and/or a timing fragment): it is skipped with a warning rather than
 * refused, since everything before it is still good.
 */
export function isTruncatedCueStart(text: string, block: Block): boolean {
  return (
    block.length <= 2 &&
    block.some((l) => FRAGMENT.test(lineText(text, l))) &&
    block.every((l) => FRAGMENT.test(lineText(text, l)) || INDEX.test(lineText(text, l)))
  );
}

/**
 * True when the file's last block is a timing line cut inside its second
 * stamp (`00:16:40,000 --> 00:16:4`) with no text after it.
 */
export function isCutTimingLine(text: string, block: Block, timingAt: number): boolean {
  return timingAt === block.length - 1 && lastInFile(text, block[timingAt]!);
}

/**
 * The cue of a block whose timing line is at `timingAt`, or undefined when
 * the file was cut off inside that timing line (with a warning). A
 * malformed timing line anywhere else is an error, as before.
 */
export function readCue(
  text: string,
  block: Block,
  timingAt: number,
  file: string,
  expected: string,
  warnings: Warning[],
): Cue | undefined {
  const line = block[timingAt]!;
  let timing;
  try {
    timing = readTiming(text, line, file, expected);
  } catch (error) {
    if (!isCutTimingLine(text, block, timingAt)) throw error;
    warnings.push(truncationWarning(text, line, file));
    return undefined;
  }
  return { ...timing, line, payload: withoutTruncatedCue(text, block.slice(timingAt + 1), file, warnings) };
}
