import type { Warning } from '../../errors.js';
import type { FormatParser } from '../raw.js';
import { errorAt, isTimingLine, readBlocks } from './cue-blocks.js';
import { isTruncatedCueStart, readCue, truncationWarning } from './cue-truncation.js';
import { captionTranscript, type Cue } from './cue-turns.js';

const SRT_STAMP = 'hh:mm:ss,mmm';

/**
 * SubRip captions: numbered cues, `00:00:01,000 --> 00:00:04,000`, text
 * lines, with or without `Name:` prefixes and `<i>`/`<font>` tags.
 */
export const srt: FormatParser = {
  name: 'srt',
  description: 'SubRip captions (.srt), with or without Name: prefixes',
  detect(text) {
    return /^\s*\d+[ \t]*\n[ \t]*\d+:\d\d:\d\d[,.]\d+[ \t]+-->/.test(text.slice(0, 400)) ? 0.95 : 0;
  },
  parse(text, file) {
    const cues: Cue[] = [];
    const warnings: Warning[] = [];
    for (const block of readBlocks(text)) {
      // The cue number is optional in practice; the timing line is not.
      const timingAt = block.findIndex((l) => isTimingLine(text, l));
      if (timingAt === -1 && isTruncatedCueStart(text, block)) {
        warnings.push(truncationWarning(text, block.at(-1)!, file));
        continue;
      }
      if (timingAt === -1 || timingAt > 1) {
        const line = block[0]!;
        throw errorAt(
          `expected a cue timing line "${SRT_STAMP} --> ${SRT_STAMP}"`,
          text,
          timingAt === -1 ? line.start : block[timingAt]!.start,
          file,
        );
      }
      const cue = readCue(text, block, timingAt, file, SRT_STAMP, warnings);
      if (cue) cues.push(cue);
    }
    return captionTranscript(text, file, cues, warnings);
  },
};
