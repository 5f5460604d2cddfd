import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Warning } from '../errors.js';

/** Where the incremental-build manifest lives; deleting it just forces a full build. */
export const CACHE_DIR = '.castwright-cache';
export const MANIFEST = 'manifest.json';

export interface ManifestEntry {
  fingerprint: string;
  slug: string;
  /** Files of the episode, relative to the output folder. */
  files: string[];
  /** The build's warnings, repeated when the episode is kept so they never silently vanish. */
  warnings?: Warning[];
}

export interface ShowEntry {
  fingerprint: string;
  files: string[];
  warnings: Warning[];
}

export interface Manifest {
  version: 1;
  /** Keyed by transcript path as given on the command line. */
  episodes: Record<string, ManifestEntry>;
  /** The show files (feed, index) and what they were made from. */
  show?: ShowEntry;
}

export async function readManifest(outDir: string): Promise<Manifest> {
  try {
    const parsed = JSON.parse(await readFile(path.join(outDir, CACHE_DIR, MANIFEST), 'utf8')) as Manifest;
    if (parsed.version === 1 && parsed.episodes && typeof parsed.episodes === 'object') return parsed;
  } catch {
    // Missing or damaged: rebuild everything.
  }
  return { version: 1, episodes: {} };
}

/** An entry is usable when its fingerprint matches and every file it lists is still there. */
export function isFresh(entry: ManifestEntry | undefined, fingerprint: string, slug: string, outDir: string): entry is ManifestEntry {
  return entry !== undefined && entry.fingerprint === fingerprint && entry.slug === slug && entry.files.every((f) => existsSync(path.join(outDir, f)));
}

/**
 * The show files depend on every episode and on the config: they are kept
 * when no episode changed and the same episodes, in the same order, make
 * up the show.
 */
export function showFingerprint(episodes: readonly { input: string; ok: boolean; fingerprint?: string }[], shared: string): string {
  const hash = createHash('sha256').update(shared);
  for (const e of episodes) hash.update(`${e.input}\0${e.ok}\0${e.fingerprint ?? ''}\n`);
  return hash.digest('hex');
}

export function isShowFresh(entry: ShowEntry | undefined, fingerprint: string, outDir: string): entry is ShowEntry {
  return entry !== undefined && entry.fingerprint === fingerprint && entry.files.every((f) => existsSync(path.join(outDir, f)));
}
