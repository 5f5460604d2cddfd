import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js';
import type { EpisodeOptions, ResolvedConfig } from '../../config/schema.js';
import type { Episode } from '../../model/episode.js';
import { normalPlayTime, PSC_NAMESPACE } from '../chapter-formats/podlove.js';
import { renderHostNotes } from '../host-notes/render.js';
import { escapeHtml } from '../show-notes/index.js';
import { TRANSCRIPT_FILES } from '../transcripts/index.js';
import { soundbites } from './soundbites.js';
import { assetsBase, episodeAssetUrl, episodePageUrl, httpUrl } from './urls.js';
import { PODCAST_GUID_NAMESPACE, podcastGuid, uuidV5 } from './uuid.js';

export const NS = {
  itunes: 'http://www.itunes.com/dtds/podcast-1.0.dtd',
  podcast: 'https://podcastindex.org/namespace/1.0',
  content: 'http://purl.org/rss/1.0/modules/content/',
  atom: 'http://www.w3.org/2005/Atom',
  psc: PSC_NAMESPACE,
} as const;

const XMLNS = 'http://www.w3.org/2000/xmlns/';
const MAX_DESCRIPTION_BYTES = 4000;

export interface FeedEpisode {
  episode: Episode;
  options: EpisodeOptions;
}

/** RFC 2822 date (`Thu, 27 Nov 2025 00:00:00 GMT`) from an ISO date. */
export function rfc2822(iso: string): string | undefined {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? undefined : new Date(time).toUTCString();
}

/** Newest first; undated episodes last, in build order. Never the build clock. */
function byDate(episodes: readonly FeedEpisode[]): FeedEpisode[] {
  const time = (e: FeedEpisode) => (e.episode.date ? Date.parse(e.episode.date) : Number.NEGATIVE_INFINITY);
  return episodes
    .map((e, i) => ({ e, i }))
    .sort((a, b) => time(b.e) - time(a.e) || a.i - b.i)
    .map(({ e }) => e);
}

/**
 * The item guid: the config's `episodes.<key>.guid` when set (keep a
 * published episode's guid), else a UUIDv5 of the show's guid and the
 * episode slug, so it never changes between builds.
 */
export function itemGuid(showGuid: string, episode: Episode, options: EpisodeOptions): string {
  return options.guid ?? uuidV5(`castwright/${episode.slug}`, showGuid);
}

/** The show's `podcast:guid`: `podcast.guid` when set, else derived from the feed URL (or the title, lacking one). */
export function showGuid(config: ResolvedConfig): string {
  const own = config.podcast.guid;
  if (own) return own;
  const feedUrl = httpUrl(config.podcast.feedUrl);
  return feedUrl ? podcastGuid(feedUrl) : uuidV5(`castwright/${config.podcast.title}`, PODCAST_GUID_NAMESPACE);
}

function cdata(parent: XMLBuilder, name: string, ns: string | undefined, html: string): void {
  const el = ns ? parent.ele(ns, name) : parent.ele(name);
  // Escaped template output cannot contain "]]>"; a user template could, so fall back to escaped text.
  if (html.includes(']]>')) el.txt(html);
  else el.dat(html);
}

function clipBytes(text: string, max: number): string {
  if (Buffer.byteLength(text) <= max) return text;
  let out = text;
  while (Buffer.byteLength(out) > max - 3)
    out = out.slice(0, out.lastIndexOf(' ') > 0 ? out.lastIndexOf(' ') : out.length - 1);
  return `${out}…`;
}

function category(parent: XMLBuilder, value: string): void {
  // "Parent > Sub" gives Apple's nested form: <itunes:category text="Parent"><itunes:category text="Sub"/>.
  const [main, sub] = value.split('>').map((s) => s.trim());
  if (!main) return;
  const el = parent.ele(NS.itunes, 'itunes:category').att('text', main);
  if (sub) el.ele(NS.itunes, 'itunes:category').att('text', sub);
}

/**
 * The podcast RSS feed of the whole show: RSS 2.0 with the itunes,
 * podcast, content, atom and psc namespaces declared on `<rss>`. Built with
 * a namespace-aware XML builder, so every text and attribute is escaped.
 * Pure: dates come from the episodes, never from the clock.
 */
export function podcastRss(episodes: readonly FeedEpisode[], config: ResolvedConfig): string {
  const p = config.podcast;
  const siteUrl = httpUrl(p.siteUrl);
  const feedUrl = httpUrl(p.feedUrl);
  const artwork = httpUrl(p.artwork);
  const ordered = byDate(episodes);
  const latest = ordered.find((e) => e.episode.date)?.episode.date;
  const guid = showGuid(config);

  const doc = create({ version: '1.0', encoding: 'UTF-8' });
  const rss = doc.ele('rss').att('version', '2.0');
  for (const [prefix, uri] of Object.entries(NS)) rss.att(XMLNS, `xmlns:${prefix}`, uri);
  const channel = rss.ele('channel');

  if (feedUrl)
    channel.ele(NS.atom, 'atom:link').att('href', feedUrl).att('rel', 'self').att('type', 'application/rss+xml');
  channel.ele('title').txt(p.title);
  if (siteUrl) channel.ele('link').txt(siteUrl);
  // Apple reads the show description as HTML (p, ol, ul, li, a in CDATA): plain text is escaped first.
  cdata(
    channel,
    'description',
    undefined,
    `<p>${escapeHtml(clipBytes(p.description ?? p.title, MAX_DESCRIPTION_BYTES - 7))}</p>`,
  );
  channel.ele('language').txt(p.language);
  if (p.copyright) channel.ele('copyright').txt(p.copyright);
  channel.ele('generator').txt('castwright');
  if (latest) {
    channel.ele('pubDate').txt(rfc2822(latest)!);
    channel.ele('lastBuildDate').txt(rfc2822(latest)!);
  }
  if (artwork) {
    const image = channel.ele('image');
    image.ele('url').txt(artwork);
    image.ele('title').txt(p.title);
    if (siteUrl) image.ele('link').txt(siteUrl);
  }
  const author = p.author ?? p.owner?.name;
  if (author) channel.ele(NS.itunes, 'itunes:author').txt(author);
  if (p.owner) {
    const owner = channel.ele(NS.itunes, 'itunes:owner');
    owner.ele(NS.itunes, 'itunes:name').txt(p.owner.name);
    owner.ele(NS.itunes, 'itunes:email').txt(p.owner.email);
  }
  if (artwork) channel.ele(NS.itunes, 'itunes:image').att('href', artwork);
  for (const c of p.categories) category(channel, c);
  channel.ele(NS.itunes, 'itunes:explicit').txt(String(p.explicit));
  channel.ele(NS.itunes, 'itunes:type').txt('episodic');
  channel.ele(NS.podcast, 'podcast:guid').txt(guid);
  for (const host of config.people.hosts) person(channel, host.name, 'host', host.href, host.img);

  for (const e of ordered) item(channel.ele('item'), e, config, guid);
  return `${doc.end({ prettyPrint: true })}\n`;
}

function person(parent: XMLBuilder, name: string, role: 'host' | 'guest', href?: string, img?: string): void {
  const el = parent.ele(NS.podcast, 'podcast:person').att('role', role);
  const link = httpUrl(href);
  const image = httpUrl(img);
  if (image) el.att('img', image);
  if (link) el.att('href', link);
  el.txt(name);
}

function item(el: XMLBuilder, { episode, options }: FeedEpisode, config: ResolvedConfig, showGuidValue: string): void {
  const audioUrl = httpUrl(options.audio?.url);
  const page = episodePageUrl(config, episode.slug);
  const notes = renderHostNotes('apple', episode, options, config, () => {}).trim();

  el.ele('title').txt(episode.title);
  if (page) el.ele('link').txt(page);
  cdata(el, 'description', undefined, notes);
  cdata(el, 'content:encoded', NS.content, notes);
  el.ele('guid')
    .att('isPermaLink', 'false')
    .txt(itemGuid(showGuidValue, episode, options));
  const date = episode.date && rfc2822(episode.date);
  if (date) el.ele('pubDate').txt(date);
  if (audioUrl) {
    el.ele('enclosure')
      .att('url', audioUrl)
      .att('length', String(options.audio?.length ?? 0))
      .att('type', options.audio?.type ?? 'audio/mpeg');
  }
  el.ele(NS.itunes, 'itunes:duration').txt(String(Math.round(episode.duration)));
  if (episode.number !== undefined) el.ele(NS.itunes, 'itunes:episode').txt(String(episode.number));
  if (episode.season !== undefined) el.ele(NS.itunes, 'itunes:season').txt(String(episode.season));
  el.ele(NS.itunes, 'itunes:episodeType').txt(options.type);
  el.ele(NS.itunes, 'itunes:explicit').txt(String(config.podcast.explicit));
  if (episode.number !== undefined) el.ele(NS.podcast, 'podcast:episode').txt(String(episode.number));
  if (episode.season !== undefined) el.ele(NS.podcast, 'podcast:season').txt(String(episode.season));

  // Item-level persons replace the channel's, so the hosts are repeated here.
  for (const host of config.people.hosts) person(el, host.name, 'host', host.href, host.img);
  for (const guest of options.guests ?? config.people.guests) person(el, guest.name, 'guest', guest.href, guest.img);

  if (assetsBase(config)) {
    const url = (file: string) => episodeAssetUrl(config, episode.slug, file)!;
    if (episode.chapters.length > 0)
      el.ele(NS.podcast, 'podcast:chapters').att('url', url('chapters.json')).att('type', 'application/json+chapters');
    const language = config.podcast.language;
    el.ele(NS.podcast, 'podcast:transcript')
      .att('url', url(TRANSCRIPT_FILES.vtt))
      .att('type', 'text/vtt')
      .att('language', language)
      .att('rel', 'captions');
    el.ele(NS.podcast, 'podcast:transcript')
      .att('url', url(TRANSCRIPT_FILES.srt))
      .att('type', 'application/x-subrip')
      .att('language', language)
      .att('rel', 'captions');
    el.ele(NS.podcast, 'podcast:transcript')
      .att('url', url(TRANSCRIPT_FILES.json))
      .att('type', 'application/json')
      .att('language', language);
    el.ele(NS.podcast, 'podcast:transcript')
      .att('url', url(TRANSCRIPT_FILES.html))
      .att('type', 'text/html')
      .att('language', language);
  }
  for (const s of soundbites(episode)) {
    el.ele(NS.podcast, 'podcast:soundbite')
      .att('startTime', String(s.startTime))
      .att('duration', String(s.duration))
      .txt(s.title);
  }
  if (episode.chapters.length > 0) {
    const psc = el.ele(NS.psc, 'psc:chapters').att('version', '1.2');
    for (const c of episode.chapters)
      psc.ele(NS.psc, 'psc:chapter').att('start', normalPlayTime(c.startTime)).att('title', c.title);
  }
}
