import { CastwrightError, lineColumn } from '../../errors.js';
import type { FormatParser, RawTurn } from '../raw.js';
import { parseClock } from '../timestamp.js';
import { trimSpan } from './plain-caption.js';

const LINE =
  /^[ \t]*(?:[[(]([\d:.,]+)[\])][ \t]*)?([\p{Lu}][\p{L}\p{M}.'’ -]{0,40}?|SPEAKER[ _]\d+|Speaker \d+)[ \t]*(?:[[(]([\d:.,]+)[\])][ \t]*)?:[ \t]+(?=\S)/u;

/** A `[00:12:03]` or `(12:03)` stamp at the start of the text. */
const LEAD_STAMP = /^[ \t]*[[(](\d+:[\d:.,]+)[\])][ \t]*/;

function checkedClock(stamp: string, text: string, offset: number, file: string): number {
  const seconds = parseClock(stamp);
  if (seconds === undefined) {
    const { line, column } = lineColumn(text, offset);
    throw new CastwrightError(`malformed timestamp "${stamp}": expected hh:mm:ss or mm:ss`, { file, line, column });
  }
  return seconds;
}

/**
 * `Name: text` per turn, one or more lines, with an optional `[hh:mm:ss]` or
 * `(mm:ss)` stamp before or after the name. Lines without a label continue
 * the current turn.
 */
export const speakerLabelled: FormatParser = {
  name: 'speaker-labelled',
  description: 'Name: text turns, optional [hh:mm:ss] or (mm:ss) stamps',
  detect(text) {
    const lines = text.split('\n', 400).filter((l) => l.trim());
    if (lines.length === 0) return 0;
    const labelled = lines.filter((l) => LINE.test(l)).length;
    return labelled >= 2 && labelled / lines.length > 0.3 ? 0.7 : 0;
  },
  parse(text, file) {
    const turns: RawTurn[] = [];
    let pendingTime: number | undefined;
    let offset = 0;
    for (const line of text.split('\n')) {
      const lineStart = offset;
      offset += line.length + 1;
      const m = LINE.exec(line);
      let bodyStart = lineStart;
      let stampText = m?.[1] ?? m?.[3];
      let stampAt = stampText === undefined ? -1 : lineStart + line.indexOf(stampText);
      if (m) bodyStart += m[0].length;
      // A stamp may also open the text (`Name: [00:12] …`) or stand on a line of its own.
      const lead = LEAD_STAMP.exec(text.slice(bodyStart, lineStart + line.length));
      if (lead && stampText === undefined) {
        stampText = lead[1]!;
        stampAt = bodyStart + lead[0].indexOf(stampText);
        bodyStart += lead[0].length;
      }
      const time = stampText === undefined ? undefined : checkedClock(stampText, text, stampAt, file);
      if (time !== undefined) pendingTime = time;
      const piece = trimSpan(text, bodyStart, lineStart + line.length);
      if (!piece) continue;
      const timed = pendingTime === undefined ? piece : { ...piece, startTime: pendingTime };
      pendingTime = undefined;
      const previous = turns.at(-1);
      if (m) turns.push({ speaker: m[2]!.trim(), pieces: [timed] });
      else if (previous) previous.pieces.push(timed);
      else turns.push({ pieces: [timed] });
    }
    return { turns, markers: [], warnings: [] };
  },
};
