import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

/** Where the incremental-build manifest lives; deleting it just forces a full build. */
export const CACHE_DIR = '.castwright-cache';
export const MANIFEST = 'manifest.json';

export interface ManifestEntry {
  fingerprint: string;
  slug: string;
  /** Files of the episode, relative to the output folder. */
  files: string[];
}

export interface Manifest {
  version: 1;
  /** Keyed by transcript path as given on the command line. */
  episodes: Record<string, ManifestEntry>;
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
