import type { ResolvedConfig } from '../../config/schema.js';
import { episodePageUrl } from '../feed/urls.js';

/**
 * The episode's public page for captions: the same published show notes the
 * feed links (`<assetsUrl or siteUrl>/<slug>/show-notes.html`), so every
 * output sends listeners to one place. Undefined without a base URL.
 */
export function episodeLink(config: ResolvedConfig, slug: string): string | undefined {
  return episodePageUrl(config, slug);
}
