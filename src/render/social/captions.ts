import { trimQuote } from '../cards/quote-text.js';

/** What a caption is made of; all plain text. */
export interface CaptionInput {
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
  const counted = link && (platform === 'x' || platform === 'mastodon') ? text.split(link).join('x'.repeat(SHORT_LINK)) : text;
  return [...counted].length;
}

/** Caption drafts for X, LinkedIn, Instagram, Mastodon and Bluesky, each within its platform's limit. */
export function captions(input: CaptionInput): Captions {
  const tags = input.hashtags.map(hashtag).filter((t) => t.length > 1).join(' ');
  const byline = input.role ? `${input.speaker}, ${input.role}` : input.speaker;
  const link = input.link ?? '';
  const short = (limit: number, linkLength: number, compose: (quote: string) => string) => {
    const fixed = compose('').length - link.length + (link ? linkLength : 0);
    const room = Math.max(20, limit - fixed);
    return compose(trimQuote(input.quote, room).text);
  };
  const listen = link ? `Listen: ${link}` : `Listen to the full episode of ${input.show}.`;
  return {
    x: short(LIMITS.x, SHORT_LINK, (q) => join([`\u201C${q}\u201D \u2014 ${input.speaker}`, `${input.episodeTitle}${link ? `\n${link}` : ''}`, tags])),
    mastodon: short(LIMITS.mastodon, SHORT_LINK, (q) => join([`\u201C${q}\u201D`, `\u2014 ${byline}`, `From ${input.show}: ${input.episodeTitle}`, listen, tags])),
    bluesky: short(LIMITS.bluesky, link.length, (q) => join([`\u201C${q}\u201D \u2014 ${input.speaker}`, link, tags])),
    linkedin: short(LIMITS.linkedin, link.length, (q) => join([`\u201C${q}\u201D`, `\u2014 ${byline}`, `From ${input.show}: \u201C${input.episodeTitle}\u201D`, listen, tags])),
    instagram: short(LIMITS.instagram, 0, (q) =>
      join([`\u201C${q}\u201D`, `\u2014 ${byline}`, `${input.episodeTitle}. Full episode of ${input.show}: link in bio.`, tags]),
    ),
  };
}

function join(parts: string[]): string {
  return parts.filter((p) => p.trim() !== '').join('\n\n');
}

/** "MAD podcast" → "#MADPodcast": hashtags cannot hold spaces or punctuation. */
export function hashtag(tag: string): string {
  const words = tag.replace(/^#/, '').split(/[^\p{L}\p{N}_]+/u).filter(Boolean);
  // One word keeps its spelling ("AI", "iPhone"); several become CamelCase, which screen readers can split.
  return `#${words.length <= 1 ? (words[0] ?? '') : words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('')}`;
}
