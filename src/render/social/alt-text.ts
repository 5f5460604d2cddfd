import { trimQuote } from '../cards/quote-text.js';

/** Most platforms cap alt text at 1,000 characters (X, Mastodon 1,500, Bluesky 2,000): keep to the smallest. */
export const ALT_TEXT_MAX = 1000;

/**
 * Alt text for a quote card: the full quote and who said it, as a screen
 * reader should read the image. A quote too long for the limit is trimmed
 * at a sentence or clause. The quote comes with its own quotation marks
 * already single (`nestQuotes`), as the card plan gives it.
 */
export function altText(input: { quote: string; speaker: string; role?: string | undefined; show: string }): string {
  const who = `\u2014 ${input.speaker}${input.role ? `, ${input.role}` : ''}. Quote card from ${input.show}.`;
  const room = ALT_TEXT_MAX - who.length - 3;
  return `\u201C${trimQuote(input.quote, room).text}\u201D ${who}`;
}
