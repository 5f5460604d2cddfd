import type { Paragraph, PhrasingContent, Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { CastwrightError, lineColumn } from '../../errors.js';
import type { Span } from '../../model/transcript.js';
import type { FormatParser, RawMarker, RawTurn } from '../raw.js';
import { parseClock } from '../timestamp.js';
import { trimSpan } from './plain-caption.js';

/** A leading `[12:34]` stamp, escaped (`\[12:34\]`) as Markdown transcripts write it or not. */
const STAMP = /^\s*\\?\[((?:\d+:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?)\\?\]\s*/;
const ANY_STAMP = /\\?\[(\d[\d:.,]*)\\?\]/;

/**
 * Markdown transcripts (`**Name:** text` turns, sparse `\[MM:SS\]` stamps,
 * `**Break**` lines for ad breaks, italic paragraphs for clips the show
 * plays), parsed with remark-parse so emphasis,
 * escapes and links are understood rather than pattern-matched.
 */
export const markdown: FormatParser = {
  name: 'markdown',
  description: 'Markdown: **Name:** turns, [MM:SS] stamps, **Break** markers',
  detect(text) {
    const labels = text.match(/^\*\*[^*\n]{1,60}:?\*\*:?\s/gm)?.length ?? 0;
    return labels >= 2 ? 0.9 : 0;
  },
  parse(text, file) {
    const tree = unified().use(remarkParse).parse(text) as Root;
    const turns: RawTurn[] = [];
    const markers: RawMarker[] = [];
    const clips: Span[] = [];
    let pendingTime: number | undefined;

    for (const node of tree.children) {
      if (node.type !== 'paragraph') continue;
      const start = node.position?.start.offset ?? 0;
      const end = node.position?.end.offset ?? start;
      const label = readLabel(node, text);
      let bodyStart = label ? label.end : start;

      if (label && /^break$/i.test(label.name)) {
        const stamp = ANY_STAMP.exec(text.slice(bodyStart, end));
        const time = stamp ? checkedClock(stamp[1]!, text, bodyStart + stamp.index, file) : undefined;
        markers.push({ kind: 'break', start, end, beforeTurn: turns.length, ...(time === undefined ? {} : { time }) });
        continue;
      }

      const stamp = STAMP.exec(text.slice(bodyStart, end));
      let time = pendingTime;
      if (stamp) {
        time = checkedClock(stamp[1]!, text, bodyStart, file);
        bodyStart += stamp[0].length;
      }
      const piece = trimSpan(text, bodyStart, end);
      if (!piece) {
        // A stamp on a line of its own times whatever follows it.
        pendingTime = time;
        continue;
      }
      pendingTime = undefined;
      const timed = time === undefined ? piece : { ...piece, startTime: time };
      const previous = turns.at(-1);
      if (!label && isClip(node)) clips.push(piece);
      if (!label && previous) previous.pieces.push(timed);
      else turns.push({ ...(label ? { speaker: label.name } : {}), pieces: [timed] });
    }
    return { turns, markers, clips, warnings: [] };
  },
};

/**
 * A paragraph set wholly in italics, with no speaker label ("*Nearly every
 * muffler shop in Oakland is installing whistler tips.*"): a clip the show
 * plays, someone else's words.
 */
function isClip(node: Paragraph): boolean {
  const content = node.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
  return content.length === 1 && content[0]!.type === 'emphasis';
}

function readLabel(node: Paragraph, text: string): { name: string; end: number } | undefined {
  const first = node.children[0] as PhrasingContent | undefined;
  if (first?.type !== 'strong') return undefined;
  const inner = first.children
    .map((c) => ('value' in c ? c.value : ''))
    .join('')
    .trim();
  const after = first.position?.end.offset;
  if (after === undefined) return undefined;
  // `**Name:**` or `**Name**:` both occur.
  const colonAfter = /^\s*:/.exec(text.slice(after, after + 3));
  if (!inner.endsWith(':') && !colonAfter) return undefined;
  const name = inner.replace(/:$/, '').trim();
  if (!name || name.length > 60) return undefined;
  return { name, end: after + (colonAfter ? colonAfter[0].length : 0) };
}

function checkedClock(value: string, text: string, offset: number, file: string): number {
  const seconds = parseClock(value);
  if (seconds === undefined) {
    const { line, column } = lineColumn(text, offset);
    throw new CastwrightError(`malformed timestamp "[${value}]": expected [mm:ss] or [h:mm:ss]`, {
      file,
      line,
      column,
    });
  }
  return seconds;
}
