import type { Span, SpeakerRole, Timing } from './transcript.js';

/** Where a piece of generated content came from in the transcript. */
export type Source = Span;

export interface Chapter {
  title: string;
  startTime: number;
  endTime: number;
  /** One sentence from the chapter that sums it up (fillers removed, corrections applied); empty for an opening or an outro of housekeeping alone. */
  summary: string;
  source: Source;
  kind: 'cold-open' | 'introduction' | 'topic' | 'outro';
  /** False until a person marks the chapter reviewed in the edits file. */
  reviewed: boolean;
  /** Only with a language model configured: where the sentences the model's summary cites are, and when they start. */
  summarySource?: Source;
  summaryTime?: number;
  /** Only with a language model configured: who wrote the title and the summary. */
  origin?: { title: Origin; summary: Origin };
}

/** Who wrote a generated item: the language model, the extractive pipeline, or the producer's edits file. */
export type Origin = 'model' | 'extracted' | 'edited';

/**
 * How many of the best quotes the notes print (show notes, and at most this
 * many in the host notes and newsletter); the rest feed soundbites and the
 * preview. Takeaways and chapter summaries avoid repeating these.
 */
export const QUOTES_IN_NOTES = 3;

export interface Quote {
  /** The spoken words in order, fillers and stutters dropped; nothing added or changed. */
  text: string;
  /** `text` with the source's punctuation and the corrections glossary, for people. */
  display: string;
  speaker: string;
  speakerId: string;
  role: SpeakerRole;
  startTime: number;
  endTime: number;
  source: Source;
  /** Ranking score; higher is better. */
  score: number;
}

export interface Takeaway {
  text: string;
  speaker: string;
  startTime: number;
  source: Source;
  /** Only with a language model configured: who wrote it. */
  origin?: Origin;
}

export interface Mention {
  name: string;
  kind: 'person' | 'organisation' | 'term';
  count: number;
}

export interface EpisodeSpeaker {
  id: string;
  name: string;
  role: SpeakerRole;
  words: number;
  /** True when turns were attributed to this speaker by inference, not by label. */
  inferred: boolean;
}

/** `episode.json`: the machine-readable episode, schema `castwright.episode/1`. */
export interface Episode {
  schema: 'castwright.episode/1';
  slug: string;
  title: string;
  number?: number;
  season?: number;
  date?: string;
  source: { path: string; format: string; sha256: string };
  duration: number;
  timing: Timing;
  speakers: EpisodeSpeaker[];
  coldOpen?: { startTime: number; endTime: number; source: Source };
  chapters: Chapter[];
  quotes: Quote[];
  summary: string;
  summarySources: Source[];
  /** Only with a language model configured: who wrote the summary. */
  summaryOrigin?: Origin;
  takeaways: Takeaway[];
  keywords: string[];
  mentions: Mention[];
  /** Quote cards with their alt text and caption drafts, when the `cards` output ran. */
  cards?: EpisodeCard[];
}

/** One quote made into cards (one PNG per preset), ready to post. */
export interface EpisodeCard {
  /** Index into `quotes`. */
  quote: number;
  speaker: string;
  /** The full quote and speaker, at most 1,000 characters. */
  alt: string;
  images: { preset: string; path: string; width: number; height: number; fontSize: number; text: string }[];
  /** Caption drafts per platform, each within its length limit. */
  captions: { x: string; linkedin: string; instagram: string; mastodon: string; bluesky: string };
}
