import type { Episode } from '../../model/episode.js';

/** What this module reads of `episode.cards` (written by the cards artifact, which runs first). */
interface CardRecord {
  quote: number;
  alt?: string;
  images?: { preset?: string; path?: string }[];
}

/** A quote's square card: path relative to the episode folder, and its alt text. */
export interface QuoteCard {
  quote: number;
  path: string;
  alt?: string;
}

/**
 * The square quote cards the episode records (`cards/quote-1-square.png`…),
 * in card order. Cards are another artifact's output: when `episode.cards`
 * is absent (cards not built) there are none, and nothing links an image
 * that may not exist.
 */
export function squareCards(episode: Episode): QuoteCard[] {
  const listed = (episode as { cards?: unknown }).cards;
  if (!Array.isArray(listed)) return [];
  const out: QuoteCard[] = [];
  for (const record of listed as CardRecord[]) {
    if (!record || typeof record.quote !== 'number' || !Array.isArray(record.images)) continue;
    const square = record.images.find(
      (i) => i?.preset === 'square' && typeof i.path === 'string' && /^cards\/[\w.-]+\.png$/.test(i.path),
    );
    if (square)
      out.push({
        quote: record.quote,
        path: square.path!,
        ...(typeof record.alt === 'string' ? { alt: record.alt } : {}),
      });
  }
  return out;
}
