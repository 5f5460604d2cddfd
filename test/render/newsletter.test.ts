import { describe, expect, it } from 'vitest';
import { newsletter, newsletterContext } from '../../src/render/newsletter/index.js';
import type { EpisodeContext } from '../../src/render/types.js';
import { buildInMemory, fileText, seed, testConfig } from '../helpers/build.js';
import { expectGolden, fixtureEpisode } from './golden.js';

const config = testConfig({
  podcast: { title: 'Indent Radio', author: 'Ann Host', siteUrl: 'https://example.com/radio/' },
  people: { hosts: [{ name: 'Ann Host', aliases: [] }], guests: [{ name: 'Bob Guest', aliases: [] }] },
});

async function render(episode = fixtureEpisode()) {
  const ctx = { episode, config, options: { type: 'full' }, warn: () => {} } as unknown as EpisodeContext;
  const files = await newsletter.render(ctx);
  const text = (name: string) => String(files.find((f) => f.path === name)!.contents);
  return { md: text('newsletter.md'), html: text('newsletter.html'), paths: files.map((f) => f.path) };
}

describe('newsletter draft', () => {
  it('has a subject line and preview text', () => {
    const context = newsletterContext(fixtureEpisode(), { type: 'full' }, config);
    expect(context.subject).toBe('Ep. 7: Fixture: Tabs & "Spaces" <Live>');
    expect(context.previewText).toBe('Ann Host talks with Bob Guest about tabs, spaces and editor settings.');
  });

  it('writes Markdown with summary, takeaways, timed chapters, quotes and links', async () => {
    const { md, paths } = await render();
    expect(paths).toEqual(['newsletter.md', 'newsletter.html']);
    expect(md).toContain('**Subject:** Ep. 7: Fixture: Tabs \\& "Spaces" \\<Live\\>');
    expect(md).toContain(
      '## Chapters (automatically created)\n\n- **0:00** Welcome\n- **1:35** Why tabs \\& spaces matter',
    );
    expect(md).toContain('> “Tabs are for indentation, spaces are for alignment.”');
    expect(md).toContain('- [Full show notes](https://example.com/radio/fixture-episode/show-notes.html)');
    expect(md).not.toContain('![');
    expectGolden('newsletter.md', md);
  });

  it('writes email-safe HTML: table layout, inline CSS, readable without images', async () => {
    const { html } = await render();
    expect(html).not.toMatch(/<style|<link|<script|class=/i);
    expect(html).toMatch(/<table role="presentation"/);
    expect(html).not.toContain('<img');
    // Every text-bearing cell carries its own inline style.
    for (const td of html.match(/<td[^>]*>/g)!) expect(td).toContain('style="');
    expect(html).toContain('Fixture: Tabs &amp; &quot;Spaces&quot; &lt;Live&gt;');
    expect(html).toContain(
      '<td width="64" valign="top" style="padding:3px 8px 3px 0;font-family:\'Courier New\',Courier,monospace;font-size:14px;line-height:22px;color:#667085;">1:35</td>',
    );
    expectGolden('newsletter.html', html);
  });

  it('shows the square quote card, with alt text, when the cards were made', async () => {
    const episode = fixtureEpisode() as ReturnType<typeof fixtureEpisode> & { cards: unknown };
    episode.cards = [
      {
        quote: 1,
        speaker: 'Bob Guest',
        alt: 'Bob Guest: “The editor config is the law of the land.”',
        images: [{ preset: 'square', path: 'cards/quote-1-square.png', width: 1080, height: 1080 }],
      },
    ];
    const { md, html } = await render(episode);
    expect(html).toContain(
      '<img src="cards/quote-1-square.png" alt="Bob Guest: “The editor config is the law of the land.”"',
    );
    expect(md).toContain('![Bob Guest: “The editor config is the law of the land.”](cards/quote-1-square.png)');
    // The carded quote comes first; the text stays beside the image.
    expect(html.indexOf('law of the land')).toBeLessThan(html.indexOf('Tabs are for indentation'));
    expect(html.match(/<img/g)).toHaveLength(1);
  });

  it('shows the cards a build made', async () => {
    const result = await buildInMemory([seed], { cards: { presets: ['square'], count: 2, design: 'bold' } }, [
      'cards',
      'newsletter',
    ]);
    const md = fileText(result.episodes[0]!.files, 'newsletter.md');
    expect(md.match(/\]\(cards\/quote-\d-square\.png\)/g)).toHaveLength(2);
  });
});
