import { createHash } from 'node:crypto';
import path from 'node:path';
import { RESERVED_SLUGS, reservedSlugError } from '../config/reserved-slugs.js';
import type { ResolvedConfig } from '../config/schema.js';
import { CastwrightError } from '../errors.js';
import { episodeKey } from '../render/feed/facts.js';
import { slugify } from '../text/slug.js';
import { episodeOptionsFor } from '../config/episode-options.js';

export interface PlannedEpisode {
  input: string;
  slug: string;
}

/**
 * Give every input its output folder name before anything builds, so
 * parallel workers never race for a slug: the config's `slug`, else the file
 * name's; a second transcript with the same slug gets `-2`. A slug the
 * show's own files use in `out/` (`web-feed`…) is an error naming the
 * config field that settles it.
 */
export function planEpisodes(inputs: readonly string[], config: ResolvedConfig): PlannedEpisode[] {
  const taken = new Set<string>();
  return inputs.map((input) => {
    const options = episodeOptionsFor(config, input);
    const base = options.slug ?? (slugify(path.basename(input).replace(/\.[^.]+$/, '')) || 'episode');
    if (RESERVED_SLUGS.includes(base)) throw reservedSlugError(input, base, episodeKey(config, input, options));
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    taken.add(slug);
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
