import { createHash } from 'node:crypto';
import path from 'node:path';
import { RESERVED_SLUGS, reservedSlugError } from '../config/reserved-slugs.js';
import type { ResolvedConfig } from '../config/schema.js';
import { CastwrightError } from '../errors.js';
import { episodeKey } from '../render/feed/facts.js';
import { slugify } from '../text/slug.js';
import { episodeOptionsFor } from '../config/episode-options.js';
import { slugClashError, type SlugClaim } from './slug-clash.js';

export interface PlannedEpisode {
  input: string;
  slug: string;
}

/**
 * Give every input its output folder name before anything builds, so
 * parallel workers never race for a slug: the config's `slug`, else the file
 * name's. Two transcripts that want one slug are an error naming both and the
 * config field that settles it. `published` (input → slug, from the output
 * folder's manifest, of transcripts that still exist) says which are already
 * out; their slugs stay taken even when not in this build. A slug the show's
 * own files use in `out/` (`web-feed`…) is an error too.
 */
export function planEpisodes(
  inputs: readonly string[],
  config: ResolvedConfig,
  published: ReadonlyMap<string, string> = new Map(),
): PlannedEpisode[] {
  const taken = new Map<string, SlugClaim>();
  // A published episode not in this build (`castwright build seeds/new.txt`) still holds its slug.
  const building = new Set(inputs.map((input) => path.resolve(input)));
  for (const [input, slug] of published)
    if (!building.has(path.resolve(input)))
      taken.set(slug, { input, configKey: episodeKey(config, input, episodeOptionsFor(config, input)) });
  return inputs.map((input) => {
    const options = episodeOptionsFor(config, input);
    const slug = options.slug ?? (slugify(path.basename(input).replace(/\.[^.]+$/, '')) || 'episode');
    const claim = { input, configKey: episodeKey(config, input, options) };
    if (RESERVED_SLUGS.includes(slug)) throw reservedSlugError(input, slug, claim.configKey);
    const other = taken.get(slug);
    if (other) throw slugClashError(slug, other, claim, published);
    taken.set(slug, claim);
    return { input, slug };
  });
}

/** Parse `--shard i/n` (1-based). */
export function parseShard(value: string): { index: number; count: number } {
  const m = /^(\d+)\/(\d+)$/.exec(value.trim());
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || index < 1 || index > count) {
    throw new CastwrightError(`invalid --shard "${value}": expected i/n with 1 <= i <= n, e.g. 2/4`);
  }
  return { index, count };
}

/**
 * Whether an episode belongs to shard i of n. Decided by a hash of the slug,
 * not by position, so adding an episode never moves the others between shards.
 */
export function inShard(slug: string, shard: { index: number; count: number }): boolean {
  const hash = createHash('sha256').update(slug).digest().readUInt32BE(0);
  return hash % shard.count === shard.index - 1;
}
