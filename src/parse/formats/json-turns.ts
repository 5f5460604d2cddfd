import type { FormatParser, RawTurn } from '../raw.js';
import { child, jsonError, numberValue, parseJsonTree, stringSpan } from '../json-tree.js';
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
      if (body?.type !== 'string') throw jsonError('expected a "text" or "content" string in this turn', text, item, file);
      const span = stringSpan(body);
      const piece = trimSpan(text, span.start, span.end);
      if (!piece) continue;
      const speakerNode = child(item, 'speaker');
      const speaker = typeof speakerNode?.value === 'string' || typeof speakerNode?.value === 'number' ? String(speakerNode.value) : undefined;
      const startTime = time(child(item, 'start') ?? child(item, 'startTime'));
      const endTime = time(child(item, 'end') ?? child(item, 'endTime'));
      turns.push({
        ...(speaker ? { speaker } : {}),
        pieces: [{ ...piece, ...(startTime === undefined ? {} : { startTime }), ...(endTime === undefined ? {} : { endTime }) }],
      });
    }
    return { turns, markers: [], warnings: [] };
  },
};

function time(node: Parameters<typeof numberValue>[0]): number | undefined {
  if (node?.type === 'string' && typeof node.value === 'string') return parseClock(node.value);
  return numberValue(node);
}
