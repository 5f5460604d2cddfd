import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { renderCards } from '../../src/render/cards/index.js';
import { cardContext, QUOTES } from './helpers.js';

const fixtures = path.resolve(import.meta.dirname, '../fixtures/cards');
const update = process.env.UPDATE === '1';

/** Share of pixels where some channel differs by more than `threshold` (0–255). */
async function pixelDifference(a: Uint8Array, b: Uint8Array, threshold = 24): Promise<number> {
  const [x, y] = await Promise.all(
    [a, b].map((png) => sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true })),
  );
  if (x!.info.width !== y!.info.width || x!.info.height !== y!.info.height) return 1;
  let differing = 0;
  for (let i = 0; i < x!.data.length; i += 4) {
    for (let c = 0; c < 4; c++) {
      if (Math.abs(x!.data[i + c]! - y!.data[i + c]!) > threshold) {
        differing++;
        break;
      }
    }
  }
  return differing / (x!.info.width * x!.info.height);
}

describe('card designs match their golden images', () => {
  for (const design of ['bold', 'editorial']) {
    it(`${design} (square, with logo and guest photo)`, async () => {
      const { ctx, warnings } = cardContext([{ text: QUOTES.guest }], {
        cards: { design, count: 1, presets: ['square'] },
        brand: { logo: path.join(fixtures, 'logo.svg') },
        people: {
          hosts: [],
          guests: [
            { name: 'Łukasz Kaiser', title: 'Research scientist, OpenAI', img: path.join(fixtures, 'photo.jpg') },
          ],
        },
      });
      const [file] = (await renderCards(ctx)).files;
      expect(warnings).toEqual([]);
      const golden = path.join(fixtures, `${design}-square.png`);
      if (update) {
        await writeFile(golden, file!.contents);
        return;
      }
      expect(existsSync(golden), `${golden} is missing: run with UPDATE=1 to write it`).toBe(true);
      // Tolerance for font rasterising differences between libvips builds; a changed layout moves far more.
      expect(await pixelDifference(file!.contents as Uint8Array, await sharp(golden).png().toBuffer())).toBeLessThan(
        0.005,
      );
    });
  }
});
