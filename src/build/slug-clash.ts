import { CastwrightError } from '../errors.js';

/** One transcript that wants a slug, and the config key whose `slug` field would move it. */
export interface SlugClaim {
  input: string;
  configKey: string;
}

/**
 * The error for two transcripts that want one slug. Numbering the second
 * (`-2`) would hand it whatever the first had, or move the first: the folder,
 * the page URL and the feed item's guid (derived from the slug) of an episode
 * already published would change because another file appeared. So the build
 * stops and names both files and the field that settles it, pointing at the
 * newcomer when the other is already in the output folder's manifest.
 */
export function slugClashError(
  slug: string,
  first: SlugClaim,
  second: SlugClaim,
  published: ReadonlyMap<string, string>,
): CastwrightError {
  const firstPublished = published.get(first.input) === slug;
  const secondPublished = published.get(second.input) === slug;
  const [kept, moved] = secondPublished && !firstPublished ? [second, first] : [first, second];
  const why =
    published.get(kept.input) === slug
      ? `${kept.input} is already published as "${slug}", so its guid and URL stay`
      : `both would share one folder, URL and feed guid`;
  const fields =
    published.get(kept.input) === slug
      ? `episodes.${moved.configKey}.slug`
      : `episodes.${moved.configKey}.slug (or episodes.${kept.configKey}.slug)`;
  return new CastwrightError(
    `${moved.input} and ${kept.input} both want the slug "${slug}" (${why}): set ${fields} in the config to another name`,
    { file: moved.input },
  );
}
