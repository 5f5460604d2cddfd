import { cards } from './cards/index.js';
import { chapterFiles, chaptersJson } from './chapter-formats/index.js';
import { episodeJson } from './episode-json.js';
import { podcastFeed, webFeed } from './feed/index.js';
import { hostNotes } from './host-notes/index.js';
import { newsletter } from './newsletter/index.js';
import { episodePreview, showPreview } from './preview/index.js';
import { showNotes } from './show-notes/index.js';
import { social } from './social/index.js';
import { transcripts } from './transcripts/index.js';
import type { EpisodeArtifact, ShowArtifact } from './types.js';

/**
 * Every artifact castwright can produce, by name: `--only` and the config's
 * `outputs` pick from these. Episode artifacts land in `out/<slug>/`, show
 * artifacts in `out/`.
 */
// cards and social come first: cards record their files, alt text and captions
// in episode.cards, which episode.json and social.md then include.
export const episodeArtifacts: readonly EpisodeArtifact[] = [cards, social, episodeJson, chaptersJson, showNotes, chapterFiles, transcripts, hostNotes, newsletter, episodePreview];

export const showArtifacts: readonly ShowArtifact[] = [podcastFeed, webFeed, showPreview];

export function artifactNames(): string[] {
  // `preview` names both the episode page and the show page: list it once.
  return [...new Set([...episodeArtifacts, ...showArtifacts].map((a) => a.name))];
}
