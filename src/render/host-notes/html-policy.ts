import { escapeHtml } from '../show-notes/index.js';
import { httpUrl } from '../feed/urls.js';

/** Apple's limit for episode notes, in bytes of the HTML. */
export const MAX_NOTES_BYTES = 4000;

const ALLOWED = new Set(['p', 'ol', 'ul', 'li', 'a']);
const TAG = /<\/?([a-zA-Z][a-zA-Z0-9-]*)\b([^>]*)>/g;

/**
 * Keep only the markup Apple and Spotify render: `p`, `ol`, `ul`, `li` and
 * `a href` (http and https only). Other tags (from a user's template) are
 * dropped with their text kept; returns the names dropped so the caller can
 * warn. Template values are already escaped, so every `<` here is markup.
 */
export function sanitiseNotesHtml(html: string): { html: string; dropped: string[] } {
  const dropped = new Set<string>();
  const out = html.replace(/<!--[\s\S]*?-->/g, '').replace(TAG, (whole, rawName: string, attrs: string) => {
    const name = rawName.toLowerCase();
    if (!ALLOWED.has(name)) {
      dropped.add(name);
      return '';
    }
    if (whole.startsWith('</')) return `</${name}>`;
    if (name !== 'a') return `<${name}>`;
    const href = /\bhref\s*=\s*"([^"]*)"/i.exec(attrs)?.[1];
    const url = httpUrl(
      href
        ?.replace(/&amp;/g, '&')
        .replace(/&#x3D;/g, '=')
        .replace(/&#x27;|&#39;/g, "'"),
    );
    return url ? `<a href="${escapeHtml(url)}">` : '<a>';
  });
  return { html: tidy(out), dropped: [...dropped].sort() };
}

/** Template indentation and blank lines cost bytes: one block per line. */
function tidy(html: string): string {
  return html
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n')
    .replace(/>\n(?=[^<])/g, '>')
    .replace(/([^>])\n</g, '$1<');
}

/** Split HTML into its top-level blocks (`<p>…</p>`, `<ul>…</ul>`, `<ol>…</ol>`). */
export function topLevelBlocks(html: string): string[] {
  const blocks: string[] = [];
  let depth = 0;
  let start = 0;
  for (const m of html.matchAll(/<(\/?)(p|ul|ol)>/g)) {
    if (m[1] === '') {
      if (depth === 0) start = m.index;
      depth++;
    } else if (--depth === 0) {
      blocks.push(html.slice(start, m.index + m[0].length));
    }
  }
  return blocks;
}

/**
 * Fit notes into `maxBytes` (UTF-8): whole top-level blocks are kept in order
 * until the next would not fit beside a closing "full show notes" link, so a
 * cut never lands inside a paragraph or list. Returns whether it trimmed.
 */
export function trimNotesHtml(
  html: string,
  maxBytes: number,
  fullNotesUrl: string | undefined,
): { html: string; trimmed: boolean } {
  if (Buffer.byteLength(html) <= maxBytes) return { html, trimmed: false };
  const more = fullNotesUrl
    ? `<p><a href="${escapeHtml(fullNotesUrl)}">Read the full show notes</a></p>`
    : '<p>Read the full show notes on our website.</p>';
  const kept: string[] = [];
  let size = Buffer.byteLength(more);
  for (const block of topLevelBlocks(html)) {
    const cost = Buffer.byteLength(block) + 1;
    if (size + cost > maxBytes) break;
    kept.push(block);
    size += cost;
  }
  return { html: [...kept, more].join('\n'), trimmed: true };
}
