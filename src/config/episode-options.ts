import path from 'node:path';
import type { EpisodeOptions, ResolvedConfig } from './schema.js';
import { slugify } from '../text/slug.js';

/** The config's entry for a transcript: keyed by file name, with or without extension, or by slug. */
export function episodeOptionsFor(config: ResolvedConfig, input: string): EpisodeOptions {
  const base = path.basename(input);
  const stem = base.replace(/\.[^.]+$/, '');
  return config.episodes[base] ?? config.episodes[stem] ?? config.episodes[slugify(stem)] ?? { type: 'full' };
}

/** Seconds from a config duration (number or "h:mm:ss"). */
export function durationSeconds(value: number | string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'number') return value;
  return value.split(':').reduce((total, part) => total * 60 + Number(part), 0);
}

/** A readable title from a file name when the config gives none ("mad-podcast-ep-12" → "Mad Podcast Ep 12"). */
export function titleFromFile(input: string): string {
  const stem = path.basename(input).replace(/\.[^.]+$/, '');
  return stem
    .split(/[-_\s]+/)
    .filter(Boolean)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}
