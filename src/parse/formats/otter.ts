import type { FormatParser, RawTurn } from '../raw.js';
import { parseClock } from '../timestamp.js';
import { errorAt } from './cue-blocks.js';
import { trimSpan } from './plain-caption.js';

/**
 * An Otter.ai header line: the speaker's name, two or more spaces, and the
 * turn's start as `[H:]MM:SS` ("Nick Nisi  0:03", "Speaker 2  1:02:45").
 */
const HEADER = /^([^\s:][^\n]{0,60}?)[ \t]{2,}(\d[\d:.,]*)[ \t]*$/;

/**
 * Otter.ai text export: a header line per turn, then the turn's text lines,
 * a blank line between turns. Text before the first header (a title) is
 * ignored: it is not speech.
 */
export const otter: FormatParser = {
  name: 'otter',
  description: 'Otter.ai text export ("Name  0:03" header lines)',
  detect(text) {
    const lines = text.split('\n', 400);
    const headers = lines.filter((l) => HEADER.test(l) && /\d:\d\d$/.test(l.trim())).length;
    return headers >= 2 && headers / Math.max(1, lines.filter((l) => l.trim()).length) > 0.2 ? 0.85 : 0;
  },
  parse(text, file) {
    const turns: RawTurn[] = [];
    let current: RawTurn | undefined;
    let headerTime: number | undefined;
    let offset = 0;
    for (const line of text.split('\n')) {
      const lineStart = offset;
      offset += line.length + 1;
      const header = HEADER.exec(line);
      if (header) {
        const stamp = header[2]!;
        const startTime = parseClock(stamp);
        if (startTime === undefined)
          throw errorAt(
            `malformed timestamp "${stamp}": expected [H:]MM:SS`,
            text,
            lineStart + line.lastIndexOf(stamp),
            file,
          );
        current = { speaker: header[1]!.trim(), pieces: [] };
        turns.push(current);
        headerTime = startTime;
        continue;
      }
      const piece = trimSpan(text, lineStart, lineStart + line.length);
      if (!piece || !current) continue;
      // The header's time is when the turn's first words start.
      current.pieces.push(
        current.pieces.length === 0 && headerTime !== undefined ? { ...piece, startTime: headerTime } : piece,
      );
    }
    return { turns: turns.filter((t) => t.pieces.length > 0), markers: [], warnings: [] };
  },
};
