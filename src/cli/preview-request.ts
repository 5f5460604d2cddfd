import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { CACHE_DIR } from '../write/manifest.js';

/** The only methods the preview server answers; anything else is a 405 with this list in `Allow`. */
export const ALLOWED_METHODS = 'GET, HEAD';

/** Whether the server answers this method (static files: read-only). */
export function isAllowedMethod(method: string | undefined): boolean {
  return method === 'GET' || method === 'HEAD';
}

/**
 * Whether a request's `Host` header names the address the server listens on.
 * A page on another site can point its own domain at 127.0.0.1 (DNS
 * rebinding) and then read the preview with the browser's help; its requests
 * still carry that domain in `Host`, so anything but a loopback name with our
 * port is refused.
 */
export function isLocalHost(host: string | undefined, port: number): boolean {
  if (!host) return false;
  const wanted = [`localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`];
  return wanted.includes(host.toLowerCase());
}

/** What a request path resolves to inside the output folder. */
export type Resolved =
  | { kind: 'file'; file: string }
  /** A folder asked for without its trailing slash: `location` is a same-origin path. */
  | { kind: 'redirect'; location: string }
  | { kind: 'missing' };

/**
 * Resolve a URL path (still percent-encoded) to a regular file under `root`.
 * Folders are served by their `index.html`. The real path (links followed)
 * must lie inside the real output folder, so a symbolic link in `out/` cannot
 * reach the rest of the disk; the build cache is never served.
 */
export async function resolveRequest(root: string, pathname: string): Promise<Resolved> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { kind: 'missing' };
  }
  if (decoded.includes('\0')) return { kind: 'missing' };
  const realRoot = await realpath(root).catch(() => undefined);
  if (!realRoot) return { kind: 'missing' };
  const asked = path.resolve(realRoot, `.${decoded}`);
  if (!inside(realRoot, asked) || isCache(realRoot, asked)) return { kind: 'missing' };
  // Links are followed before anything is said about the path, so even a redirect never reveals
  // whether a folder exists outside the output folder.
  let real = await realInside(realRoot, asked);
  if (!real) return { kind: 'missing' };
  const info = await stat(real).catch(() => undefined);
  if (info?.isDirectory()) {
    // The redirect is built from the resolved folder, never from the request: a path such as
    // `//evil.example/..` would otherwise become a Location pointing at another site.
    if (!decoded.endsWith('/')) return { kind: 'redirect', location: `${urlPath(path.relative(realRoot, asked))}/` };
    real = await realInside(realRoot, path.join(real, 'index.html'));
    if (!real) return { kind: 'missing' };
  }
  const realInfo = await stat(real).catch(() => undefined);
  return realInfo?.isFile() ? { kind: 'file', file: real } : { kind: 'missing' };
}

/** The real path of `file` when it lies inside the (real) output folder and outside its cache. */
async function realInside(realRoot: string, file: string): Promise<string | undefined> {
  const real = await realpath(file).catch(() => undefined);
  return real && inside(realRoot, real) && !isCache(realRoot, real) ? real : undefined;
}

function isCache(realRoot: string, file: string): boolean {
  return path.relative(realRoot, file).split(path.sep)[0] === CACHE_DIR;
}

function inside(root: string, file: string): boolean {
  return file === root || file.startsWith(root + path.sep);
}

/** A folder path relative to the root as a URL path that starts with exactly one `/`. */
function urlPath(relative: string): string {
  if (relative === '') return '';
  return `/${relative.split(path.sep).map(encodeURIComponent).join('/')}`;
}
