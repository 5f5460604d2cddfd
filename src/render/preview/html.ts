/** Text for HTML: every character that could open markup or end an attribute is escaped. */
export function esc(value: string | number): string {
  return String(value).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

/** A relative link to an output file: each path segment URL-encoded, slashes kept. */
export function href(relative: string): string {
  return relative.split('/').map(encodeURIComponent).join('/');
}

/** `12.3 kB`: a size people read at a glance. */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(1)} kB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

export function byteLength(contents: string | Uint8Array): number {
  return typeof contents === 'string' ? Buffer.byteLength(contents, 'utf8') : contents.byteLength;
}

/** Marks the end of `<head>`, where `castwright preview` injects its reload script when it serves a page. */
export const HEAD_END = '</head>';

/**
 * A whole preview page: static, offline (no fonts, scripts or styles from
 * the network) and with its CSS inline, so it opens from the disk as well
 * as from the preview server.
 */
export function page(options: { title: string; css: string; body: string; lang?: string }): string {
  return [
    '<!doctype html>',
    `<html lang="${esc(options.lang ?? 'en')}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="castwright">',
    // An empty icon: browsers otherwise ask for /favicon.ico, which is not part of the kit.
    '<link rel="icon" href="data:,">',
    `<title>${esc(options.title)}</title>`,
    `<style>${options.css}</style>`,
    HEAD_END,
    '<body>',
    options.body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
