import type { FormatParser } from '../raw.js';
import { child, jsonError, parseJsonTree } from '../json-tree.js';
import { segmentsToTurns } from './json-segments.js';

/**
 * Whisper JSON (`{"text", "segments": [{"id", "start", "end", "text"}],
 * "language"}`); WhisperX and diarising forks add a `speaker` per segment.
 */
export const whisperJson: FormatParser = {
  name: 'whisper-json',
  description: 'Whisper JSON ({"segments": [{start, end, text}]})',
  detect(text) {
    // Whisper writes the whole transcript as "text" before "segments": look past it, not just at the head.
    const at = /^\s*\{/.test(text) ? text.search(/"segments"\s*:\s*\[/) : -1;
    const segments = at === -1 ? '' : text.slice(at, at + 4000);
    return /"start"\s*:/.test(segments) && /"text"\s*:/.test(segments) ? 0.85 : 0;
  },
  parse(text, file) {
    const root = parseJsonTree(text, file);
    const segments = root.type === 'object' ? child(root, 'segments') : undefined;
    if (!segments) throw jsonError('expected a Whisper JSON object with "segments"', text, root, file);
    return {
      ...segmentsToTurns(segments, { text: 'text', start: 'start', end: 'end', speaker: 'speaker' }, text, file),
      markers: [],
    };
  },
};
