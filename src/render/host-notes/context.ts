import type { EpisodeOptions, PersonOptions, ResolvedConfig } from '../../config/schema.js';
import type { Episode } from '../../model/episode.js';
import { formatClock } from '../../text/clock.js';
import { nestQuotes } from '../../text/punctuation.js';
import { chaptersAutomatic, chaptersHeading } from '../chapter-formats/label.js';
import { episodeAssetUrl, episodePageUrl, httpUrl } from '../feed/urls.js';
import { TRANSCRIPT_FILES } from '../transcripts/index.js';
import { squareCards } from './cards.js';

/** A person in the template context. */
export interface PersonContext {
  name: string;
  title?: string;
  url?: string;
}

/** A link in the template context. */
export interface LinkContext {
  title: string;
  url: string;
}

/**
 * The data every host-notes and newsletter template receives. Documented
 * field by field in docs/templates.md; keep the two in step.
 */
export interface NotesContext {
  show: { title: string; author?: string; description?: string; url?: string; feedUrl?: string; hashtags: string[] };
  episode: {
    title: string;
    slug: string;
    number?: number;
    season?: number;
    date?: string;
    dateText?: string;
    duration: string;
    summary: string;
    url?: string;
    audioUrl?: string;
    transcriptUrl?: string;
    keywords: string[];
    mentions: string[];
  };
  hosts: PersonContext[];
  guests: PersonContext[];
  chapters: {
    heading: string;
    automatic: boolean;
    items: { time: string; clock: string; startTime: number; title: string; summary: string }[];
  };
  takeaways: { text: string; speaker: string; time: string }[];
  quotes: { text: string; speaker: string; time: string; image?: { path: string; alt: string } }[];
  links: LinkContext[];
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * "27 November 2025" from an ISO date, without the machine's locale or time
 * zone. The calendar date is the one written: `2025-12-31T23:30:00-05:00`
 * is 31 December, as the producer wrote it, not the UTC date it falls on.
 * Only a date that is not ISO 8601 (which Date.parse also accepts) is read
 * as an instant and shown on its UTC day.
 */
export function dateText(iso: string | undefined): string | undefined {
  if (!iso) return undefined;
  if (Number.isNaN(Date.parse(iso))) return undefined;
  const written = /^(\d{4})-(\d{2})-(\d{2})(?![\d])/.exec(iso.trim());
  if (written) {
    const [year, month, day] = [Number(written[1]), Number(written[2]), Number(written[3])];
    // Date.parse has vetted the whole string; this guards a day that does not exist in the month.
    const check = new Date(Date.UTC(year, month - 1, day));
    if (check.getUTCMonth() === month - 1 && check.getUTCDate() === day) return `${day} ${MONTHS[month - 1]} ${year}`;
    return undefined;
  }
  const d = new Date(iso);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** `hh:mm:ss`, the form Apple and Spotify read as chapter timestamps in notes. */
export function fullClock(seconds: number): string {
  const t = Math.max(0, Math.floor(seconds));
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(t / 3600))}:${pad(Math.floor((t % 3600) / 60))}:${pad(t % 60)}`;
}

function person(p: PersonOptions): PersonContext {
  const url = httpUrl(p.href);
  return { name: p.name, ...(p.title ? { title: p.title } : {}), ...(url ? { url } : {}) };
}

/**
 * Build the template context for an episode from `episode.json` data and the
 * config alone (no transcript), so the feed can render notes too. Values are
 * raw text: each template kind escapes them on output.
 */
export function notesContext(
  episode: Episode,
  options: EpisodeOptions,
  config: ResolvedConfig,
  quoteCount = 2,
): NotesContext {
  const url = episodePageUrl(config, episode.slug);
  const transcriptUrl = episodeAssetUrl(config, episode.slug, TRANSCRIPT_FILES.html);
  const audioUrl = httpUrl(options.audio?.url);
  const siteUrl = httpUrl(config.podcast.siteUrl);
  const feedUrl = httpUrl(config.podcast.feedUrl);
  const guests = (options.guests ?? config.people.guests).map(person);
  const links: LinkContext[] = [];
  if (url) links.push({ title: 'Full show notes', url });
  if (transcriptUrl) links.push({ title: 'Transcript', url: transcriptUrl });
  for (const g of guests) if (g.url) links.push({ title: g.name, url: g.url });
  if (siteUrl) links.push({ title: config.podcast.title, url: siteUrl });
  if (feedUrl) links.push({ title: 'Podcast feed (RSS)', url: feedUrl });

  const date = dateText(episode.date);
  return {
    show: {
      title: config.podcast.title,
      ...(config.podcast.author ? { author: config.podcast.author } : {}),
      ...(config.podcast.description ? { description: config.podcast.description } : {}),
      ...(siteUrl ? { url: siteUrl } : {}),
      ...(feedUrl ? { feedUrl } : {}),
      hashtags: config.podcast.hashtags,
    },
    episode: {
      title: episode.title,
      slug: episode.slug,
      ...(episode.number === undefined ? {} : { number: episode.number }),
      ...(episode.season === undefined ? {} : { season: episode.season }),
      ...(episode.date ? { date: episode.date } : {}),
      ...(date ? { dateText: date } : {}),
      duration: formatClock(episode.duration),
      summary: options.description ?? episode.summary,
      ...(url ? { url } : {}),
      ...(audioUrl ? { audioUrl } : {}),
      ...(transcriptUrl ? { transcriptUrl } : {}),
      keywords: episode.keywords,
      mentions: episode.mentions.slice(0, 12).map((m) => m.name),
    },
    hosts: config.people.hosts.map(person),
    guests,
    chapters: {
      heading: chaptersHeading(episode.chapters),
      automatic: chaptersAutomatic(episode.chapters),
      items: episode.chapters.map((c) => ({
        time: formatClock(c.startTime),
        clock: fullClock(c.startTime),
        startTime: c.startTime,
        title: c.title,
        summary: c.summary,
      })),
    },
    takeaways: episode.takeaways.map((k) => ({ text: k.text, speaker: k.speaker, time: formatClock(k.startTime) })),
    quotes: pickQuotes(episode, quoteCount),
    links,
  };
}

/**
 * The quotes to show: those with a square card first (so the newsletter can
 * show the card), then the best of the rest, up to `count`.
 */
function pickQuotes(episode: Episode, count: number): NotesContext['quotes'] {
  const cards = squareCards(episode);
  const order = [...cards.map((c) => c.quote), ...episode.quotes.map((_, i) => i)];
  const picked = [...new Set(order)].filter((i) => episode.quotes[i]).slice(0, count);
  return picked.map((i) => {
    const q = episode.quotes[i]!;
    const card = cards.find((c) => c.quote === i);
    // Templates print the quote in “…”: its own quotation marks come as single ones.
    const text = nestQuotes(q.display);
    return {
      text,
      speaker: q.speaker,
      time: formatClock(q.startTime),
      ...(card ? { image: { path: card.path, alt: card.alt ?? `“${text}” — ${q.speaker}` } } : {}),
    };
  });
}
