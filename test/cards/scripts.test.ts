import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { missingCharacters } from '../../src/render/cards/coverage.js';
import { bundledFaces } from '../../src/render/cards/fonts.js';
import { prepareCards, renderCards } from '../../src/render/cards/index.js';
import { lineCount, lineHeight } from '../../src/render/cards/fit.js';
import { quoteModel } from '../../src/render/cards/quote-model.js';
import { fitCard, layoutCard, renderCard } from '../../src/render/cards/render-card.js';
import { cardElement } from '../../src/render/cards/template.js';
import { cardContext, QUOTES } from './helpers.js';

const square = { presets: ['square' as const] };

/** Prepare one square card and report what a font cannot draw on it. */
async function oneCard(text: string, speaker = 'Łukasz Kaiser', design = 'bold') {
  const { ctx, warnings } = cardContext([{ text, speaker }], { cards: { ...square, count: 1, design } });
  const prepared = await prepareCards(ctx);
  const { job } = prepared.jobs[0]!;
  const element = cardElement(job.template, {
    ...job.context,
    quote: { ...job.context.quote, text: job.texts[0], fontSize: job.minSize },
  });
  return { ctx, warnings, prepared, job, missing: missingCharacters(element, prepared.faces, job.emoji) };
}

/** Leftmost and rightmost columns with ink (differing from the top-left pixel) in a band of rows. */
async function inkColumns(png: Uint8Array, top: number, bottom: number): Promise<{ left: number; right: number }> {
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const bg = [data[0]!, data[1]!, data[2]!];
  let left = info.width;
  let right = -1;
  for (let y = Math.max(0, Math.floor(top)); y < Math.min(info.height, Math.ceil(bottom)); y++) {
    for (let x = 0; x < info.width; x++) {
      const i = (y * info.width + x) * 3;
      if (bg.some((v, c) => Math.abs(v - data[i + c]!) > 60)) {
        left = Math.min(left, x);
        right = Math.max(right, x);
      }
    }
  }
  return { left, right };
}

describe('cards in other scripts', () => {
  it('an Arabic quote is drawn from a bundled Arabic font, right to left and right-aligned', async () => {
    const quote = 'العلم نور';
    const { ctx, warnings, prepared, missing } = await oneCard(quote);
    expect(missing).toEqual([]);
    expect(prepared.faces.some((f) => f.name === 'NotoSansArabic')).toBe(true);
    const result = await renderCard(prepared.jobs[0]!.job, prepared.faces);
    const box = result.textBoxes.find((b) => b.text.includes(quote))!;
    const { safe, width } = prepared.jobs[0]!.preset;
    const ink = await inkColumns(result.png, box.top, box.bottom);
    // One short line, flush with the right edge of the safe area, far from the left one.
    expect(width - safe.right - ink.right).toBeLessThan(12);
    expect(ink.left).toBeGreaterThan(width / 3);
    // A latin quote of one line starts at the left.
    const latin = await oneCard('Scaling works.');
    const latinResult = await renderCard(latin.prepared.jobs[0]!.job, latin.prepared.faces);
    const latinBox = latinResult.textBoxes.find((b) => b.text.includes('Scaling'))!;
    expect((await inkColumns(latinResult.png, latinBox.top, latinBox.bottom)).left - safe.left).toBeLessThan(12);
    await renderCards(ctx);
    expect(warnings).toEqual([]);
  });

  it('a Hebrew name, combining marks and emoji have glyphs: nothing is drawn as a box and nothing is warned', async () => {
    for (const [text, speaker] of [
      [QUOTES.guest, 'דניאל כהן'],
      ['Zoe\u0308 and Re\u0301my shipped it.', 'Zoe\u0308 Re\u0301my'],
      ['Ship it 🔥🚀 today, thanks ❤️ 👍🏽 👨‍👩‍👧', 'Ada Host'],
      ['Привет, Δημήτρης, Nguyễn and नमस्ते.', 'Дмитрий Иванов'],
    ] as const) {
      const { ctx, warnings, missing } = await oneCard(text, speaker);
      expect(missing, `${text} / ${speaker}`).toEqual([]);
      const { files } = await renderCards(ctx);
      expect(files).toHaveLength(1);
      expect(warnings, `${text} / ${speaker}`).toEqual([]);
    }
  });

  it('emoji stay on the card as images, one em wide, and the quote still fits', async () => {
    const { job, prepared } = await oneCard('Ship it 🔥🚀 today');
    expect(Object.keys(job.emoji).sort()).toEqual(['🔥', '🚀']);
    const card = await fitCard(job, prepared.faces);
    expect(card.fits).toBe(true);
    expect(card.text).toContain('🔥🚀');
    expect(card.svg.match(/<image /g)?.length ?? 0).toBeGreaterThanOrEqual(2);
  });

  it('emoji in the show title or a role are drawn too, without a warning', async () => {
    const { ctx, warnings } = cardContext([{ text: QUOTES.guest }], {
      cards: { ...square, count: 1 },
      podcast: { title: 'The Test Show 🎙️', siteUrl: 'https://example.com/podcast/' },
      people: { hosts: [], guests: [{ name: 'Łukasz Kaiser', title: 'Researcher 🤖' }] },
    });
    const prepared = await prepareCards(ctx);
    expect(Object.keys(prepared.jobs[0]!.job.emoji).sort()).toEqual(['🎙️', '🤖']);
    expect((await renderCards(ctx)).files).toHaveLength(1);
    expect(warnings).toEqual([]);
  });

  it('a character no bundled font has is a warning naming the card, its files and the character', async () => {
    const { ctx, warnings, missing } = await oneCard('A private \uE000 character and 中文.');
    expect(missing).toEqual([0x4e2d, 0x6587, 0xe000]);
    const { files } = await renderCards(ctx);
    expect(files).toHaveLength(1);
    expect(warnings).toMatchObject([{ file: 'seeds/ep-1.txt', line: 1, column: 1, rule: 'cards/missing-glyph' }]);
    expect(warnings[0]!.message).toContain('card 1 of ep-1 (cards/quote-1-square.png)');
    expect(warnings[0]!.message).toContain('U+E000');
    expect(warnings[0]!.message).toContain('U+4E2D "中"');
  });

  it('the fit predicts the line breaks of Arabic, Hebrew and emoji quotes as satori lays them out', async () => {
    const quotes = [
      'العلم نور والجهل ظلام، والنماذج الكبيرة تتعلم من البيانات أكثر مما نتوقع، وهذا ما يجعل التوسع مهماً.',
      'המודל לומד מהר יותר ממה שחשבנו, וזה משנה הכול בדרך שבה אנחנו בונים מערכות.',
      'Ship it 🔥🚀 today, and say thanks ❤️ 👍🏽 to the whole team 👨‍👩‍👧 that made it happen 🎉 on time.',
    ];
    for (const design of ['bold', 'editorial']) {
      const { ctx } = cardContext(
        quotes.map((text) => ({ text })),
        { cards: { ...square, design, count: quotes.length } },
      );
      const prepared = await prepareCards(ctx);
      for (const { job, card } of prepared.jobs) {
        const text = job.texts[0]!;
        const model = quoteModel(job.template, job.context, text, job.minSize, prepared.faces, job.emoji)!;
        for (const size of [job.minSize, Math.round((job.minSize + job.maxSize) / 2), job.maxSize]) {
          const { quote } = await layoutCard(job, prepared.faces, text, size);
          const lines = (quote!.bottom - quote!.top) / lineHeight(model, size);
          expect(lineCount(model, size, quote!.right - quote!.left), `${design} card ${card.number} at ${size}px`).toBe(
            lines,
          );
        }
      }
    }
  });

  it('a latin episode reads no fallback font', async () => {
    const { prepared, missing } = await oneCard(QUOTES.guest);
    expect(missing).toEqual([]);
    expect(prepared.faces).toHaveLength(bundledFaces().length);
  });
});
