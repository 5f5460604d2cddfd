import type { PersonOptions } from '../../config/schema.js';
import { lineColumn, type Warning } from '../../errors.js';
import type { Quote } from '../../model/episode.js';
import { nestQuotes } from '../../text/punctuation.js';
import type { EpisodeContext } from '../types.js';
import { altText } from '../social/alt-text.js';
import { captions, type Captions } from '../social/captions.js';
import { episodeLink } from '../social/episode-link.js';
import { curlyQuotes, hasWords, quoteLabel, stripEmoji } from './quote-text.js';

/** Longer than this, a quote is not something a card can carry whole: say so. */
const LONG_QUOTE = 600;

/** One quote chosen for cards, with everything but the pixels. */
export interface PlannedCard {
  /** 1-based number used in file names (`quote-1-square.png`). */
  number: number;
  /** Index into `episode.quotes`. */
  quoteIndex: number;
  quote: Quote;
  /** The quote as the card shows it: typographic quotes, emoji kept, untrimmed. */
  text: string;
  speaker: string;
  /** The speaker's role line from config (`title`), else "Host"/"Guest". */
  role: string | undefined;
  /** Local portrait file from config (`img`), if any. */
  photo: string | undefined;
  alt: string;
  captions: Captions;
}

/**
 * Pick the best `cards.count` quotes by score and prepare their text, alt
 * text and captions. A quote with nothing a font can draw (emoji only) is
 * skipped with a warning at its place in the transcript; the next best takes
 * its slot.
 */
export function planCards(ctx: EpisodeContext): PlannedCard[] {
  const { episode, config } = ctx;
  const people = [...config.people.hosts, ...(ctx.options.guests ?? config.people.guests)];
  const link = episodeLink(config, episode.slug);
  const ranked = episode.quotes
    .map((quote, quoteIndex) => ({ quote, quoteIndex }))
    .sort((a, b) => b.quote.score - a.quote.score || a.quoteIndex - b.quoteIndex);
  const planned: PlannedCard[] = [];
  for (const { quote, quoteIndex } of ranked) {
    if (planned.length >= config.cards.count) break;
    const at = quoteWarning(ctx, quote);
    const { text: plain } = stripEmoji(quote.display);
    if (!hasWords(plain)) {
      ctx.warn({
        ...at,
        message: `quote ${quoteLabel(quote.display)} has no words to show (emoji or symbols only): no card made for it`,
        rule: 'cards/no-text',
      });
      continue;
    }
    if (plain.length > LONG_QUOTE) {
      ctx.warn({
        ...at,
        message: `quote ${quoteLabel(plain)} is ${plain.length} characters: the cards show it trimmed at a sentence or clause; the alt text keeps ${plain.length > 900 ? 'as much as fits' : 'all of it'}`,
        rule: 'cards/long-quote',
      });
    }
    const person = findPerson(people, quote.speaker);
    const role = person?.title ?? (quote.role === 'host' ? 'Host' : quote.role === 'guest' ? 'Guest' : undefined);
    // The card draws emoji (emoji.ts); alt text and captions keep to the words. All three print the quote in “…”,
    // so its own quotation marks become single ones.
    const text = curlyQuotes(nestQuotes(quote.display.replace(/\s+/g, ' ').trim()));
    const facts = { quote: curlyQuotes(nestQuotes(plain)), speaker: quote.speaker, role, show: config.podcast.title };
    planned.push({
      number: planned.length + 1,
      quoteIndex,
      quote,
      text,
      speaker: quote.speaker,
      role,
      photo: person?.img && !/^https?:/i.test(person.img) ? person.img : undefined,
      alt: altText(facts),
      captions: captions({ ...facts, episodeTitle: episode.title, link, hashtags: config.podcast.hashtags }),
    });
  }
  return planned;
}

function findPerson(people: readonly PersonOptions[], name: string): PersonOptions | undefined {
  const wanted = name.toLowerCase();
  return people.find((p) => p.name.toLowerCase() === wanted || p.aliases.some((a) => a.toLowerCase() === wanted));
}

/** Where a quote sits in the transcript, for warnings (`seeds/ep.txt:120:5`). */
export function quoteWarning(ctx: EpisodeContext, quote: Quote): Pick<Warning, 'file' | 'line' | 'column'> {
  return { file: ctx.episode.source.path, ...lineColumn(ctx.transcript.text, quote.source.start) };
}
