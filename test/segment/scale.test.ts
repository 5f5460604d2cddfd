import { describe, expect, it } from 'vitest';
import { optimalBoundaries, type Unit } from '../../src/segment/optimal.js';

/** Units of ten seconds whose vocabulary changes every 20 units: a long recording of many topics. */
function talk(count: number): Unit[] {
  return Array.from({ length: count }, (_, i) => {
    const topic = Math.floor(i / 20);
    return {
      sentence: i,
      startTime: i * 10,
      terms: [0, 1 + (topic % 50), 1 + ((topic * 7 + i) % 50), 51 + (i % 5)],
      bonus: i % 20 === 0 ? 1 : 0,
    };
  });
}

/**
 * Chapter placement over `count` units, one chapter per 20, counting how
 * often the programme looks at a unit: each start it weighs for each end
 * reads that unit's time and bonus, so the reads count its steps, on any
 * machine and however loaded.
 */
function place(count: number): { starts: number[]; reads: number } {
  let reads = 0;
  const units = talk(count).map(
    (u) =>
      new Proxy(u, {
        get(target, key: keyof Unit) {
          reads++;
          return target[key];
        },
      }),
  );
  const chapters = count / 20;
  const starts = optimalBoundaries(units, 56, chapters, count * 10, 60, 15, Math.ceil((count / chapters) * 3) + 2, 50);
  return { starts, reads };
}

describe('placing chapters in a long recording', () => {
  it('takes steps in proportion to its length, not its square', () => {
    const once = place(1600);
    const twice = place(3200);
    expect(twice.reads / once.reads).toBeLessThan(2.2);
  });

  it('still places every chapter asked for, in order, at the topic changes', () => {
    const { starts } = place(3200);
    expect(starts).toHaveLength(159);
    for (let i = 1; i < starts.length; i++) expect(starts[i]!).toBeGreaterThan(starts[i - 1]!);
    expect(starts.filter((s) => s % 20 === 0).length).toBeGreaterThan(150);
  });
});
