import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderCards } from '../../src/render/cards/index.js';
import { cardContext, QUOTES } from './helpers.js';

const fixtures = path.resolve(import.meta.dirname, '../fixtures/cards');
const square = { presets: ['square' as const] };

describe('cards with bad input', () => {
  it('a missing logo file is named in a warning and the cards are made without it', async () => {
    const { ctx, warnings } = cardContext([{ text: QUOTES.guest }], {
      cards: { ...square, count: 1 },
      brand: { logo: 'brand/missing-logo.png' },
    });
    const { files } = await renderCards(ctx);
    expect(files).toHaveLength(1);
    expect(warnings).toMatchObject([{ file: 'brand/missing-logo.png', rule: 'cards/missing-image' }]);
    expect(warnings[0]!.message).toMatch(/logo .*not found/);
  });

  it('an unsupported image type is named in a warning', async () => {
    const gif = path.join(fixtures, 'not-supported.gif');
    const { ctx, warnings } = cardContext([{ text: QUOTES.guest }], {
      cards: { ...square, count: 1 },
      people: { hosts: [], guests: [{ name: 'Łukasz Kaiser', img: gif }] },
    });
    const { files } = await renderCards(ctx);
    expect(files).toHaveLength(1);
    expect(warnings).toMatchObject([{ file: gif, rule: 'cards/bad-image' }]);
    expect(warnings[0]!.message).toContain('expected PNG, JPEG, WebP or SVG');
  });

  it('a missing or unreadable brand font is named and the bundled fonts are used', async () => {
    const notAFont = path.join(fixtures, 'logo.svg');
    const { ctx, warnings } = cardContext([{ text: QUOTES.guest }], {
      cards: { ...square, count: 1 },
      brand: { fonts: { body: ['fonts/Missing-700.woff'], heading: [notAFont] } },
    });
    const { files } = await renderCards(ctx);
    expect(files).toHaveLength(1);
    expect(warnings.map((w) => [w.file, w.rule])).toEqual([
      ['fonts/Missing-700.woff', 'cards/missing-font'],
      [notAFont, 'cards/bad-font'],
    ]);
  });

  it('an emoji-only quote is reported at its place in the transcript and the next quote takes its card', async () => {
    const { ctx, warnings } = cardContext(
      [{ text: '🔥🔥🔥 🚀' }, { text: QUOTES.guest }, { text: QUOTES.host, speaker: 'Ada Host', role: 'host' }],
      { cards: { ...square, count: 2 } },
    );
    const { files, records } = await renderCards(ctx);
    expect(files.map((f) => f.path)).toEqual(['cards/quote-1-square.png', 'cards/quote-2-square.png']);
    expect(records.map((c) => c.quote)).toEqual([1, 2]);
    expect(warnings).toMatchObject([{ file: 'seeds/ep-1.txt', line: 1, column: 1, rule: 'cards/no-text' }]);
    expect(warnings[0]!.message).toContain('"🔥🔥🔥 🚀"');
  });

  it('a 2,000-character quote is named, trimmed at a boundary on the card, and the other cards still render', async () => {
    const long = 'Scaling works, and it keeps working as long as the data keeps coming. '.repeat(29).trim();
    expect(long.length).toBeGreaterThanOrEqual(2000);
    const { ctx, warnings } = cardContext([{ text: long }, { text: QUOTES.guest }], {
      cards: { count: 2, presets: ['square', 'story'] },
    });
    const { files, records } = await renderCards(ctx);
    expect(files).toHaveLength(4);
    expect(warnings).toMatchObject([{ line: 1, column: 1, rule: 'cards/long-quote' }]);
    expect(warnings[0]!.message).toContain('"Scaling works, and it keeps working…"');
    expect(warnings[0]!.message).toContain(`${long.length} characters`);
    const card = records[0]!;
    for (const image of card.images) {
      expect(image.text.length).toBeLessThanOrEqual(260);
      expect(image.text.endsWith('coming\u2026')).toBe(true);
    }
    expect(card.alt.length).toBeLessThanOrEqual(1000);
  });

  it('a design that does not exist is named and the built-in design is used', async () => {
    const { ctx, warnings } = cardContext([{ text: QUOTES.guest }], { cards: { ...square, count: 1, design: 'neon' } });
    expect((await renderCards(ctx)).files).toHaveLength(1);
    expect(warnings).toMatchObject([{ rule: 'cards/missing-design' }]);
    expect(warnings[0]!.file).toMatch(/templates[/\\]cards[/\\]neon\.hbs$/);
  });
});
