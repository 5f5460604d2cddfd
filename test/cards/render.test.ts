import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { prepareCards, renderCards } from '../../src/render/cards/index.js';
import { inside, renderCard } from '../../src/render/cards/render-card.js';
import { cardContext, QUOTES } from './helpers.js';

const fixtures = path.resolve(import.meta.dirname, '../fixtures/cards');
const brand = { logo: path.join(fixtures, 'logo.svg') };

describe('quote cards', () => {
  for (const design of ['bold', 'editorial']) {
    it(`${design}: every preset has its size and keeps all text inside the safe area`, async () => {
      const { ctx, warnings } = cardContext([{ text: QUOTES.guest }], { cards: { design, count: 1 }, brand });
      const prepared = await prepareCards(ctx);
      expect(prepared.jobs.map((j) => j.preset.name)).toEqual(['square', 'portrait', 'story', 'landscape']);
      for (const { job, preset } of prepared.jobs) {
        const result = await renderCard(job, prepared.faces);
        const meta = await sharp(result.png).metadata();
        expect([meta.format, meta.width, meta.height]).toEqual(['png', preset.width, preset.height]);
        expect(result.fits).toBe(true);
        // From satori's layout: the quote, speaker, role, show and episode lines.
        expect(result.textBoxes.length).toBeGreaterThanOrEqual(4);
        for (const box of result.textBoxes)
          expect(inside(box, preset.safe), `${preset.name}: "${box.text}" at ${JSON.stringify(box)}`).toBe(true);
        if (preset.name === 'story') {
          for (const box of result.textBoxes) {
            expect(box.top).toBeGreaterThanOrEqual(1920 * 0.15);
            expect(box.bottom).toBeLessThanOrEqual(1920 * 0.85);
          }
        }
      }
      expect(warnings).toEqual([]);
    });
  }

  it('fills the box: a short quote gets a larger font than a long one, and one more pixel would overflow', async () => {
    const { ctx } = cardContext([{ text: 'Scaling is not over.' }, { text: QUOTES.guest }], {
      cards: { count: 2, presets: ['square'] },
    });
    const prepared = await prepareCards(ctx);
    const [short, long] = await Promise.all(prepared.jobs.map((j) => renderCard(j.job, prepared.faces)));
    expect(short!.fontSize).toBeGreaterThan(long!.fontSize);
    const job = prepared.jobs[1]!.job;
    // Within the search's 4% tolerance (and its 60%-of-a-line stop) of the largest size that fits.
    const over = await renderCard(
      {
        ...job,
        texts: [long!.text],
        minSize: Math.ceil(long!.fontSize * 1.06),
        maxSize: Math.ceil(long!.fontSize * 1.06),
      },
      prepared.faces,
    );
    expect(over.fits).toBe(false);
  });

  it('gives byte-identical PNGs for the same input', async () => {
    const render = async () => {
      const { ctx } = cardContext([{ text: QUOTES.guest }], { cards: { count: 1, presets: ['landscape'] }, brand });
      return (await renderCards(ctx)).files;
    };
    const [a, b] = [await render(), await render()];
    expect(a.map((f) => f.path)).toEqual(['cards/quote-1-landscape.png']);
    expect(Buffer.from(a[0]!.contents as Uint8Array).equals(Buffer.from(b[0]!.contents as Uint8Array))).toBe(true);
  });

  it('returns the records of its files, alt text and captions for episode.cards', async () => {
    const { ctx } = cardContext([{ text: QUOTES.guest }, { text: QUOTES.host, speaker: 'Ada Host', role: 'host' }], {
      cards: { count: 2, presets: ['square'] },
    });
    const { files, records: cards } = await renderCards(ctx);
    expect(files.map((f) => f.path)).toEqual(['cards/quote-1-square.png', 'cards/quote-2-square.png']);
    expect(ctx.episode.cards).toBeUndefined();
    expect(cards.map((c) => [c.quote, c.speaker])).toEqual([
      [0, 'Łukasz Kaiser'],
      [1, 'Ada Host'],
    ]);
    expect(cards[0]!.alt).toContain(QUOTES.guest);
    expect(cards[0]!.images[0]).toMatchObject({
      preset: 'square',
      path: 'cards/quote-1-square.png',
      width: 1080,
      height: 1080,
    });
    expect(cards[1]!.captions.linkedin).toContain('Host, The Test Show');
    expect(cards[0]!.captions.x).toContain('https://example.com/podcast/ep-1/show-notes.html');
  });
});
