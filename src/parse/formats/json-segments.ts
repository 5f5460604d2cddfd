import type { Node } from 'jsonc-parser';
import type { RawPiece, RawTurn } from '../raw.js';
import { child, jsonError, stringPieces, timeRange } from '../json-tree.js';

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
 * goes on its first piece and its end on its last.
 */
export function segmentsToTurns(segments: Node, keys: SegmentKeys, text: string, file: string): RawTurn[] {
  if (segments.type !== 'array') throw jsonError('expected "segments" to be an array', text, segments, file);
  const turns: RawTurn[] = [];
  let previousSpeaker: string | undefined | null = null;
  for (const item of segments.children ?? []) {
    if (item.type !== 'object') throw jsonError('expected a segment object', text, item, file);
    const body = child(item, keys.text);
    if (body?.type !== 'string') throw jsonError(`expected a "${keys.text}" string in this segment`, text, item, file);
    const times = timeRange(item, [keys.start, keys.end], text, file);
    const pieces: RawPiece[] = stringPieces(body, text);
    if (pieces.length === 0) continue;
    if (times.startTime !== undefined) pieces[0]!.startTime = times.startTime;
    if (times.endTime !== undefined) pieces.at(-1)!.endTime = times.endTime;
    const speakerNode = child(item, keys.speaker);
    const speaker = typeof speakerNode?.value === 'string' || typeof speakerNode?.value === 'number' ? String(speakerNode.value).trim() || undefined : undefined;
    if (speaker === previousSpeaker && turns.length > 0) turns.at(-1)!.pieces.push(...pieces);
    else turns.push({ ...(speaker === undefined ? {} : { speaker }), pieces });
    previousSpeaker = speaker;
  }
  return turns;
}
