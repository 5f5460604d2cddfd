import { create } from 'xmlbuilder2';
import type { Episode } from '../../model/episode.js';
import { chaptersNote } from './label.js';

export const PSC_NAMESPACE = 'http://podlove.org/simple-chapters';

/** Normal Play Time as Podlove writes it: `hh:mm:ss.mmm`. */
export function normalPlayTime(seconds: number): string {
  const ms = Math.max(0, Math.round(seconds * 1000));
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor((ms % 3_600_000) / 60_000);
  const s = Math.floor((ms % 60_000) / 1000);
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(h)}:${pad(m)}:${pad(s)}.${pad(ms % 1000, 3)}`;
}

/**
 * Podlove Simple Chapters 1.2 as a standalone XML document; the feed embeds
 * the same elements. Attribute values go through the XML builder, so titles
 * with quotes, `&` or `<` stay text.
 */
export function chaptersPodlove(episode: Episode): string {
  const doc = create({ version: '1.0', encoding: 'UTF-8' });
  const note = chaptersNote(episode.chapters);
  if (note) doc.com(` ${note} `);
  const root = doc.ele(PSC_NAMESPACE, 'psc:chapters').att('version', '1.2');
  for (const c of episode.chapters)
    root.ele(PSC_NAMESPACE, 'psc:chapter').att('start', normalPlayTime(c.startTime)).att('title', c.title);
  return `${doc.end({ prettyPrint: true })}\n`;
}
