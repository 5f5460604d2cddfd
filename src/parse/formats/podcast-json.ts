import type { FormatParser } from '../raw.js';
import { child, jsonError, parseJsonTree } from '../json-tree.js';
import { segmentsToTurns } from './json-segments.js';

/**
 * Podcasting 2.0 JSON transcripts (`application/json` in
 * `<podcast:transcript>`): `{"version": "1.0.0", "segments": [{"speaker",
 * "startTime", "endTime", "body"}]}`.
 */
export const podcastJson: FormatParser = {
  name: 'podcast-json',
  description: 'Podcasting 2.0 JSON transcript ({"version", "segments": [{speaker, startTime, endTime, body}]})',
  detect(text) {
    const head = text.slice(0, 4000);
    return /^\s*\{/.test(text) && /"segments"\s*:/.test(head) && /"body"\s*:/.test(head) ? 0.9 : 0;
  },
  parse(text, file) {
    const root = parseJsonTree(text, file);
    const segments = root.type === 'object' ? child(root, 'segments') : undefined;
    if (!segments) throw jsonError('expected a Podcasting 2.0 transcript object with "segments"', text, root, file);
    return { turns: segmentsToTurns(segments, { text: 'body', start: 'startTime', end: 'endTime', speaker: 'speaker' }, text, file), markers: [], warnings: [] };
  },
};
