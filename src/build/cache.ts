import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { ManifestEntry, ShowEntry } from '../write/manifest.js';

/** An entry is usable when its fingerprint matches and every file it lists is still there. */
export function isFresh(
  entry: ManifestEntry | undefined,
  fingerprint: string,
  slug: string,
  outDir: string,
): entry is ManifestEntry {
  return (
    entry !== undefined &&
    entry.fingerprint === fingerprint &&
    entry.slug === slug &&
    entry.files.every((f) => existsSync(path.join(outDir, f)))
  );
}

/**
 * The show files depend on every episode and on the config: they are kept
 * when no episode changed and the same episodes, in the same order, make
 * up the show.
 */
export function showFingerprint(
  episodes: readonly { input: string; ok: boolean; fingerprint?: string }[],
  shared: string,
): string {
  const hash = createHash('sha256').update(shared);
  for (const e of episodes) hash.update(`${e.input}\0${e.ok}\0${e.fingerprint ?? ''}\n`);
  return hash.digest('hex');
}

export function isShowFresh(entry: ShowEntry | undefined, fingerprint: string, outDir: string): entry is ShowEntry {
  return (
    entry !== undefined &&
    entry.fingerprint === fingerprint &&
    entry.files.every((f) => existsSync(path.join(outDir, f)))
  );
}
