import type { ShowArtifact } from '../types.js';
import { episodeKey, missingEpisodeFacts, missingShowFacts } from './facts.js';
import { podcastRss } from './podcast-rss.js';
import { webFeeds } from './web-feed.js';

/**
 * `feed.xml`: the podcast RSS feed of every episode built. Missing
 * publishing facts are warnings naming the config field.
 */
export const podcastFeed: ShowArtifact = {
  name: 'feed',
  description: 'feed.xml: podcast RSS (Apple, Podcasting 2.0) for the whole show',
  render({ episodes, config, warn }) {
    for (const w of missingShowFacts(config)) warn(w);
    for (const e of episodes)
      for (const w of missingEpisodeFacts(
        episodeKey(config, e.episode.source.path, e.options),
        e.options,
        e.episode.date,
      ))
        warn(w);
    return [{ path: 'feed.xml', contents: podcastRss(episodes, config) }];
  },
};

/** The show's web feed of show-notes posts: RSS 2.0, Atom 1.0 and JSON Feed. */
export const webFeed: ShowArtifact = {
  name: 'web-feed',
  description: 'web-feed/: RSS, Atom and JSON Feed of the show-notes pages',
  render: ({ episodes, config, warn }) => webFeeds(episodes, config, warn),
};
