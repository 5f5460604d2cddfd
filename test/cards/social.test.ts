import { describe, expect, it } from 'vitest';
import { altText } from '../../src/render/social/alt-text.js';
import { captions, hashtag } from '../../src/render/social/captions.js';

const input = {
  quote:
    'Machine learning is beautifully forgiving in some sense, in contrast to old software engineering, which would just yell at you when you made a mistake.',
  speaker: 'Łukasz Kaiser',
  role: 'Research scientist, OpenAI',
  show: 'The Test Show',
  episodeTitle: 'Why AI Progress Is Not Slowing Down',
  link: 'https://example.com/podcast/ep-1/',
  hashtags: ['AI', 'test show'],
};

/** X and Mastodon count any link as 23 characters. */
const shortLinked = (text: string) => [...text.replace(input.link, 'x'.repeat(23))].length;

describe('captions', () => {
  it('writes one draft per platform with the link and hashtags, within each limit', () => {
    const c = captions(input);
    expect(shortLinked(c.x)).toBeLessThanOrEqual(280);
    expect(shortLinked(c.mastodon)).toBeLessThanOrEqual(500);
    expect([...c.bluesky].length).toBeLessThanOrEqual(300);
    for (const text of [c.x, c.mastodon, c.bluesky, c.linkedin]) expect(text).toContain(input.link);
    // Instagram captions cannot link: they point to the bio.
    expect(c.instagram).not.toContain(input.link);
    expect(c.instagram).toContain('link in bio');
    for (const text of Object.values(c)) expect(text).toContain('#AI #TestShow');
    expect(c.linkedin).toContain('Research scientist, OpenAI');
  });

  it('shortens the quote, not the link, when a caption runs long', () => {
    const long = { ...input, quote: `${input.quote} `.repeat(6).trim() };
    const c = captions(long);
    expect(shortLinked(c.x)).toBeLessThanOrEqual(280);
    expect(c.x).toContain(input.link);
    expect(c.x).toContain('\u2026');
  });

  it('turns tags with spaces into hashtags', () => {
    expect(hashtag('machine learning')).toBe('#MachineLearning');
    expect(hashtag('#AI')).toBe('#AI');
  });
});

describe('alt text', () => {
  it('holds the full quote and the speaker', () => {
    const alt = altText(input);
    expect(alt).toContain(input.quote);
    expect(alt).toContain('Łukasz Kaiser, Research scientist, OpenAI');
  });

  it('stays within 1,000 characters for a very long quote', () => {
    const alt = altText({ ...input, quote: 'Scaling works, and it keeps working. '.repeat(60) });
    expect(alt.length).toBeLessThanOrEqual(1000);
    expect(alt).toContain('Łukasz Kaiser');
  });
});
