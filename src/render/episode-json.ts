import type { EpisodeArtifact } from './types.js';

/** `episode.json`: the machine-readable episode later stages and other tools read. */
export const episodeJson: EpisodeArtifact = {
  name: 'episode',
  description: 'episode.json: chapters, quotes, summary, speakers with source offsets',
  render: ({ episode }) => [{ path: 'episode.json', contents: `${JSON.stringify(episode, null, 2)}\n` }],
};
