import type { Node } from 'jsonc-parser';
import { lineColumn, type Warning } from '../../errors.js';
import type { RawPiece, RawTurn } from '../raw.js';
import { child, jsonError, stringPieces, timeRange } from '../json-tree.js';
import { checkCueOrder } from './cue-order.js';

/** How a JSON transcript names the fields of a segment. */
export interface SegmentKeys {
  text: string;
  start: string;
  end: string;
  speaker: string;
}

/**
 * Turn a JSON array of timed segments into turns: consecutive segments of
 * one speaker (or of no named speaker) form one turn. The segment's start
 * goes on its first piece and its end on its last. Segments out of order or
 * overlapping are warnings, as cues are.
 */
export function segmentsToTurns(
  segments: Node,
  keys: SegmentKeys,
  text: string,
  file: string,
): { turns: RawTurn[]; warnings: Warning[] } {
  if (segments.type !== 'array') throw jsonError('expected "segments" to be an array', text, segments, file);
  const turns: RawTurn[] = [];
  const timed: { startTime: number; endTime: number; offset: number }[] = [];
  let previousSpeaker: string | undefined | null = null;
  for (const item of segments.children ?? []) {
    if (item.type !== 'object') throw jsonError('expected a segment object', text, item, file);
    const body = child(item, keys.text);
    if (body?.type !== 'string') throw jsonError(`expected a "${keys.text}" string in this segment`, text, item, file);
    const times = timeRange(item, [keys.start, keys.end], text, file);
    if (times.startTime !== undefined)
      timed.push({ startTime: times.startTime, endTime: times.endTime ?? times.startTime, offset: item.offset });
    const pieces: RawPiece[] = stringPieces(body, text);
    if (pieces.length === 0) continue;
    if (times.startTime !== undefined) pieces[0]!.startTime = times.startTime;
    if (times.endTime !== undefined) pieces.at(-1)!.endTime = times.endTime;
    const speakerNode = child(item, keys.speaker);
    const speaker =
      typeof speakerNode?.value === 'string' || typeof speakerNode?.value === 'number'
        ? String(speakerNode.value).trim() || undefined
        : undefined;
    if (speaker === previousSpeaker && turns.length > 0) turns.at(-1)!.pieces.push(...pieces);
    else turns.push({ ...(speaker === undefined ? {} : { speaker }), pieces });
    previousSpeaker = speaker;
  }
  const warnings = checkCueOrder(timed, (i) => lineColumn(text, timed[i]!.offset).line, file, { overlap: true });
  return { turns, warnings };
}
