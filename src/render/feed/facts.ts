import type { EpisodeOptions, ResolvedConfig } from '../../config/schema.js';
import type { Warning } from '../../errors.js';
import { episodeOptionsFor } from '../../config/episode-options.js';
import { httpUrl } from './urls.js';

const CONFIG_FILE = 'pipeline.config.ts';

/** The `episodes` key of the config entry an episode was built with, for messages. */
export function episodeKey(config: ResolvedConfig, sourcePath: string, options: EpisodeOptions): string {
  for (const [key, value] of Object.entries(config.episodes)) if (value === options) return key;
  return sourcePath
    .split(/[\\/]/)
    .at(-1)!
    .replace(/\.[^.]+$/, '');
}

/**
 * Every missing publishing fact for a build, from the config alone, so
 * `--strict` can refuse before anything is built or written.
 */
export function publishingProblems(config: ResolvedConfig, inputs: readonly string[]): Warning[] {
  const problems = missingShowFacts(config);
  for (const input of inputs) {
    const options = episodeOptionsFor(config, input);
    problems.push(...missingEpisodeFacts(episodeKey(config, input, options), options, options.date));
  }
  return problems;
}

/**
 * Publishing facts the feed needs but the transcript cannot give: each one
 * missing is a warning naming the config field to fill in (rule
 * `publish/…`); `castwright build --strict` turns these into errors.
 */
export function missingShowFacts(config: ResolvedConfig): Warning[] {
  const p = config.podcast;
  const missing: [string, string][] = [];
  if (!httpUrl(p.feedUrl)) missing.push(['podcast.feedUrl', 'needed for podcast:guid and atom:link']);
  if (!httpUrl(p.assetsUrl) && !httpUrl(p.siteUrl))
    missing.push([
      'podcast.siteUrl',
      'no show link, and chapter and transcript files cannot be linked (or set podcast.assetsUrl)',
    ]);
  if (!p.description) missing.push(['podcast.description', 'Apple requires a show description']);
  if (!httpUrl(p.artwork))
    missing.push(['podcast.artwork', 'Apple requires 1400–3000 px square artwork at an http(s) URL']);
  if (p.categories.length === 0) missing.push(['podcast.categories', 'Apple requires a category']);
  if (!p.owner) missing.push(['podcast.owner', 'Apple recommends an owner name and email']);
  return missing.map(([field, why]) => ({
    file: CONFIG_FILE,
    message: `${field} missing: ${why}`,
    rule: 'publish/missing-show-fact',
  }));
}

/** Missing per-episode facts: audio URL and size, publication date. `key` names the config entry. */
export function missingEpisodeFacts(key: string, options: EpisodeOptions, date: string | undefined): Warning[] {
  const missing: [string, string][] = [];
  if (!httpUrl(options.audio?.url))
    missing.push([`episodes.${key}.audio.url`, 'the item has no enclosure, so apps cannot play it']);
  else if (options.audio?.length === undefined)
    missing.push([`episodes.${key}.audio.length`, 'the enclosure length is written as 0']);
  if (!date) missing.push([`episodes.${key}.date`, 'the item has no pubDate']);
  return missing.map(([field, why]) => ({
    file: CONFIG_FILE,
    message: `${field} missing: ${why}`,
    rule: 'publish/missing-episode-fact',
  }));
}
