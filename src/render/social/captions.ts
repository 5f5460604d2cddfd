import { inQuotationMarks } from '../../text/punctuation.js';
import { trimQuote } from '../cards/quote-text.js';

/** What a caption is made of; all plain text. */
export interface CaptionInput {
  /** The quote, printed in “…”: its own quotation marks already single (`nestQuotes`), as the card plan gives it. */
  quote: string;
  speaker: string;
  /** The speaker's role line, e.g. "Research scientist, OpenAI". */
  role?: string | undefined;
  show: string;
  episodeTitle: string;
  /** Episode page; captions say where to listen without one. */
  link?: string | undefined;
  /** Without "#". */
  hashtags: readonly string[];
}

/** One caption draft per platform. */
export interface Captions {
  x: string;
  linkedin: string;
  instagram: string;
  mastodon: string;
  bluesky: string;
}

/*
 * Platform limits as of 2025: X 280 with every link counted as 23;
 * Mastodon 500 (links 23); Bluesky 300 graphemes with links in full;
 * Instagram 2,200 with no clickable links ("link in bio"); LinkedIn 3,000.
 */
export const LIMITS = { x: 280, mastodon: 500, bluesky: 300, instagram: 2200, linkedin: 3000 } as const;
const SHORT_LINK = 23;

/** A caption's length as its platform counts it: characters, with links as 23 on X and Mastodon. */
export function captionLength(platform: keyof Captions, text: string, link: string | undefined): number {
  const counted =
    link && (platform === 'x' || platform === 'mastodon') ? text.split(link).join('x'.repeat(SHORT_LINK)) : text;
  return [...counted].length;
}

/** The least of a quote worth posting: below this a caption drops its optional parts instead. */
const MIN_QUOTE = 60;

/**
 * Caption drafts for X, LinkedIn, Instagram, Mastodon and Bluesky, each
 * within its platform's limit where it can be. Optional parts go first, one
 * at a time, to keep the quote whole: hashtags, then the role and episode
 * lines, never the link. When the quote still does not fit, it is shortened
 * at a sentence or clause boundary with an ellipsis (words are never
 * changed), and the optional parts go only when they leave it too little
 * room, the link last. A caption that still does not fit is returned as it
 * is, and `social.md` warns about it (see `overLimit`).
 */
export function captions(input: CaptionInput): Captions {
  const tags = input.hashtags
    .map(hashtag)
    .filter((t) => t.length > 1)
    .join(' ');
  const byline = input.role ? `${input.speaker}, ${input.role}` : input.speaker;
  const link = input.link ?? '';
  const listen = link ? `Listen: ${link}` : `Listen to the full episode of ${input.show}.`;
  const title = inQuotationMarks(input.episodeTitle);
  /**
   * The first composition, fullest first, that holds the whole quote and still
   * links to the episode; else the first that leaves the quote enough room to
   * be shortened; else the leanest. A quote cut mid-thought is worth less than
   * hashtags or the episode's title, but a post that loses its link is worth
   * less than a shortened quote.
   */
  const whole = input.quote.replace(/\s+/g, ' ').trim();
  const fit = (platform: keyof Captions, variants: ((quote: string) => string)[]) => {
    const limit = LIMITS[platform];
    for (const compose of variants) {
      if (link && !compose('').includes(link)) break;
      const text = compose(whole);
      if (captionLength(platform, text, link) <= limit) return text;
    }
    for (const compose of variants) {
      const room = limit - captionLength(platform, compose(''), link);
      if (room < Math.min(MIN_QUOTE, whole.length)) continue;
      const text = compose(trimQuote(input.quote, room).text);
      if (captionLength(platform, text, link) <= limit) return text;
    }
    const leanest = variants.at(-1)!;
    return leanest(
      trimQuote(input.quote, Math.max(MIN_QUOTE, limit - captionLength(platform, leanest(''), link))).text,
    );
  };
  return {
    x: fit('x', [
      (q) =>
        join([
          `${inQuotationMarks(q)} \u2014 ${input.speaker}`,
          `${input.episodeTitle}${link ? `\n${link}` : ''}`,
          tags,
        ]),
      (q) =>
        join([`${inQuotationMarks(q)} \u2014 ${input.speaker}`, `${input.episodeTitle}${link ? `\n${link}` : ''}`]),
      (q) => join([`${inQuotationMarks(q)} \u2014 ${input.speaker}`, link]),
      (q) => `${inQuotationMarks(q)} \u2014 ${input.speaker}`,
    ]),
    mastodon: fit('mastodon', [
      (q) => join([inQuotationMarks(q), `\u2014 ${byline}`, `From ${input.show}: ${input.episodeTitle}`, listen, tags]),
      (q) => join([inQuotationMarks(q), `\u2014 ${byline}`, `From ${input.show}: ${input.episodeTitle}`, listen]),
      (q) => join([inQuotationMarks(q), `\u2014 ${input.speaker}`, listen]),
      (q) => join([inQuotationMarks(q), `\u2014 ${input.speaker}`]),
    ]),
    bluesky: fit('bluesky', [
      (q) => join([`${inQuotationMarks(q)} \u2014 ${input.speaker}`, link, tags]),
      (q) => join([`${inQuotationMarks(q)} \u2014 ${input.speaker}`, link]),
      (q) => `${inQuotationMarks(q)} \u2014 ${input.speaker}`,
    ]),
    linkedin: fit('linkedin', [
      (q) => join([inQuotationMarks(q), `\u2014 ${byline}`, `From ${input.show}: ${title}`, listen, tags]),
      (q) => join([inQuotationMarks(q), `\u2014 ${byline}`, `From ${input.show}: ${title}`, listen]),
      (q) => join([inQuotationMarks(q), `\u2014 ${input.speaker}`, listen]),
      (q) => join([inQuotationMarks(q), `\u2014 ${input.speaker}`]),
    ]),
    instagram: fit('instagram', [
      (q) =>
        join([
          inQuotationMarks(q),
          `\u2014 ${byline}`,
          `${input.episodeTitle}. Full episode of ${input.show}: link in bio.`,
          tags,
        ]),
      (q) =>
        join([
          inQuotationMarks(q),
          `\u2014 ${byline}`,
          `${input.episodeTitle}. Full episode of ${input.show}: link in bio.`,
        ]),
      (q) => join([inQuotationMarks(q), `\u2014 ${input.speaker}`, `Full episode: link in bio.`]),
      (q) => join([inQuotationMarks(q), `\u2014 ${input.speaker}`]),
    ]),
  };
}

/** How far a caption runs past its platform's limit, or 0 when it fits. */
export function overLimit(platform: keyof Captions, text: string, link: string | undefined): number {
  return Math.max(0, captionLength(platform, text, link) - LIMITS[platform]);
}

function join(parts: string[]): string {
  return parts.filter((p) => p.trim() !== '').join('\n\n');
}

/** "MAD podcast" → "#MADPodcast": hashtags cannot hold spaces or punctuation. */
export function hashtag(tag: string): string {
  const words = tag
    .replace(/^#/, '')
    .split(/[^\p{L}\p{N}_]+/u)
    .filter(Boolean);
  // One word keeps its spelling ("AI", "iPhone"); several become CamelCase, which screen readers can split.
  return `#${words.length <= 1 ? (words[0] ?? '') : words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('')}`;
}
