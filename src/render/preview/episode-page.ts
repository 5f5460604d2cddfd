import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { formatWarning } from '../../errors.js';
import type { Episode } from '../../model/episode.js';
import type { Transcript } from '../../model/transcript.js';
import { formatClock } from '../../text/clock.js';
import { inQuotationMarks } from '../../text/punctuation.js';
import { showNotesTree } from '../show-notes/tree.js';
import type { EpisodeArtifact, EpisodeContext } from '../types.js';
import { previewCards, type PreviewCard } from './cards.js';
import { groupFiles } from './files.js';
import { esc, formatBytes, href, page } from './html.js';
import { previewCss } from './style.js';

const notesHtml = unified().use(remarkRehype).use(rehypeStringify);
/** Characters of transcript shown before and after a quote's source passage. */
const CONTEXT_CHARS = 160;

/**
 * `index.html` in the episode folder: the whole kit on one page — show
 * notes as they will look, chapters with times, every card at every size,
 * each quote beside its source passage, links to every file the build wrote
 * for the episode, and the build's warnings. Rendered last (see
 * `build/episode.ts`) so it sees the other files and the warnings.
 */
export const episodePreview: EpisodeArtifact = {
  name: 'preview',
  after: 'all',
  description: 'index.html: a preview page of the episode kit (and out/index.html for the show)',
  async render(ctx) {
    return [{ path: 'index.html', contents: await episodePage(ctx) }];
  },
};

export async function episodePage(ctx: EpisodeContext): Promise<string> {
  const { episode, config } = ctx;
  const files = ctx.files ?? [];
  const warnings = ctx.warnings ?? [];
  const cards = previewCards(episode, files, episode.slug);
  const notes = notesHtml.stringify(
    await notesHtml.run(showNotesTree(episode, ctx.options.guests ?? config.people.guests)),
  );
  const reviewed = episode.chapters.length > 0 && episode.chapters.every((c) => c.reviewed);

  const meta = [
    episode.season === undefined ? undefined : `Season ${episode.season}`,
    episode.number === undefined ? undefined : `Episode ${episode.number}`,
    episode.date,
    `${formatClock(episode.duration)} long`,
    episode.speakers.map((s) => s.name).join(', '),
    episode.timing === 'timestamps' ? undefined : `times ${episode.timing}`,
  ].filter((m): m is string => Boolean(m));

  const body = `
<header class="top"><div class="wrap">
<p class="crumb"><a href="../index.html">${esc(config.podcast.title)}</a> · preview</p>
<h1 id="title">${esc(episode.title)}</h1>
<ul class="meta">${meta.map((m) => `<li>${esc(m)}</li>`).join('')}</ul>
</div></header>
<nav class="sections" aria-label="Sections"><div class="wrap"><ul>
<li><a href="#warnings">Warnings (${warnings.length})</a></li>
<li><a href="#notes">Show notes</a></li>
<li><a href="#chapters">Chapters (${episode.chapters.length})</a></li>
<li><a href="#cards">Cards (${cards.reduce((n, c) => n + c.images.length, 0)})</a></li>
<li><a href="#quotes">Quotes (${episode.quotes.length})</a></li>
<li><a href="#files">Files (${files.length})</a></li>
</ul></div></nav>
<main class="wrap">
${warningsSection(
  warnings.map(formatWarning),
  warnings.map((w) => w.rule),
)}
<section id="notes"><h2>Show notes</h2><div class="notes">${notes}</div>${hostNotes(files, episode.slug)}</section>
${chaptersSection(episode, reviewed)}
${cardsSection(cards)}
${quotesSection(episode, ctx.transcript)}
${filesSection(files, episode.slug)}
</main>
<footer class="wrap">Made by castwright from ${esc(episode.source.path)} (${esc(episode.source.format)}). This page is for checking the kit; it is not published.</footer>`;
  return page({
    title: `${episode.title} — preview`,
    css: previewCss(config.brand),
    body,
    lang: config.podcast.language,
  });
}

/** Host notes as the apps will show them: the HTML fragments other artifacts wrote, with their size against Apple's limit. */
const HOST_NOTES: readonly [string, string][] = [
  ['host-notes/apple.html', 'Apple Podcasts'],
  ['host-notes/spotify.html', 'Spotify'],
];
const APPLE_LIMIT = 4000;

function hostNotes(files: NonNullable<EpisodeContext['files']>, slug: string): string {
  const panels = HOST_NOTES.flatMap(([name, label]) => {
    const file = files.find((f) => f.path === `${slug}/${name}`);
    if (!file) return [];
    const html = typeof file.contents === 'string' ? file.contents : Buffer.from(file.contents).toString('utf8');
    const bytes = Buffer.byteLength(html, 'utf8');
    return [
      `<details class="host"><summary>As ${esc(label)} will show them · ${esc(formatBytes(bytes))} of ${esc(formatBytes(APPLE_LIMIT))}</summary><div class="notes">${html}</div></details>`,
    ];
  });
  return panels.join('\n');
}

export function warningsSection(lines: readonly string[], rules: readonly (string | undefined)[] = []): string {
  if (lines.length === 0)
    return `<section id="warnings"><h2>Warnings <span class="count">0</span></h2><p class="none">No warnings.</p></section>`;
  const items = lines
    .map((line, i) => `<li>${esc(line)}${rules[i] ? ` <code>${esc(rules[i]!)}</code>` : ''}</li>`)
    .join('\n');
  return `<section id="warnings" class="warnings"><h2>Warnings <span class="count">${lines.length}</span></h2><ol>\n${items}\n</ol></section>`;
}

function chaptersSection(episode: Episode, reviewed: boolean): string {
  if (episode.chapters.length === 0)
    return `<section id="chapters"><h2>Chapters <span class="count">0</span></h2><p class="none">No chapters.</p></section>`;
  const rows = episode.chapters
    .map(
      (c) =>
        `<tr><td class="time">${esc(formatClock(c.startTime))}</td><td><strong>${esc(c.title)}</strong><div class="summary">${esc(c.summary)}</div></td><td>${esc(formatClock(c.endTime - c.startTime))}</td><td><span class="badge kind">${esc(c.kind)}</span> ${
          c.reviewed
            ? '<span class="badge ok">reviewed</span>'
            : '<span class="badge auto">automatically created</span>'
        }</td></tr>`,
    )
    .join('\n');
  const label = reviewed
    ? '<span class="badge ok">all reviewed</span>'
    : '<span class="badge auto">automatically created</span>';
  return `<section id="chapters"><h2>Chapters <span class="count">${episode.chapters.length}</span> ${label}</h2>
<table><thead><tr><th>Start</th><th>Title and summary</th><th>Length</th><th>Status</th></tr></thead><tbody>
${rows}
</tbody></table></section>`;
}

function cardsSection(cards: readonly PreviewCard[]): string {
  if (cards.length === 0)
    return `<section id="cards"><h2>Cards <span class="count">0</span></h2><p class="none">No cards in this build.</p></section>`;
  const sets = cards
    .map((card, i) => {
      const figures = card.images
        .map((img) => {
          const size = img.width && img.height ? ` width="${img.width}" height="${img.height}"` : '';
          const dims = img.width && img.height ? ` · ${img.width}×${img.height}` : '';
          return `<figure><a href="${esc(href(img.path))}"><img src="${esc(href(img.path))}"${size} alt="${esc(card.alt)}" loading="lazy"></a><figcaption>${esc(img.preset)}${esc(dims)}</figcaption></figure>`;
        })
        .join('\n');
      return `<div class="card-set"><h3>Card ${card.quote === undefined ? i + 1 : card.quote + 1}</h3><p class="alt"><strong>Alt text:</strong> ${esc(card.alt)}</p><div class="card-row">\n${figures}\n</div></div>`;
    })
    .join('\n');
  return `<section id="cards"><h2>Cards <span class="count">${cards.reduce((n, c) => n + c.images.length, 0)}</span></h2><div class="cards">\n${sets}\n</div></section>`;
}

function quotesSection(episode: Episode, t: Transcript): string {
  if (episode.quotes.length === 0)
    return `<section id="quotes"><h2>Quotes <span class="count">0</span></h2><p class="none">No quotes.</p></section>`;
  const items = episode.quotes
    .map((q, i) => {
      const before = t.text.slice(Math.max(0, q.source.start - CONTEXT_CHARS), q.source.start);
      const passage = t.text.slice(q.source.start, q.source.end);
      const after = t.text.slice(q.source.end, q.source.end + CONTEXT_CHARS);
      return `<div class="quote" id="quote-${i + 1}"><blockquote>${esc(inQuotationMarks(q.display))}</blockquote>
<p class="who">${i + 1}. ${esc(q.speaker)} · ${esc(formatClock(q.startTime))}–${esc(formatClock(q.endTime))} · score ${esc(q.score)}</p>
<details class="source"><summary>Source passage (characters ${q.source.start}–${q.source.end} of ${esc(episode.source.path)})</summary>
<p class="passage"><span class="context">${before.length > 0 ? '…' : ''}${esc(before)}</span><mark>${esc(passage)}</mark><span class="context">${esc(after)}${after.length === CONTEXT_CHARS ? '…' : ''}</span></p></details></div>`;
    })
    .join('\n');
  return `<section id="quotes"><h2>Quotes <span class="count">${episode.quotes.length}</span></h2>\n${items}\n</section>`;
}

function filesSection(files: EpisodeContext['files'] & object, slug: string): string {
  const groups = groupFiles(files, `${slug}/`);
  if (groups.length === 0)
    return `<section id="files"><h2>Files <span class="count">0</span></h2><p class="none">No other files in this build.</p></section>`;
  const lists = groups
    .map(
      (g) =>
        `<p class="group">${esc(g.group)}</p><ul class="files">${g.files.map((f) => `<li><a href="${esc(href(f.path))}">${esc(f.path)}</a><span class="size">${esc(formatBytes(f.bytes))}</span></li>`).join('')}</ul>`,
    )
    .join('\n');
  return `<section id="files"><h2>Files <span class="count">${files.length}</span></h2>
<p class="none">Everything this build wrote for the episode. The show feed is on the <a href="../index.html">show page</a>.</p>
${lists}</section>`;
}
