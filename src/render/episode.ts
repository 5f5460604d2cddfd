import type { Warning } from '../errors.js';
import type { Episode } from '../model/episode.js';
import { renderCards } from './cards/index.js';
import { CARDS, episodeArtifacts } from './registry.js';
import { renderArtifacts } from './run-artifacts.js';
import type { EpisodeContext, OutputFile } from './types.js';

/** A rendered episode: the episode as its files show it (with its cards), the files, the warnings of rendering. */
export interface RenderedEpisode {
  episode: Episode;
  /** Paths prefixed with the episode's folder: the cards first, then the artifacts in registry order. */
  files: OutputFile[];
  warnings: Warning[];
  /** Milliseconds per artifact (`render:<name>`). */
  timings: Record<string, number>;
}

/**
 * The render stage: the selected artifacts of one episode. The cards come
 * first; their records (files, alt text, captions) go on the episode, which
 * the other artifacts then render, so episode.json, social.md, the notes
 * and the newsletter show the cards that were made.
 */
export async function renderEpisode(
  ctx: EpisodeContext,
  selected: ReadonlySet<string>,
  folder: string,
): Promise<RenderedEpisode> {
  let episode = ctx.episode;
  const cardFiles: OutputFile[] = [];
  const cardWarnings: Warning[] = [];
  const timings: Record<string, number> = {};
  if (selected.has(CARDS.name)) {
    const started = performance.now();
    const cards = await renderCards({ ...ctx, warn: (w) => cardWarnings.push(w) });
    timings[`render:${CARDS.name}`] = Math.round((performance.now() - started) * 100) / 100;
    cardFiles.push(...cards.files.map((f) => ({ path: `${folder}/${f.path}`, contents: f.contents })));
    episode = { ...episode, cards: cards.records };
  }
  const artifacts = episodeArtifacts.filter((a) => selected.has(a.name));
  const rest = await renderArtifacts(
    artifacts,
    {
      ...ctx,
      episode,
      files: [...(ctx.files ?? []), ...cardFiles],
      warnings: [...(ctx.warnings ?? []), ...cardWarnings],
    },
    folder,
  );
  return {
    episode,
    files: [...cardFiles, ...rest.files],
    warnings: [...cardWarnings, ...rest.warnings],
    timings: { ...timings, ...rest.timings },
  };
}
