import { describe, expect, it } from 'vitest';
import { podcastRss } from '../../src/render/feed/podcast-rss.js';
import { webFeeds } from '../../src/render/feed/web-feed.js';
import { testConfig } from '../helpers/build.js';
import { expectGolden, fixtureEpisode } from './golden.js';
import { hasXmllint, xmllint } from './xml.js';

const config = testConfig({
  podcast: {
    title: 'Indent Radio',
    author: 'Ann Host',
    description: 'Two people & their editors.',
    siteUrl: 'https://example.com/radio/',
    feedUrl: 'https://example.com/radio/feed.xml',
    artwork: 'https://example.com/radio/art.png',
    categories: ['Technology'],
    owner: { name: 'Ann Host', email: 'ann@example.com' },
  },
  people: {
    hosts: [{ name: 'Ann Host', aliases: [] }],
    guests: [{ name: 'Bob Guest', aliases: [], href: 'https://example.com/bob' }],
  },
});

describe('feed files of a fixed episode', () => {
  const older = { ...fixtureEpisode(), slug: 'older', title: 'An older episode', date: '2024-12-01', number: 6 };
  const episodes = [
    {
      episode: older,
      options: {
        type: 'full' as const,
        audio: { url: 'https://example.com/radio/6.mp3', length: 1, type: 'audio/mpeg' },
      },
    },
    {
      episode: fixtureEpisode(),
      options: {
        type: 'full' as const,
        audio: { url: 'https://example.com/radio/7.m4a', length: 2, type: 'audio/x-m4a' },
      },
    },
  ];

  it('writes feed.xml newest first, matching the golden file', () => {
    const xml = podcastRss(episodes, config);
    if (hasXmllint) expect(xmllint(xml).stderr).toBe('');
    expect(xml.indexOf('<title>Fixture: Tabs')).toBeLessThan(xml.indexOf('<title>An older episode'));
    expect(xml).toContain('<lastBuildDate>Tue, 04 Mar 2025 00:00:00 GMT</lastBuildDate>');
    expectGolden('feed.xml', xml);
  });

  it('writes RSS, Atom and JSON Feed of the show-notes pages', () => {
    const files = webFeeds(episodes, config, () => {});
    expect(files.map((f) => f.path)).toEqual(['web-feed/rss.xml', 'web-feed/atom.xml', 'web-feed/feed.json']);
    for (const f of files.slice(0, 2)) if (hasXmllint) expect(xmllint(String(f.contents)).stderr, f.path).toBe('');
    const json = JSON.parse(String(files[2]!.contents));
    expect(json.items.map((i: { url: string }) => i.url)).toEqual([
      'https://example.com/radio/fixture-episode/show-notes.html',
      'https://example.com/radio/older/show-notes.html',
    ]);
    for (const f of files) expectGolden(f.path.replace('/', '-'), String(f.contents));
  });
});
