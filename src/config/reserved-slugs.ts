import { CastwrightError } from '../errors.js';

/**
 * Names the show's own files take at the top of `out/`: the show preview,
 * the podcast feed, the web feeds' folder and the build cache. An episode
 * folder of the same name would share it with them, and a build would
 * overwrite one with the other. Keep in step with the show artifacts in
 * `render/registry.ts` and `build/cache.ts`'s CACHE_DIR.
 */
export const RESERVED_SLUGS: readonly string[] = ['index.html', 'feed.xml', 'web-feed', '.castwright-cache'];

/**
 * The error for an episode whose slug is a reserved name: it names the
 * transcript and the config field that settles it, `episodes.<key>.slug`.
 */
export function reservedSlugError(input: string, slug: string, configKey: string): CastwrightError {
  return new CastwrightError(
    `the episode's folder name "${slug}" is taken by the show's own files in out/ (${RESERVED_SLUGS.join(', ')}): set episodes.${configKey}.slug in the config to another name`,
    { file: input },
  );
}
