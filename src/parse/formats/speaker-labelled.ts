import { CastwrightError, lineColumn } from '../../errors.js';
import type { FormatParser, RawTurn } from '../raw.js';
import { parseClock } from '../timestamp.js';
import { trimSpan } from './plain-caption.js';

/**
 * `Name: text` per turn, one or more lines, with an optional `[hh:mm:ss]` or
 * `(mm:ss)` stamp before or after the name. Lines without a label continue
 * the current turn.
 */
const LINE = /^[ \t]*(?:[[(]([\d:.,]+)[\])][ \t]*)?([\p{Lu}][\p{L}\p{M}.'’ -]{0,40}?|SPEAKER[ _]\d+|Speaker \d+)[ \t]*(?:[[(]([\d:.,]+)[\])][ \t]*)?:[ \t]+(?=\S)/u;

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
    let offset = 0;
    for (const line of text.split('\n')) {
      const lineStart = offset;
      offset += line.length + 1;
      const m = LINE.exec(line);
      if (m) {
        const stamp = m[1] ?? m[3];
        let startTime: number | undefined;
        if (stamp !== undefined) {
          startTime = parseClock(stamp);
          if (startTime === undefined) {
            const { line: ln, column } = lineColumn(text, lineStart + line.indexOf(stamp));
            throw new CastwrightError(`malformed timestamp "${stamp}": expected hh:mm:ss or mm:ss`, { file, line: ln, column });
          }
        }
        const piece = trimSpan(text, lineStart + m[0].length, lineStart + line.length);
        if (piece) turns.push({ speaker: m[2]!.trim(), pieces: [startTime === undefined ? piece : { ...piece, startTime }] });
        continue;
      }
      const piece = trimSpan(text, lineStart, lineStart + line.length);
      if (!piece) continue;
      const previous = turns.at(-1);
      if (previous) previous.pieces.push(piece);
      else turns.push({ pieces: [piece] });
    }
    return { turns, markers: [], warnings: [] };
  },
};
