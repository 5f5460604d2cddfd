import type { Span } from '../model/transcript.js';

/**
 * Transcriber's notes written into the text, in the forms transcripts use:
 * bracketed (`[laughter]`, Markdown's escaped `\[unintelligible 00:31:37.27\]`,
 * captions' `[Music]`), a parenthesised sound or event (`(crosstalk)`,
 * `(laughs)`), and music marks (`♪ … ♪`). A bracket followed by `(` is a
 * Markdown link, not a note.
 */
const NOTE = new RegExp(
  [
    String.raw`\\?\[[^\]\n]{1,80}?\\?\](?!\()`,
    String.raw`\((?:crosstalk|cross-talk|laugh\w*|chuckl\w*|inaudible|unintelligible|indistinct\w*|music|applause|silence|pause|sigh\w*|cough\w*|overlapping\w*|background noise|audio cuts? out|static)[^)\n]{0,40}\)`,
    String.raw`♪[^♪\n]{0,200}♪?`,
  ].join('|'),
  'giu',
);

/** Every transcriber's note in `text`, in order: the spans the assembler keeps out of the words. */
export function findNotes(text: string): Span[] {
  return Array.from(text.matchAll(NOTE), (m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** A note as readers see it: "[laughter]", without Markdown's escapes or the transcriber's timestamp. */
export function noteLabel(raw: string): string {
  const inner = raw
    .replace(/\\(?=[[\]])/g, '')
    .replace(/^[[(]|[\])]$/g, '')
    .replace(/\s*\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?\s*/g, ' ')
    .trim();
  return raw.startsWith('♪') ? '[music]' : `[${inner.toLowerCase() || 'note'}]`;
}
