import { parseClock } from '../timestamp.js';
import type { CueWarn } from './cue-blocks.js';
import { trimSpan } from './plain-caption.js';

/** What one line of cue text holds, in order. */
export type CueEvent =
  /** Speech: `text.slice(start, end)`, with the time of an inline `<00:00:01.234>` stamp before it. */
  | { kind: 'piece'; start: number; end: number; time?: number }
  /** A `<v Name>` voice span opens: the following speech is Name's. */
  | { kind: 'voice'; name: string }
  /** `>>` (or `&gt;&gt;`): captioners' mark for a change of speaker. */
  | { kind: 'change' };

/**
 * Tags (`<v Name>`, `<c.yellow>`, `</i>`, `<00:01.000>`), character
 * references (`&amp;`), and a caption tag left unclosed (`<v Ann Lee Hello`):
 * WebVTT reads an unclosed tag to the end of the cue text, so what follows it
 * is markup, never speech. Only known caption tags count as unclosed, so a
 * bare `<` in SubRip text ("x <y") stays text.
 */
const MARKUP =
  /<([^<>\n]*)>|<(\/?(?:v|c|i|b|u|lang|ruby|rt|font)\b[^<>\n]*|\d[^<>\n]*)(?=<|$)|&(?:#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);/g;
const VOICE = /^v(?:\.[^\s>]*)?[ \t]+([^>]+)$/;
/** A voice tag with no name after it (`<v>`, `<v.loud>`). */
const NAMELESS_VOICE = /^v(?:\.[^\s>]*)?[ \t]*$/;

/**
 * Read one line of cue text into speech pieces and speaker events. Markup is
 * never part of a piece: a piece is split around each tag, so every word the
 * assembler finds is an exact substring of the source that was spoken. A
 * malformed tag (unclosed, or a voice without a name) is left out of the
 * speech and reported through `warn`.
 */
export function readCueLine(
  text: string,
  start: number,
  end: number,
  fail: (message: string, offset: number) => Error,
  warn: CueWarn = () => {},
): CueEvent[] {
  const events: CueEvent[] = [];
  let time: number | undefined;
  let cursor = start;
  let pendingGt = 0;
  const pushText = (from: number, to: number) => {
    // `>>` inside plain text also marks a change of speaker.
    let at = from;
    // Bounded to [from, to): an unbounded indexOf would scan the rest of the file for every piece.
    for (let i = findChange(text, at, to); i !== -1; i = findChange(text, at, to)) {
      pushPiece(at, i);
      events.push({ kind: 'change' });
      at = i + 2;
    }
    pushPiece(at, to);
  };
  const pushPiece = (from: number, to: number) => {
    const span = trimSpan(text, from, to);
    if (!span) return;
    pendingGt = 0;
    events.push({ kind: 'piece', ...span, ...(time === undefined ? {} : { time }) });
    time = undefined;
  };
  const slice = text.slice(start, end);
  for (const m of slice.matchAll(MARKUP)) {
    const at = start + m.index;
    if (/\S/.test(text.slice(cursor, at))) pendingGt = 0;
    pushText(cursor, at);
    cursor = at + m[0].length;
    if (m[0] === '&gt;') {
      // Escaped `>>` arrives as two references.
      if (++pendingGt === 2) {
        events.push({ kind: 'change' });
        pendingGt = 0;
      }
      continue;
    }
    if (m[2] !== undefined) {
      warn(`unclosed tag "${m[0].trim()}": left out of the speech up to the end of the line; close it with ">"`, at);
      continue;
    }
    const tag = m[1];
    if (tag === undefined) continue;
    if (NAMELESS_VOICE.test(tag)) warn(`voice tag "<${tag}>" names no speaker: expected <v Name>`, at);
    const voice = VOICE.exec(tag);
    if (voice) events.push({ kind: 'voice', name: voice[1]!.trim() });
    else if (/^\d/.test(tag)) {
      time = parseClock(tag);
      if (time === undefined) throw fail(`malformed timestamp "<${tag}>": expected <hh:mm:ss.ttt>`, at);
    }
  }
  pushText(cursor, end);
  return events;
}

/** Offset of the first `>>` in [from, to), or -1. */
function findChange(text: string, from: number, to: number): number {
  for (let i = from; i + 1 < to; i++) if (text.charCodeAt(i) === 0x3e && text.charCodeAt(i + 1) === 0x3e) return i;
  return -1;
}
