import { CastwrightError, type Warning } from '../../errors.js';
import type { FormatParser } from '../raw.js';
import { type Block, errorAt, isTimingLine, readBlocks } from './cue-blocks.js';
import { isTruncatedCueStart, readCue, truncationWarning } from './cue-truncation.js';
import { captionTranscript, type Cue } from './cue-turns.js';

const VTT_STAMP = 'hh:mm:ss.ttt';

/**
 * WebVTT captions: `<v Name>` voices or `Name:` prefixes (Zoom), cue
 * settings after the times, NOTE/STYLE/REGION blocks, inline tags.
 */
export const vtt: FormatParser = {
  name: 'vtt',
  description: 'WebVTT captions (.vtt) with <v Name> voices or Name: prefixes',
  detect(text) {
    return /^\uFEFF?WEBVTT(?:[ \t]|$)/m.test(text.slice(0, 20)) ? 0.9 : 0;
  },
  parse(text, file) {
    const warnings: Warning[] = [];
    const cues = readVttCues(text, file, warnings);
    return captionTranscript(text, file, cues, warnings);
  },
};

/**
 * The cues of a WebVTT file, skipping its header and NOTE, STYLE and REGION
 * blocks. What is left of a cue cut off by a truncated file is skipped too,
 * with a warning pushed to `warnings`.
 */
export function readVttCues(text: string, file: string, warnings: Warning[]): Cue[] {
  const blocks = readBlocks(text);
  const header = blocks[0];
  if (!header || !/^\uFEFF?WEBVTT(?:[ \t]|$)/.test(text.slice(header[0]!.start, header[0]!.end))) {
    throw new CastwrightError('expected "WEBVTT" on the first line of a WebVTT file', { file, line: 1, column: 1 });
  }
  const cues: Cue[] = [];
  // The header block may run straight into the first cue when no blank line separates them.
  const headerCue = header.findIndex((l) => isTimingLine(text, l));
  const rest: Block[] =
    headerCue > 0 ? [header.slice(Math.max(1, headerCue - 1)), ...blocks.slice(1)] : blocks.slice(1);
  for (const block of rest) {
    const first = text.slice(block[0]!.start, block[0]!.end);
    if (/^(?:NOTE|STYLE|REGION)(?:[ \t]|$)/.test(first)) continue;
    const timingAt = block.findIndex((l) => isTimingLine(text, l));
    if (timingAt === -1 && isTruncatedCueStart(text, block)) {
      warnings.push(truncationWarning(text, block.at(-1)!, file));
      continue;
    }
    if (timingAt === -1 || timingAt > 1) {
      throw errorAt(
        `expected a cue timing line "${VTT_STAMP} --> ${VTT_STAMP}" (or a NOTE, STYLE or REGION block)`,
        text,
        block[0]!.start,
        file,
      );
    }
    const cue = readCue(text, block, timingAt, file, VTT_STAMP, warnings);
    if (cue) cues.push(cue);
  }
  return cues;
}
