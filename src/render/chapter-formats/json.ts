import type { EpisodeArtifact } from '../types.js';

/** Podcasting 2.0 JSON chapters (version 1.2.0), for `<podcast:chapters>`. */
export const chaptersJson: EpisodeArtifact = {
  name: 'chapters',
  description: 'chapters.json: Podcasting 2.0 JSON chapters',
  render: ({ episode }) => {
    const chapters = episode.chapters.map((c) => ({ startTime: c.startTime, endTime: c.endTime, title: c.title }));
    return [{ path: 'chapters.json', contents: `${JSON.stringify({ version: '1.2.0', chapters }, null, 2)}\n` }];
  },
};
