import { CastwrightError, type Warning } from '../errors.js';
import { artifactNames, showArtifacts } from '../render/registry.js';
import type { OutputFile } from '../render/types.js';
import { buildEpisode } from './episode.js';
import { episodeOptionsFor } from './episode-options.js';
import type { BuildOptions, BuildResult, EpisodeResult } from './types.js';

/**
 * Build episodes in memory: parse → segment → summarise → render. Returns
 * every file it would write; nothing touches the disk but reading inputs
 * (the writer writes). A failing episode is reported, not thrown, so the
 * others still build.
 */
export async function build(options: BuildOptions): Promise<BuildResult> {
  const selected = selectArtifacts(options);
  const slugs = new Set<string>();
  const episodes: EpisodeResult[] = [];
  for (const input of options.inputs) {
    const result = await buildEpisode(input, options.config, selected);
    // Two transcripts with one slug would overwrite each other: number the second.
    let slug = result.slug;
    for (let n = 2; slugs.has(slug); n++) slug = `${result.slug}-${n}`;
    slugs.add(slug);
    if (slug !== result.slug) {
      result.slug = slug;
      if (result.episode) result.episode.slug = slug;
    }
    episodes.push(result);
  }
  const warnings: Warning[] = [];
  const showFiles: OutputFile[] = [];
  const built = episodes.filter((e) => e.ok && e.episode).map((e) => ({ episode: e.episode!, options: episodeOptionsFor(options.config, e.input) }));
  for (const artifact of showArtifacts) {
    if (!selected.has(artifact.name) || built.length === 0) continue;
    showFiles.push(...(await artifact.render({ episodes: built, config: options.config, warn: (w) => warnings.push(w) })));
  }
  return { episodes, showFiles, warnings };
}

function selectArtifacts(options: BuildOptions): Set<string> {
  const names = options.only ?? options.config.outputs ?? artifactNames();
  const known = artifactNames();
  for (const name of names) {
    if (!known.includes(name)) {
      throw new CastwrightError(`unknown output "${name}": expected one of ${known.join(', ')}`, options.only ? {} : { file: 'pipeline.config.ts' });
    }
  }
  return new Set(names);
}

