import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ResolvedConfig } from '../config/schema.js';
import { CastwrightError, type Warning } from '../errors.js';
import type { Episode } from '../model/episode.js';
import { BUILTIN_TEMPLATE_DIR, CODE_DIR } from '../paths.js';
import { artifactNames, showArtifacts } from '../render/registry.js';
import type { OutputFile } from '../render/types.js';
import { isFresh } from './cache.js';
import { readManifest } from '../write/manifest.js';
import { episodeOptionsFor } from '../config/episode-options.js';
import { episodeFingerprint, sharedFingerprint } from './fingerprint.js';
import { inShard, planEpisodes } from './plan.js';
import { runEpisodes } from './pool.js';
import type { BuildOptions, BuildResult, EpisodeResult } from './types.js';

/**
 * Build a catalogue in memory: every episode (parse → segment → summarise →
 * render), then the show files. Returns everything it would write; the
 * writer writes. A failing episode is reported, not thrown.
 */
export async function build(options: BuildOptions): Promise<BuildResult> {
  const episodes: EpisodeResult[] = [];
  for await (const result of buildEpisodes(options)) episodes.push(result);
  const order = new Map(options.inputs.map((input, i) => [input, i]));
  episodes.sort((a, b) => order.get(a.input)! - order.get(b.input)!);
  const show = options.shard ? { files: [], warnings: [] } : await buildShow(episodes, options);
  return { episodes, showFiles: show.files, warnings: show.warnings };
}

/**
 * Build episodes, yielding each as it finishes so the caller can write it
 * and let it go (a catalogue never sits in memory whole). With a cache,
 * unchanged episodes are yielded as `cached` with the episode read back from
 * their `episode.json`.
 */
export async function* buildEpisodes(options: BuildOptions): AsyncGenerator<EpisodeResult> {
  const selected = selectArtifacts(options);
  let planned = planEpisodes(options.inputs, options.config);
  if (options.shard) planned = planned.filter((p) => inShard(p.slug, options.shard!));

  const fingerprints = new Map<string, string>();
  if (options.cache) {
    const shared = await buildFingerprint(options);
    const manifest = await readManifest(options.cache.outDir);
    const stale = [];
    for (const p of planned) {
      let fingerprint: string;
      try {
        fingerprint = await episodeFingerprint(p.input, options.config, `${shared}\n${[...selected].sort().join(',')}`);
      } catch {
        stale.push(p); // Unreadable input: let the build report it properly.
        continue;
      }
      fingerprints.set(p.input, fingerprint);
      const entry = manifest.episodes[p.input];
      const cached =
        !options.cache.force && isFresh(entry, fingerprint, p.slug, options.cache.outDir)
          ? await readEpisode(options.cache.outDir, p.slug)
          : undefined;
      if (cached)
        yield {
          input: p.input,
          slug: p.slug,
          ok: true,
          cached: true,
          episode: cached,
          files: [],
          warnings: entry?.warnings ?? [],
          timings: {},
          fingerprint,
        };
      else stale.push(p);
    }
    planned = stale;
  }
  options.onPlanned?.(planned.map((p) => p.input));
  for await (const result of runEpisodes(
    planned,
    options.config,
    selected,
    options.workers === undefined ? {} : { workers: options.workers },
  )) {
    const fingerprint = fingerprints.get(result.input);
    yield fingerprint === undefined ? result : { ...result, fingerprint };
  }
}

/** One build's fingerprint, by its options: the episodes' cache and the show's key both ask for it. */
const fingerprints = new WeakMap<BuildOptions, Promise<string>>();

/**
 * What every episode's and the show's output depend on alike: castwright's
 * code and version, templates, local files. Read and hashed once per build
 * (per options object): the code alone is some 2.5 MB.
 */
export function buildFingerprint(options: BuildOptions): Promise<string> {
  let fingerprint = fingerprints.get(options);
  if (!fingerprint) {
    const dirs = [CODE_DIR, BUILTIN_TEMPLATE_DIR, ...(options.config.templates ? [options.config.templates] : [])];
    fingerprint = sharedFingerprint(options.config, options.version ?? '0', dirs);
    fingerprints.set(options, fingerprint);
  }
  return fingerprint;
}

/** The show files (feed, index) from every built or cached episode, in input order. */
export async function buildShow(
  episodes: readonly EpisodeResult[],
  options: Pick<BuildOptions, 'config' | 'only'>,
): Promise<{ files: OutputFile[]; warnings: Warning[] }> {
  const selected = selectArtifacts(options);
  const built = episodes
    .filter((e) => e.ok && e.episode)
    .map((e) => ({ episode: e.episode!, options: episodeOptionsFor(options.config, e.input) }));
  return renderShow(built, options.config, selected);
}

/** Show files from episodes already on disk: `castwright feed` after sharded builds. */
export async function renderShow(
  episodes: readonly { episode: Episode; options: ReturnType<typeof episodeOptionsFor> }[],
  config: ResolvedConfig,
  selected: ReadonlySet<string>,
): Promise<{ files: OutputFile[]; warnings: Warning[] }> {
  const warnings: Warning[] = [];
  const files: OutputFile[] = [];
  if (episodes.length === 0) return { files, warnings };
  // The show preview goes last so it can link the other show files (feed…) and list their warnings.
  for (const artifact of [...showArtifacts].sort(
    (a, b) => Number(a.name === 'preview') - Number(b.name === 'preview'),
  )) {
    if (!selected.has(artifact.name)) continue;
    files.push(...(await artifact.render({ episodes, config, warn: (w) => warnings.push(w), files, warnings })));
  }
  return { files, warnings };
}

export function selectArtifacts(options: Pick<BuildOptions, 'config' | 'only'>): Set<string> {
  const names = options.only ?? options.config.outputs ?? artifactNames();
  const known = artifactNames();
  for (const name of names) {
    if (!known.includes(name)) {
      throw new CastwrightError(
        `unknown output "${name}": expected one of ${known.join(', ')}`,
        options.only ? {} : { file: 'pipeline.config.ts' },
      );
    }
  }
  return new Set(names);
}

async function readEpisode(outDir: string, slug: string): Promise<Episode | undefined> {
  try {
    return JSON.parse(await readFile(path.join(outDir, slug, 'episode.json'), 'utf8')) as Episode;
  } catch {
    return undefined;
  }
}
