import { describe, expect, it } from 'vitest';
import type { Episode, Quote } from '../../src/model/episode.js';
import { planCards } from '../../src/render/cards/plan.js';
import { renderHostNotes } from '../../src/render/host-notes/render.js';
import { newsletter } from '../../src/render/newsletter/index.js';
import { previewCards } from '../../src/render/preview/cards.js';
import { episodePage } from '../../src/render/preview/index.js';
import { showNotes } from '../../src/render/show-notes/index.js';
import type { EpisodeContext } from '../../src/render/types.js';
import { summarise } from '../../src/summarise/summary.js';
import { testConfig } from '../helpers/build.js';
import { pngOf, previewContext } from '../preview/fixture.js';
import { fixtureEpisode } from './golden.js';

/** The fixture episode with a best quote that quotes someone: straight marks, as transcripts write them. */
function quotingEpisode(): Episode {
  const episode = fixtureEpisode();
  const [first, ...rest] = episode.quotes;
  return { ...episode, quotes: [{ ...first!, display: 'You need to learn "x" first.' }, ...rest] };
}
const NESTED = '“You need to learn ‘x’ first.”';
const config = testConfig({
  podcast: { title: 'Indent Radio', siteUrl: 'https://example.com/radio/' },
  people: { hosts: [{ name: 'Ann Host', aliases: [] }], guests: [{ name: 'Bob Guest', aliases: [] }] },
});
const context = (episode: Episode) =>
  ({
    episode,
    config,
    options: { type: 'full' },
    transcript: { text: '' },
    warn: () => {},
  }) as unknown as EpisodeContext;
const texts = async (files: Promise<{ path: string; contents: string | Uint8Array }[]>) =>
  (await files).map((f) => String(f.contents));

describe('a quote printed in “…” prints its own quotation marks single', () => {
  it('in the show notes, Markdown and HTML', async () => {
    const [md, html] = await texts(showNotes.render(context(quotingEpisode())));
    expect(md).toContain(`> ${NESTED}`);
    expect(html).toContain(`<p>${NESTED}</p>`);
    expect(md).not.toContain('"x"');
  });

  it('in the episode summary', () => {
    const t = { text: '', speakers: [] } as unknown as Parameters<typeof summarise>[0];
    const claim = { ...quotingEpisode().quotes[0]!, speaker: 'Bob Guest' } as Quote;
    expect(summarise(t, [], [], [claim]).summary).toBe(`Bob Guest says: ${NESTED}`);
  });

  it('in the host notes and the newsletter', async () => {
    const generic = renderHostNotes('generic', quotingEpisode(), { type: 'full' }, config, () => {});
    expect(generic).toContain(`<p>${NESTED} — Bob Guest`);
    const [md, html] = await texts(newsletter.render(context(quotingEpisode())));
    expect(md).toContain(`> ${NESTED}`);
    expect(html).toContain(`>${NESTED}<br>`);
  });

  it('on the card, in its alt text and in every caption', () => {
    const [card] = planCards(context(quotingEpisode()));
    expect(card!.text).toBe('You need to learn ‘x’ first.');
    expect(card!.alt).toContain(NESTED);
    for (const caption of Object.values(card!.captions)) expect(caption).toContain(NESTED);
  });

  it('in the preview: the quote and the alt text of cards found on disk', async () => {
    const slug = 'fixture-episode';
    const files = [{ path: `${slug}/cards/quote-1-square.png`, contents: pngOf(1080, 1080) }];
    const episode = { ...quotingEpisode(), slug };
    expect(previewCards(episode, files, slug)[0]!.alt).toBe(`${NESTED} — Bob Guest`);
    expect(await episodePage(previewContext(episode, files))).toContain(`<blockquote>${NESTED}</blockquote>`);
  });

  it('and so does an episode title quoted in a caption', () => {
    const [card] = planCards(context({ ...quotingEpisode(), title: 'Why "tabs" won' }));
    expect(card!.captions.linkedin).toContain('From Indent Radio: “Why ‘tabs’ won”');
  });
});
