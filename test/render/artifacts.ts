/** The artifacts these tests build (everything but the image cards, which are slow and tested elsewhere). */
export const PUBLISH_OUTPUTS = [
  'episode',
  'chapters',
  'show-notes',
  'chapter-files',
  'transcripts',
  'host-notes',
  'newsletter',
  'feed',
  'web-feed',
];

/** A complete show config: every publishing fact present. */
export const completeConfig = {
  podcast: {
    title: 'The MAD Podcast with Matt Turck',
    author: 'Matt Turck',
    description: 'Conversations with the builders of the data and AI stack.',
    siteUrl: 'https://example.com/podcast/',
    feedUrl: 'https://example.com/podcast/feed.xml',
    assetsUrl: 'https://cdn.example.com/mad/',
    artwork: 'https://example.com/art.jpg',
    categories: ['Technology', 'Business > Entrepreneurship'],
    owner: { name: 'Matt Turck', email: 'matt@example.com' },
    copyright: '© 2025 Matt Turck',
  },
  people: {
    hosts: [{ name: 'Matt Turck', aliases: ['Matt'] }],
    guests: [
      { name: 'Łukasz Kaiser', aliases: ['Lucas Kaiser', 'Luc', 'Lush', 'Lukasz'], href: 'https://example.com/lukasz' },
    ],
  },
  episodes: {
    'mad-podcast-lukasz-kaiser': {
      title: 'Łukasz Kaiser on Reasoning Models',
      date: '2025-11-27',
      number: 42,
      season: 2,
      audio: { url: 'https://cdn.example.com/mad/ep42.mp3', length: 68_160_000 },
    },
  },
  corrections: { 'Lucas Kaiser': 'Łukasz Kaiser', Luc: 'Łukasz', 'GPD 5.1': 'GPT-5.1', Chad: 'ChatGPT' },
};
