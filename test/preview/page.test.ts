import { describe, expect, it } from 'vitest';
import type { EpisodeCard } from '../../src/model/episode.js';
import { episodePage, showPage } from '../../src/render/preview/index.js';
import { esc } from '../../src/render/preview/html.js';
import { testConfig } from '../helpers/build.js';
import { expectGolden, fixtureEpisode, pngOf, previewContext } from './fixture.js';

const slug = 'fixture-episode';
const files = [
  { path: `${slug}/episode.json`, contents: '{}\n' },
  { path: `${slug}/chapters.json`, contents: '{"version":"1.2.0"}\n' },
  { path: `${slug}/show-notes.html`, contents: '<p>notes</p>\n' },
  { path: `${slug}/transcript/transcript.vtt`, contents: 'WEBVTT\n' },
  { path: `${slug}/newsletter.md`, contents: '# News\n' },
  { path: `${slug}/cards/quote-1-square.png`, contents: pngOf(1080, 1080) },
  { path: `${slug}/cards/quote-1-story.png`, contents: pngOf(1080, 1920) },
  { path: `${slug}/cards/quote-2-landscape.png`, contents: pngOf(1200, 675) },
];
const warnings = [
  {
    file: 'seeds/fixture-episode.edits.yaml',
    line: 7,
    message: 'no generated chapter titled "Gone" any more',
    rule: 'edits/chapter-not-found',
  },
];

/** `src`/`href` values that leave the machine: the preview must work offline. */
const remote = (html: string) => [...html.matchAll(/(?:src|href)="(?:https?:)?\/\/[^"]*"/g)].map((m) => m[0]);

describe('the episode preview page', () => {
  it('matches its golden file', async () => {
    const html = await episodePage(previewContext({ ...fixtureEpisode(), slug }, files, warnings));
    expectGolden('episode.html', html);
  });

  it('shows the title, every chapter with its time, every card at every size, each quote with its passage, every file and the warnings', async () => {
    const episode = { ...fixtureEpisode(), slug };
    const html = await episodePage(previewContext(episode, files, warnings));
    expect(html).toContain('<h1 id="title">Fixture: Tabs &amp; &quot;Spaces&quot; &lt;Live&gt;</h1>');
    for (const c of episode.chapters) expect(html).toContain(`<strong>${esc(c.title)}</strong>`);
    expect(html).toContain('<td class="time">1:35</td>');
    expect(html.match(/<img /g)).toHaveLength(3);
    expect(html).toContain('<img src="cards/quote-1-story.png" width="1080" height="1920"');
    expect(html).toContain('story · 1080×1920');
    expect(html.match(/<div class="quote"/g)).toHaveLength(episode.quotes.length);
    expect(html).toMatch(/<mark>[^<]*&lt;script&gt;alert\(&quot;x&quot;\)&lt;\/script&gt;[^<]*<\/mark>/);
    for (const f of files) expect(html).toContain(`<a href="${f.path.slice(slug.length + 1)}">`);
    expect(html).toContain('seeds/fixture-episode.edits.yaml:7: no generated chapter titled &quot;Gone&quot; any more');
  });

  it('is static and offline: no script, nothing fetched from the network', async () => {
    const html = await episodePage(previewContext({ ...fixtureEpisode(), slug }, files, warnings));
    expect(html).not.toMatch(/<script/i);
    expect(remote(html)).toEqual([]);
    expect(html).toMatch(/<style>[^<]+<\/style>/);
  });

  it('lists cards from episode.cards when the cards artifact recorded them, with their alt text', async () => {
    const cards: EpisodeCard[] = [
      {
        quote: 1,
        speaker: 'Bob Guest',
        alt: '“Alt text of the card” — Bob Guest',
        images: [
          {
            preset: 'portrait',
            path: 'cards/quote-1-portrait.png',
            width: 1080,
            height: 1350,
            fontSize: 60,
            text: 'x',
          },
        ],
        captions: { x: '', linkedin: '', instagram: '', mastodon: '', bluesky: '' },
      },
    ];
    const html = await episodePage(previewContext({ ...fixtureEpisode(), slug, cards }, files, []));
    expect(html.match(/<img /g)).toHaveLength(1);
    expect(html).toContain(
      '<img src="cards/quote-1-portrait.png" width="1080" height="1350" alt="“Alt text of the card” — Bob Guest"',
    );
    expect(html).toContain('<h3>Card 2</h3>');
    expect(html).toContain('No warnings.');
  });

  it('shows the host notes as Apple Podcasts will show them, with their size', async () => {
    const apple = {
      path: `${slug}/host-notes/apple.html`,
      contents: '<p>Apple &amp; notes</p>\n<ul>\n<li>One</li>\n</ul>\n',
    };
    const html = await episodePage(previewContext({ ...fixtureEpisode(), slug }, [...files, apple], []));
    expect(html).toContain(
      `<summary>As Apple Podcasts will show them · ${Buffer.byteLength(apple.contents)} B of 4.0 kB</summary><div class="notes"><p>Apple &amp; notes</p>`,
    );
    expect(html).not.toContain('As Spotify will show them');
  });

  it('is the same for the same input', async () => {
    const a = await episodePage(previewContext({ ...fixtureEpisode(), slug }, files, warnings));
    const b = await episodePage(previewContext({ ...fixtureEpisode(), slug }, files, warnings));
    expect(a).toBe(b);
  });
});

describe('the show preview page', () => {
  const render = () =>
    showPage({
      episodes: [{ episode: { ...fixtureEpisode(), slug }, options: { type: 'full' } }],
      config: testConfig({ podcast: { title: 'Fixture <Show> & Friends', description: 'About it.' } }),
      warn: () => {},
      files: [{ path: 'feed.xml', contents: '<rss/>\n' }],
      warnings: [{ file: 'pipeline.config.ts', message: 'podcast.artwork missing' }],
    });

  it('matches its golden file', () => {
    expectGolden('show.html', render());
  });

  it('links every episode preview and the show files, and lists the warnings', () => {
    const html = render();
    expect(html).toContain(`<a class="episode" href="${slug}/index.html">`);
    expect(html).toContain('<a href="feed.xml">feed.xml</a>');
    expect(html).toContain('pipeline.config.ts: podcast.artwork missing');
    expect(html).toContain('<h1 id="title">Fixture &lt;Show&gt; &amp; Friends</h1>');
    expect(html).not.toMatch(/<script/i);
    expect(remote(html)).toEqual([]);
  });
});
