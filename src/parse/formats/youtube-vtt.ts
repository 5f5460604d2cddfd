import type { Warning } from '../../errors.js';
import type { FormatParser, RawPiece, RawTurn } from '../raw.js';
import { errorAt, warningAt } from './cue-blocks.js';
import { checkCueOrder } from './cue-order.js';
import { readCueLine } from './cue-text.js';
import { readVttCues } from './vtt.js';

/** How many earlier lines a rolling cue may repeat (YouTube shows two lines at a time). */
const ROLLING_LINES = 2;

/**
 * YouTube's auto-caption WebVTT. Cues roll: each shows the previous line
 * again above the new one, and 10 ms "snapshot" cues repeat both, so the
 * same words appear two or three times. A line is kept only the first time
 * it appears; its words point at that occurrence. New lines carry
 * `<00:00:01.234><c> word</c>` word timing, which becomes per-word times.
 */
export const youtubeVtt: FormatParser = {
  name: 'youtube-vtt',
  description: 'YouTube auto-caption WebVTT (rolling cues, <00:00:01.234><c> word timing)',
  detect(text) {
    if (!/^\uFEFF?WEBVTT/.test(text)) return 0;
    const head = text.slice(0, 5000);
    return /<\d\d:\d\d:\d\d\.\d{3}><c>/.test(head) || /-->.*align:start position:0%/.test(head) ? 0.97 : 0;
  },
  parse(text, file) {
    const warnings: Warning[] = [];
    const cues = readVttCues(text, file, warnings);
    const warn = (message: string, offset: number) =>
      warnings.push(warningAt(message, 'captions/markup', text, offset, file));
    const fail = (message: string, offset: number) => errorAt(message, text, offset, file);
    const turns: RawTurn[] = [{ pieces: [] }];
    const recent: string[] = [];
    for (const cue of cues) {
      for (const line of cue.payload) {
        const events = readCueLine(text, line.start, line.end, fail, warn);
        const pieces = events.filter((e) => e.kind === 'piece');
        if (pieces.length === 0) continue;
        const key = pieces
          .map((p) => text.slice(p.start, p.end))
          .join(' ')
          .replace(/\s+/g, ' ');
        const wordTimed = pieces.some((p) => p.time !== undefined);
        if (!wordTimed && recent.includes(key)) continue;
        recent.push(key);
        if (recent.length > ROLLING_LINES) recent.shift();
        const linePieces: RawPiece[] = [];
        for (const event of events) {
          if (event.kind === 'change') {
            if (turns.at(-1)!.pieces.length > 0) turns.push({ pieces: [] });
            continue;
          }
          if (event.kind !== 'piece') continue;
          const piece: RawPiece = {
            start: event.start,
            end: event.end,
            ...(event.time === undefined ? {} : { startTime: event.time }),
          };
          turns.at(-1)!.pieces.push(piece);
          linePieces.push(piece);
        }
        const first = linePieces[0]!;
        first.startTime ??= cue.startTime;
        linePieces.at(-1)!.endTime = cue.endTime;
      }
    }
    // Rolling cues overlap by design; only times that go backwards are worth a warning.
    return {
      turns: turns.filter((t) => t.pieces.length > 0),
      markers: [],
      warnings: [...warnings, ...checkCueOrder(cues, (i) => cues[i]!.line.number, file, { overlap: false })],
    };
  },
};
