import type { ResolvedConfig } from '../../config/schema.js';

/** An absolute http(s) URL, or undefined: `javascript:` and other schemes never reach a link. */
export function httpUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** The base URL of the published `out/` folder: `podcast.assetsUrl`, else `podcast.siteUrl`. */
export function assetsBase(config: ResolvedConfig): string | undefined {
  const base = httpUrl(config.podcast.assetsUrl) ?? httpUrl(config.podcast.siteUrl);
  return base && (base.endsWith('/') ? base : `${base}/`);
}

/**
 * The public URL of a file castwright writes for an episode
 * (`<assetsUrl>/<slug>/<file>`), or undefined when no base URL is configured.
 */
export function episodeAssetUrl(config: ResolvedConfig, slug: string, file: string): string | undefined {
  const base = assetsBase(config);
  if (!base) return undefined;
  const segments = `${slug}/${file}`.split('/').map(encodeURIComponent).join('/');
  return new URL(segments, base).href;
}

/** The episode's full show notes page: the published `show-notes.html`. */
export function episodePageUrl(config: ResolvedConfig, slug: string): string | undefined {
  return episodeAssetUrl(config, slug, 'show-notes.html');
}
