import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ResolvedConfig } from '../config/schema.js';
import { episodeOptionsFor } from '../config/episode-options.js';

/** The edits file that belongs to a transcript: `seeds/ep.txt` → `seeds/ep.edits.yaml`. */
export function editsPathFor(input: string): string {
  return input.replace(/\.[^./\\]+$/, '') + '.edits.yaml';
}

/**
 * A hash of everything that decides one episode's output: its transcript
 * and edits file, the config minus other episodes' entries, the templates,
 * local fonts and images, and castwright's own version. Equal fingerprints
 * mean the previous output can be kept as it is.
 */
export async function episodeFingerprint(input: string, config: ResolvedConfig, shared: string): Promise<string> {
  const hash = createHash('sha256').update(shared);
  hash.update(await readFile(input));
  hash.update(await readOptional(editsPathFor(input)));
  const { episodes: _others, ...rest } = config;
  const episode = episodeOptionsFor(config, input);
  hash.update(stableJson({ ...rest, episode }));
  // An audio file gives the duration: its size and change time stand in for its (large) contents.
  if (episode.audio?.file) {
    const info = await stat(episode.audio.file).catch(() => undefined);
    hash.update(info ? `${info.size}:${info.mtimeMs}` : 'missing');
  }
  return hash.digest('hex');
}

/**
 * The part of the fingerprint shared by every episode, computed once per
 * build: version, the files of the given folders (code, templates), and the
 * local files the config names.
 */
export async function sharedFingerprint(
  config: ResolvedConfig,
  version: string,
  dirs: readonly string[],
): Promise<string> {
  const hash = createHash('sha256').update(`castwright@${version}\n`);
  for (const dir of dirs) for (const file of await listFiles(dir)) hash.update(file).update(await readFile(file));
  const local = [
    ...(config.brand.fonts.body ?? []),
    ...(config.brand.fonts.heading ?? []),
    config.brand.logo,
    ...[...config.people.hosts, ...config.people.guests].map((p) => p.img),
  ];
  for (const file of local) {
    if (!file || /^https?:/.test(file)) continue;
    hash.update(file).update(await readOptional(file));
  }
  return hash.digest('hex');
}

async function readOptional(file: string): Promise<Uint8Array> {
  try {
    return await readFile(file);
  } catch {
    return new Uint8Array();
  }
}

async function listFiles(dir: string): Promise<string[]> {
  try {
    if (!(await stat(dir)).isDirectory()) return [];
  } catch {
    return [];
  }
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

/** JSON with sorted keys, so equal configs hash equally whatever their key order. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}
