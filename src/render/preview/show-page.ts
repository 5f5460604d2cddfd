import { formatWarning } from '../../errors.js';
import { formatClock } from '../../text/clock.js';
import type { ShowArtifact, ShowContext } from '../types.js';
import { groupFiles } from './files.js';
import { esc, formatBytes, href, page } from './html.js';
import { previewCss } from './style.js';
import { warningsSection } from './episode-page.js';

/**
 * `out/index.html`: the show — every episode with a link to its preview,
 * the show files (feed…) and the show's warnings. Rendered after the other
 * show artifacts (see `build/build.ts`) so it can list them.
 */
export const showPreview: ShowArtifact = {
  name: 'preview',
  description: 'index.html: the show preview page, linking every episode preview',
  render(ctx) {
    return [{ path: 'index.html', contents: showPage(ctx) }];
  },
};

export function showPage(ctx: ShowContext): string {
  const { config, episodes } = ctx;
  const files = ctx.files ?? [];
  const warnings = ctx.warnings ?? [];
  const items = episodes
    .map(({ episode }) => {
      const cover =
        episode.cards?.find((c) => c.images.length > 0)?.images.find((i) => i.preset === 'landscape') ??
        episode.cards?.find((c) => c.images.length > 0)?.images[0];
      const facts = [
        episode.number === undefined ? undefined : `Episode ${episode.number}`,
        episode.date,
        formatClock(episode.duration),
        `${episode.chapters.length} chapters`,
        `${episode.quotes.length} quotes`,
      ].filter(Boolean);
      const img = cover
        ? `<img src="${esc(href(`${episode.slug}/${cover.path}`))}" width="${cover.width}" height="${cover.height}" alt="" loading="lazy">`
        : '';
      return `<a class="episode" href="${esc(href(`${episode.slug}/index.html`))}">${img}<h3>${esc(episode.title)}</h3><p>${esc(facts.join(' · '))}</p>${
        episode.summary
          ? `<p>${esc(episode.summary.length > 220 ? `${episode.summary.slice(0, 219)}…` : episode.summary)}</p>`
          : ''
      }</a>`;
    })
    .join('\n');
  const groups = groupFiles(files);
  const fileList = groups.length
    ? groups
        .map(
          (g) =>
            `<p class="group">${esc(g.group)}</p><ul class="files">${g.files.map((f) => `<li><a href="${esc(href(f.path))}">${esc(f.path)}</a><span class="size">${esc(formatBytes(f.bytes))}</span></li>`).join('')}</ul>`,
        )
        .join('\n')
    : '<p class="none">No show files in this build.</p>';

  const body = `
<header class="top"><div class="wrap">
<p class="crumb">castwright · preview</p>
<h1 id="title">${esc(config.podcast.title)}</h1>
<ul class="meta">${[config.podcast.author, `${episodes.length} episode${episodes.length === 1 ? '' : 's'}`]
    .filter(Boolean)
    .map((m) => `<li>${esc(m!)}</li>`)
    .join('')}</ul>
</div></header>
<main class="wrap">
${config.podcast.description ? `<section><h2>About the show</h2><p class="none">${esc(config.podcast.description)}</p></section>` : ''}
<section id="episodes"><h2>Episodes <span class="count">${episodes.length}</span></h2><div class="episodes">
${items}
</div></section>
<section id="files"><h2>Show files <span class="count">${files.length}</span></h2>
${fileList}</section>
${warningsSection(
  warnings.map(formatWarning),
  warnings.map((w) => w.rule),
)}
</main>
<footer class="wrap">Made by castwright. This page is for checking the kit; it is not published.</footer>`;
  return page({
    title: `${config.podcast.title} — preview`,
    css: previewCss(config.brand),
    body,
    lang: config.podcast.language,
  });
}
