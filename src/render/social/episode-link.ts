import type { ResolvedConfig } from '../../config/schema.js';

/**
 * The episode's page: `podcast.siteUrl` plus the slug as a folder
 * ("https://example.com/podcast/" + "ep-12/"). Undefined without a site URL.
 */
export function episodeLink(config: ResolvedConfig, slug: string): string | undefined {
  const site = config.podcast.siteUrl;
  if (!site) return undefined;
  return new URL(`${encodeURIComponent(slug)}/`, site.endsWith('/') ? site : `${site}/`).toString();
}
