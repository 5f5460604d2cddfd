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
export const episodeArtifacts: readonly EpisodeArtifact[] = [
  social,
  episodeJson,
  chaptersJson,
  showNotes,
  chapterFiles,
  transcripts,
  hostNotes,
  newsletter,
  episodePreview,
];

/**
 * The quote cards: not an artifact like the others, since what they make
 * (`episode.cards`: files, alt text, captions) is part of the episode the
 * others render. `render/episode.ts` renders them first.
 */
export const CARDS = {
  name: 'cards',
  description: 'cards/*.png: quote cards for each platform preset, with alt text and captions in episode.json',
} as const;

export const showArtifacts: readonly ShowArtifact[] = [podcastFeed, webFeed, showPreview];

export function artifactNames(): string[] {
  // `preview` names both the episode page and the show page: list it once.
  return [...new Set([CARDS, ...episodeArtifacts, ...showArtifacts].map((a) => a.name))];
}
