import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Warning } from '../errors.js';

/*
 * The incremental-build manifest, `<out>/.castwright-cache/manifest.json`:
 * what the writer wrote for each episode and the show, and the fingerprint
 * of the inputs it was written from. The writer keeps it; the build reads
 * it to skip unchanged episodes.
 */

/** Where the manifest lives; deleting it just forces a full build. */
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

/** The output folder's manifest; an empty one when it is missing or damaged (everything rebuilds). */
export async function readManifest(outDir: string): Promise<Manifest> {
  try {
    const parsed = JSON.parse(await readFile(path.join(outDir, CACHE_DIR, MANIFEST), 'utf8')) as Manifest;
    if (parsed.version === 1 && parsed.episodes && typeof parsed.episodes === 'object') return parsed;
  } catch {
    // Missing or damaged: rebuild everything.
  }
  return { version: 1, episodes: {} };
}
