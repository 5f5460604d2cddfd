import type { Node } from 'jsonc-parser';
import type { FormatParser, RawPiece, RawTurn } from '../raw.js';
import { child, jsonError, numberValue, parseJsonTree, stringPieces } from '../json-tree.js';
import { parseClock } from '../timestamp.js';
import { trimSpan } from './plain-caption.js';

/**
 * JSON turn lists as many speech services export them:
 * `[{"speaker", "text" | "content", "start"?, "end"?}]`. Times may be seconds
 * or clock strings.
 */
export const jsonTurns: FormatParser = {
  name: 'json-turns',
  description: 'JSON array of {speaker, text|content, start?, end?}',
  detect(text) {
    return /^\s*\[\s*\{/.test(text) && /"(?:text|content)"\s*:/.test(text.slice(0, 2000)) ? 0.8 : 0;
  },
  parse(text, file) {
    const root = parseJsonTree(text, file);
    if (root.type !== 'array') throw jsonError('expected a JSON array of turns', text, root, file);
    const turns: RawTurn[] = [];
    for (const item of root.children ?? []) {
      if (item.type !== 'object') throw jsonError('expected a turn object {"speaker", "text"}', text, item, file);
      const body = child(item, 'text') ?? child(item, 'content') ?? child(item, 'body');
      if (body?.type !== 'string')
        throw jsonError('expected a "text" or "content" string in this turn', text, item, file);
      const pieces: RawPiece[] = withoutAnnotations(text, stringPieces(body, text));
      if (pieces.length === 0) continue;
      const speakerNode = child(item, 'speaker');
      const speaker =
        typeof speakerNode?.value === 'string' || typeof speakerNode?.value === 'number'
          ? String(speakerNode.value)
          : undefined;
      const startNode = child(item, 'start') ?? child(item, 'startTime');
      const endNode = child(item, 'end') ?? child(item, 'endTime');
      const startTime = time(startNode, text, file);
      const endTime = time(endNode, text, file);
      if (startTime !== undefined && endTime !== undefined && endTime < startTime) {
        throw jsonError(`turn ends (${endTime}) before it starts (${startTime})`, text, endNode!, file);
      }
      if (startTime !== undefined) pieces[0]!.startTime = startTime;
      if (endTime !== undefined) pieces.at(-1)!.endTime = endTime;
      turns.push({ ...(speaker ? { speaker } : {}), pieces });
    }
    return { turns, markers: [], warnings: [] };
  },
};

/** Seconds from a number or a clock string; anything else present is a malformed timestamp. */
function time(node: Node | undefined, text: string, file: string): number | undefined {
  if (node === undefined || node.type === 'null') return undefined;
  const value = node.type === 'string' && typeof node.value === 'string' ? parseClock(node.value) : numberValue(node);
  if (value === undefined || value < 0)
    throw jsonError('malformed timestamp: expected seconds or "h:mm:ss"', text, node, file);
  return value;
}

/** Corpus annotations in braces (`{gap}`, `{vocalsound}`, `{disfmarker}` in AMI/QMSum): not speech. */
const ANNOTATION = /\{[a-z_]+\}/g;

/** Split pieces around annotations so no annotation becomes a word. */
function withoutAnnotations(text: string, pieces: readonly RawPiece[]): RawPiece[] {
  const out: RawPiece[] = [];
  for (const piece of pieces) {
    let from = piece.start;
    const push = (to: number) => {
      const span = trimSpan(text, from, to);
      if (span) out.push(span);
    };
    for (const m of text.slice(piece.start, piece.end).matchAll(ANNOTATION)) {
      push(piece.start + m.index);
      from = piece.start + m.index + m[0].length;
    }
    push(piece.end);
  }
  return out;
}
