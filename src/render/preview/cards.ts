import type { Episode } from '../../model/episode.js';
import { inQuotationMarks } from '../../text/punctuation.js';
import type { OutputFile } from '../types.js';

export interface PreviewCard {
  /** Index into `episode.quotes` when known. */
  quote?: number;
  alt: string;
  images: { preset: string; path: string; width?: number; height?: number }[];
}

/**
 * The episode's cards, one set per quote: from `episode.cards` when the
 * cards artifact recorded them, else from the card PNGs the build produced
 * (`cards/quote-N-<preset>.png`, sizes read from the PNG header), so the
 * preview works whichever way the cards were made. Paths are relative to
 * the episode folder.
 */
export function previewCards(episode: Episode, files: readonly OutputFile[], slug: string): PreviewCard[] {
  if (episode.cards && episode.cards.length > 0) {
    return episode.cards
      .filter((c) => c.images.length > 0)
      .map((c) => ({
        quote: c.quote,
        alt: c.alt,
        images: c.images.map((i) => ({ preset: i.preset, path: i.path, width: i.width, height: i.height })),
      }));
  }
  const sets = new Map<string, PreviewCard>();
  for (const file of files) {
    const relative = file.path.startsWith(`${slug}/`) ? file.path.slice(slug.length + 1) : file.path;
    if (!/^cards\/.+\.(?:png|jpe?g|webp|svg)$/i.test(relative)) continue;
    const m = /^cards\/(.*?)(?:-(square|portrait|story|landscape))?\.[a-z]+$/i.exec(relative)!;
    const key = m[1]!;
    const number = /^quote-(\d+)$/.exec(key);
    const size = typeof file.contents === 'string' ? undefined : pngSize(file.contents);
    let set = sets.get(key);
    if (!set) {
      const quote = number ? Number(number[1]) - 1 : undefined;
      const q = quote === undefined ? undefined : episode.quotes[quote];
      set = {
        ...(quote === undefined ? {} : { quote }),
        alt: q ? `${inQuotationMarks(q.display)} — ${q.speaker}` : `Card ${key}`,
        images: [],
      };
      sets.set(key, set);
    }
    set.images.push({ preset: m[2] ?? key, path: relative, ...(size ?? {}) });
  }
  return [...sets.values()];
}

/** Width and height from a PNG's IHDR chunk; undefined for anything else. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
