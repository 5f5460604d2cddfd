import { Feed } from 'feed';
import type { ResolvedConfig } from '../../config/schema.js';
import type { Warning } from '../../errors.js';
import { renderHostNotes } from '../host-notes/render.js';
import { escapeHtml } from '../show-notes/index.js';
import type { OutputFile } from '../types.js';
import { itemGuid, showGuid, type FeedEpisode } from './podcast-rss.js';
import { assetsBase, episodePageUrl, httpUrl } from './urls.js';

/**
 * RSS 2.0, Atom 1.0 and JSON Feed of the show-notes pages, for the show's
 * website and feed readers, via the `feed` package (fine for web posts; it
 * cannot write the podcast namespaces, so `feed.xml` is built separately).
 * Only dated episodes are posts, and the feed's `updated` is the newest
 * post's date, so the output never depends on the clock.
 */
export function webFeeds(
  episodes: readonly FeedEpisode[],
  config: ResolvedConfig,
  warn: (w: Warning) => void,
): OutputFile[] {
  const siteUrl = httpUrl(config.podcast.siteUrl) ?? assetsBase(config);
  const dated = episodes
    .filter((e) => e.episode.date)
    .sort((a, b) => Date.parse(b.episode.date!) - Date.parse(a.episode.date!));
  if (!siteUrl || dated.length === 0) {
    warn({
      file: 'pipeline.config.ts',
      message: `web feed not written: ${!siteUrl ? 'podcast.siteUrl missing' : 'no episode has a date (episodes.<key>.date)'}`,
      rule: 'publish/web-feed',
    });
    return [];
  }
  const guid = showGuid(config);
  const base = siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`;
  // `feed` keeps references to what it is given: pass fresh objects only.
  const feed = new Feed({
    id: `urn:uuid:${guid}`,
    title: config.podcast.title,
    ...(config.podcast.description ? { description: escapeHtml(config.podcast.description) } : {}),
    link: siteUrl,
    language: config.podcast.language,
    updated: new Date(Date.parse(dated[0]!.episode.date!)),
    generator: 'castwright',
    ...(httpUrl(config.podcast.artwork) ? { image: httpUrl(config.podcast.artwork)! } : {}),
    ...(config.podcast.copyright ? { copyright: config.podcast.copyright } : {}),
    ...(config.podcast.author ? { author: { name: config.podcast.author } } : {}),
    feedLinks: { rss: `${base}web-feed/rss.xml`, atom: `${base}web-feed/atom.xml`, json: `${base}web-feed/feed.json` },
  });
  for (const { episode, options } of dated) {
    const link = episodePageUrl(config, episode.slug) ?? siteUrl;
    feed.addItem({
      // Atom writes titles as type="html" and RSS readers decode entities in titles: escape the text.
      title: escapeHtml(episode.title),
      id: `urn:uuid:${itemGuid(guid, episode, options)}`,
      link,
      date: new Date(Date.parse(episode.date!)),
      // Readers render descriptions as HTML: the summary is text, so escape it.
      description: escapeHtml(options.description ?? episode.summary),
      content: renderHostNotes('generic', episode, options, config, () => {}).trim(),
    });
  }
  return [
    { path: 'web-feed/rss.xml', contents: `${feed.rss2()}\n` },
    { path: 'web-feed/atom.xml', contents: `${feed.atom1()}\n` },
    { path: 'web-feed/feed.json', contents: `${feed.json1()}\n` },
  ];
}
