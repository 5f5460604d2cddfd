import { defineConfig } from 'castwright';

// The show, its people and its episodes. Every field is documented in the
// README ("Configuration"); only podcast.title is required.
export default defineConfig({
  podcast: {
    title: 'The MAD Podcast with Matt Turck',
    author: 'Matt Turck',
    description:
      'Conversations with the builders of the data and AI stack: founders, researchers and engineers on what is changing in machine learning, AI and data infrastructure.',
    siteUrl: 'https://mattturck.com/podcast/',
    feedUrl: 'https://mattturck.com/podcast/feed.xml',
    language: 'en',
    categories: ['Technology', 'Business'],
    explicit: false,
    hashtags: ['AI', 'MADPodcast'],
  },
  people: {
    hosts: [{ name: 'Matt Turck', aliases: ['Matt'], title: 'Host, The MAD Podcast' }],
    guests: [
      {
        name: 'Łukasz Kaiser',
        aliases: ['Lucas Kaiser', 'Luc', 'Lush', 'Lukasz'],
        title: 'Research scientist, OpenAI; co-author of the Transformer paper',
      },
    ],
  },
  episodes: {
    'mad-podcast-lukasz-kaiser': {
      title: 'Łukasz Kaiser on Reasoning Models and Why AI Progress Is Not Slowing Down',
      date: '2025-11-27',
      duration: '1:11:00',
    },
  },
  corrections: {
    'Matt podcast': 'MAD Podcast',
    'Lucas Kaiser': 'Łukasz Kaiser',
    Luc: 'Łukasz',
    Lush: 'Łukasz',
    'GPD 5.1': 'GPT-5.1',
    'GBD 5.1': 'GPT-5.1',
    GVD51: 'GPT-5.1',
    'GPD 5': 'GPT-5',
    'GPT 5.1': 'GPT-5.1',
    GPD: 'GPT',
    GBD: 'GPT',
    'Yan Khan': 'Yann LeCun',
    'Ilia Discover': 'Ilya Sutskever',
    codeex: 'Codex',
    entropic: 'Anthropic',
    Chad: 'ChatGPT',
    GPT4: 'GPT-4',
    GPD4: 'GPT-4',
    GPT5: 'GPT-5',
    multimodel: 'multimodal',
  },
});
