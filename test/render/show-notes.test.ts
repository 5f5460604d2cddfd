import { describe, expect, it } from 'vitest';
import { showNotes } from '../../src/render/show-notes/index.js';
import type { EpisodeContext } from '../../src/render/types.js';
import { testConfig } from '../helpers/build.js';
import { expectGolden, fixtureEpisode } from './golden.js';

const config = testConfig({
  podcast: { title: 'Indent Radio', siteUrl: 'https://example.com/radio/' },
  people: {
    hosts: [{ name: 'Ann Host', aliases: [] }],
    guests: [
      { name: 'Bob Guest', aliases: [], title: 'Platform lead, Example Stores', href: 'https://example.com/bob' },
    ],
  },
});

async function render(guests?: EpisodeContext['options']['guests']) {
  const ctx = {
    episode: fixtureEpisode(),
    config,
    options: { type: 'full', ...(guests ? { guests } : {}) },
    transcript: { text: '' },
    warn: () => {},
  } as unknown as EpisodeContext;
  const [md, html] = await showNotes.render(ctx);
  return { md: String(md!.contents), html: String(html!.contents) };
}

describe('the show notes', () => {
  it('match their golden files, Markdown and HTML (UPDATE=1 rewrites them)', async () => {
    const { md, html } = await render();
    expectGolden('show-notes.md', md);
    expectGolden('show-notes.html', html);
  });

  it("name each guest with the config's role line, linked to their page", async () => {
    const { md, html } = await render();
    expect(md).toContain('## Guest\n\n- [Bob Guest](https://example.com/bob), Platform lead, Example Stores\n');
    expect(html).toContain('<li><a href="https://example.com/bob">Bob Guest</a>, Platform lead, Example Stores</li>');
  });

  it("take the episode's own guest list over the show's", async () => {
    const { md } = await render([{ name: 'Bob Guest', aliases: [], title: 'Guest editor this week' }]);
    expect(md).toContain('- Bob Guest, Guest editor this week\n');
  });
});
