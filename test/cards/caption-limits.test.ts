import { describe, expect, it } from 'vitest';
import type { Warning } from '../../src/errors.js';
import { captionLength, captions, LIMITS } from '../../src/render/social/captions.js';
import { social } from '../../src/render/social/index.js';
import type { EpisodeContext } from '../../src/render/types.js';
import { testConfig } from '../helpers/build.js';
import { fixtureEpisode } from '../render/golden.js';

const quote =
  'Machine learning is beautifully forgiving in some sense, in contrast to old software engineering, which would just yell at you when you made a mistake. And that changes how you build things.';
const wordy = {
  quote,
  speaker: 'Łukasz Kaiser',
  role: 'Research scientist at OpenAI, co-author of the Transformer paper, previously Google Brain and the CNRS in Paris, and a long-time contributor to TensorFlow',
  show: 'The Extremely Long-Named Podcast About Machine Learning, Data, Infrastructure and the People Who Build It, Recorded Weekly',
  episodeTitle:
    'Why AI Progress Is Not Slowing Down, What Reasoning Models Change, and Where the Next Decade of Research Will Take Us All',
  link: 'https://example.com/podcast/episodes/2025/why-ai-progress-is-not-slowing-down-what-reasoning-models-change/',
  hashtags: [
    'AI',
    'machine learning',
    'deep learning',
    'reasoning models',
    'transformers',
    'research',
    'OpenAI',
    'the extremely long named podcast',
  ],
};
const platforms = Object.keys(LIMITS) as (keyof typeof LIMITS)[];

describe('captions stay within each platform limit', () => {
  it('fits every platform when the show title, episode title, role and hashtags are long', () => {
    const c = captions(wordy);
    for (const p of platforms) expect(captionLength(p, c[p], wordy.link), p).toBeLessThanOrEqual(LIMITS[p]);
  });

  it('keeps the start of the quote word for word, cut with an ellipsis, rather than dropping it', () => {
    const c = captions(wordy);
    for (const p of platforms) {
      const shown = /\u201C([^\u201D]*)\u201D/.exec(c[p])![1]!;
      expect(shown.length, p).toBeGreaterThanOrEqual(60);
      expect(quote.startsWith(shown.replace(/\u2026$/, '')), p).toBe(true);
    }
  });

  it('drops hashtags before it drops the link', () => {
    const c = captions(wordy);
    expect(c.bluesky).not.toContain('#');
    expect(c.x).toContain(wordy.link);
  });
});

describe('captions keep the quote whole where they can', () => {
  const seedLike = {
    quote:
      'Machine learning is beautifully forgiving in some sense in contrast to old software engineering which would just yell at you when you made a mistake.',
    speaker: 'Łukasz Kaiser',
    show: 'The MAD Podcast with Matt Turck',
    episodeTitle: 'Łukasz Kaiser on Reasoning Models and Why AI Progress Is Not Slowing Down',
    link: 'https://mattturck.com/podcast/mad-podcast-lukasz-kaiser/show-notes.html',
    hashtags: ['AI', 'MAD Podcast'],
  };

  it('drops the hashtags on X rather than cut the quote, and keeps the title and link', () => {
    const x = captions(seedLike).x;
    expect(x).toContain(`\u201C${seedLike.quote}\u201D`);
    expect(x).toContain(seedLike.episodeTitle);
    expect(x).toContain(seedLike.link);
    expect(x).not.toContain('#');
    expect(captionLength('x', x, seedLike.link)).toBeLessThanOrEqual(LIMITS.x);
  });

  it('keeps the hashtags where the whole quote fits beside them', () => {
    expect(captions(seedLike).mastodon).toContain('#AI #MADPodcast');
  });

  it('shortens the quote rather than lose the link', () => {
    const long = { ...seedLike, quote: `${seedLike.quote} ${seedLike.quote}` };
    const x = captions(long).x;
    expect(x).toContain(long.link);
    expect(x).toMatch(/\u2026\u201D/);
  });
});

describe('social.md', () => {
  it('warns with the card and platform when a caption still does not fit', async () => {
    const episode = fixtureEpisode();
    const long = 'A'.repeat(600);
    const card = {
      quote: 0,
      speaker: 'Ann Host',
      alt: 'alt',
      images: [],
      captions: { x: long, linkedin: 'ok', instagram: 'ok', mastodon: long, bluesky: 'ok' },
    };
    const warnings: Warning[] = [];
    const ctx = {
      episode: { ...episode, cards: [card] },
      config: testConfig({ podcast: { title: 'Radio' } }),
      options: { type: 'full' },
      warn: (w: Warning) => warnings.push(w),
    } as unknown as EpisodeContext;
    const [file] = await social.render(ctx);
    expect(warnings.map((w) => w.message)).toEqual([
      expect.stringMatching(/^card 1 \(Ann Host\): the X caption is 600 of 280 characters/),
      expect.stringMatching(/^card 1 \(Ann Host\): the Mastodon caption is 600 of 500 characters/),
    ]);
    expect(warnings.every((w) => w.rule === 'social/caption-too-long')).toBe(true);
    expect(String(file!.contents)).toContain('### X (600 of 280 characters, too long)');
  });
});
