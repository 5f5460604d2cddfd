import type { Episode } from '../../model/episode.js';
import { formatClock } from '../../text/clock.js';
import { chaptersAutomatic } from '../chapter-formats/label.js';
import { escapeHtml } from '../show-notes/index.js';
import { mdEmphasis, mdHeading, mdParagraph, mdStrong, mdText, stringifyMarkdown } from '../markdown.js';
import type { ReadableSection } from './readable.js';

function note(episode: Episode): string {
  const parts = ['Fillers and repeated words are removed and names corrected.'];
  if (chaptersAutomatic(episode.chapters)) parts.push('Chapter headings were automatically created.');
  return parts.join(' ');
}

/**
 * The readable transcript as Markdown: chapter headings, `**Name** (m:ss):`
 * paragraphs. Built as a Markdown tree, so transcript text and names are
 * escaped by the serialiser and never become markup or links.
 */
export function readableMarkdown(episode: Episode, sections: readonly ReadableSection[]): string {
  const out = [mdHeading(1, mdText(`${episode.title}: transcript`)), mdParagraph(mdEmphasis(note(episode)))];
  for (const section of sections) {
    if (section.chapter)
      out.push(mdHeading(2, mdText(`${formatClock(section.chapter.startTime)} ${section.chapter.title}`)));
    for (const p of section.paragraphs)
      out.push(mdParagraph(mdStrong(p.speaker), mdText(` (${formatClock(p.startTime)}): ${p.text}`)));
  }
  return stringifyMarkdown(out);
}

/** The readable transcript as a standalone HTML page; every text is escaped. */
export function readableHtml(episode: Episode, sections: readonly ReadableSection[], language: string): string {
  const body: string[] = [
    `<h1>${escapeHtml(episode.title)}: transcript</h1>`,
    `<p><em>${escapeHtml(note(episode))}</em></p>`,
  ];
  for (const section of sections) {
    if (section.chapter) {
      const id = `t${Math.floor(section.chapter.startTime)}`;
      body.push(
        `<h2 id="${id}"><span class="time">${formatClock(section.chapter.startTime)}</span> ${escapeHtml(section.chapter.title)}</h2>`,
      );
    }
    for (const p of section.paragraphs) {
      body.push(
        `<p><strong>${escapeHtml(p.speaker)}</strong> <span class="time">(${formatClock(p.startTime)})</span>: ${escapeHtml(p.text)}</p>`,
      );
    }
  }
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(language)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(episode.title)}: transcript</title>`,
    '<style>body{font:1.05rem/1.6 system-ui,sans-serif;max-width:42rem;margin:2rem auto;padding:0 1rem;color:#1d2939}.time{color:#667085;font-variant-numeric:tabular-nums}h2{margin-top:2rem}</style>',
    '</head>',
    '<body>',
    ...body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
