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
    // Whisper writes the whole transcript as "text" before "segments": look past it, not just at the head.
    const at = /^\s*\{/.test(text) ? text.search(/"segments"\s*:\s*\[/) : -1;
    const segments = at === -1 ? '' : text.slice(at, at + 4000);
    return /"body"\s*:/.test(segments) ? 0.9 : 0;
  },
  parse(text, file) {
    const root = parseJsonTree(text, file);
    const segments = root.type === 'object' ? child(root, 'segments') : undefined;
    if (!segments) throw jsonError('expected a Podcasting 2.0 transcript object with "segments"', text, root, file);
    return {
      ...segmentsToTurns(
        segments,
        { text: 'body', start: 'startTime', end: 'endTime', speaker: 'speaker' },
        text,
        file,
      ),
      markers: [],
    };
  },
};
