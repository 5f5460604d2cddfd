import type { FormatParser, RawTurn } from '../raw.js';

/**
 * Plain caption text as speech recognisers and caption services export it:
 * no names, no times, `>>` where the speaker changes (not always). Speakers
 * are attributed later by inference.
 */
export const plainCaption: FormatParser = {
  name: 'plain',
  description: 'plain text; ">>" marks a change of speaker',
  detect(text) {
    // Structured documents (JSON, captions) are never plain text, even when their own parser refuses them.
    if (/^\s*(?:[[{]|WEBVTT|\d+\s*\n\d\d:\d\d)/.test(text)) return 0;
    return /(^|\n)\s*>>/.test(text) ? 0.5 : 0.1;
  },
  parse(text) {
    const turns: RawTurn[] = [];
    const marker = /(^|\n)[ \t]*>>/g;
    let blockStart = 0;
    const pushBlock = (start: number, end: number) => {
      const piece = trimSpan(text, start, end);
      if (piece) turns.push({ pieces: [piece] });
    };
    for (let m = marker.exec(text); m; m = marker.exec(text)) {
      pushBlock(blockStart, m.index);
      blockStart = m.index + m[0].length;
    }
    pushBlock(blockStart, text.length);
    return { turns, markers: [], warnings: [] };
  },
};

/** Shrink [start, end) past surrounding whitespace; undefined when nothing is left. */
export function trimSpan(text: string, start: number, end: number): { start: number; end: number } | undefined {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : undefined;
}
