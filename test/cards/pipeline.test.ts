import { describe, expect, it } from 'vitest';
import { pipeline } from '../../src/render/cards/pipeline.js';

const later = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('card pipeline (layout here, rasterise in the background)', () => {
  it('returns every outcome in the order of the items, failures included', async () => {
    const results = await pipeline(
      [1, 2, 3, 4],
      async (n) => {
        if (n === 2) throw new Error('no layout');
        return n * 10;
      },
      async (n) => {
        await later(40 - n / 2);
        if (n === 30) throw new Error('no raster');
        return n + 1;
      },
      2,
    );
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value : (r.reason as Error).message))).toEqual([
      11,
      'no layout',
      'no raster',
      41,
    ]);
  });

  it('keeps laying out while earlier items are in the second step, with at most the given lanes busy', async () => {
    let busy = 0;
    let mostBusy = 0;
    const laidOut: number[] = [];
    let firstDone = Number.NaN;
    await pipeline(
      [0, 1, 2, 3, 4, 5],
      async (n) => {
        laidOut.push(n);
        return n;
      },
      async (n) => {
        busy++;
        mostBusy = Math.max(mostBusy, busy);
        await later(20);
        busy--;
        if (n === 0) firstDone = laidOut.length;
        return n;
      },
      2,
    );
    expect(mostBusy).toBe(2);
    // Every item was laid out before the first second step finished.
    expect(firstDone).toBe(6);
  });
});
