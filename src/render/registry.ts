import { chaptersJson } from './chapters-json.js';
import { episodeJson } from './episode-json.js';
import { showNotes } from './show-notes/index.js';
import type { EpisodeArtifact, ShowArtifact } from './types.js';

/**
 * Every artifact castwright can produce, by name: `--only` and the config's
 * `outputs` pick from these. Episode artifacts land in `out/<slug>/`, show
 * artifacts in `out/`.
 */
export const episodeArtifacts: readonly EpisodeArtifact[] = [episodeJson, chaptersJson, showNotes];

export const showArtifacts: readonly ShowArtifact[] = [];

export function artifactNames(): string[] {
  return [...episodeArtifacts, ...showArtifacts].map((a) => a.name);
}
