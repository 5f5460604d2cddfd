import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { renderShow, selectArtifacts } from '../build/build.js';
import { episodeOptionsFor } from '../config/episode-options.js';
import { loadConfig } from '../config/load.js';
import { CastwrightError, formatWarning } from '../errors.js';
import type { Episode } from '../model/episode.js';
import { Writer } from '../write/writer.js';
import { readManifest } from '../write/manifest.js';
import { reportFatal } from './build-command.js';
import { paint } from './log.js';

/**
 * `castwright feed`: assemble the show files (podcast feed, web feed, show
 * index) from the episodes already in the output folder — the last step
 * after sharded builds on several machines.
 */
export async function runFeed(flags: { config: string; out: string }): Promise<number> {
  try {
    const config = await loadConfig(flags.config);
    const episodes: { episode: Episode; options: ReturnType<typeof episodeOptionsFor> }[] = [];
    let entries: string[];
    try {
      entries = (await readdir(flags.out, { withFileTypes: true }))
        .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
        .map((e) => e.name)
        .sort();
    } catch {
      throw new CastwrightError('no output folder: run `castwright build` first', { file: flags.out });
    }
    for (const slug of entries) {
      let episode: Episode;
      try {
        episode = JSON.parse(await readFile(path.join(flags.out, slug, 'episode.json'), 'utf8')) as Episode;
      } catch {
        continue; // Not an episode folder (cards of the show, assets…).
      }
      if (episode.schema !== 'castwright.episode/1') continue;
      episodes.push({ episode, options: episodeOptionsFor(config, episode.source.path) });
    }
    if (episodes.length === 0)
      throw new CastwrightError('no episodes found (expected <slug>/episode.json folders)', { file: flags.out });
    // Input order is the order of the seeds folder: sort by source path.
    episodes.sort((a, b) => (a.episode.source.path < b.episode.source.path ? -1 : 1));
    const show = await renderShow(episodes, config, selectArtifacts({ config }));
    const writer = await Writer.open(flags.out, await readManifest(flags.out));
    for (const file of await writer.writeFiles(show.files))
      process.stdout.write(`${paint(process.stdout, 'dim', 'Wrote')} ${path.join(flags.out, file)}\n`);
    for (const w of show.warnings)
      process.stderr.write(`${paint(process.stderr, 'yellow', 'warning')} ${formatWarning(w)}\n`);
    process.stdout.write(`Wrote ${show.files.length} show files for ${episodes.length} episodes\n`);
    return 0;
  } catch (error) {
    return reportFatal(error);
  }
}
