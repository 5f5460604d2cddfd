import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evenBoundaries } from '../../src/eval/baselines.js';
import { boundaryF1, pk, windowDiff } from '../../src/eval/metrics.js';
import { textTiling } from '../../src/eval/texttiling.js';

describe('segmentation metrics', () => {
  it('score a perfect segmentation 0 (Pk, WindowDiff) and 1 (F1)', () => {
    expect(pk([100, 200], [100, 200], 300)).toBe(0);
    expect(windowDiff([100, 200], [100, 200], 300)).toBe(0);
    expect(boundaryF1([100, 200], [100, 200], (r, h) => (Math.abs(r - h) <= 10 ? Math.abs(r - h) : undefined)).f1).toBe(
      1,
    );
  });

  it('penalise a missing boundary by the share of windows that straddle it', () => {
    // Reference boundary at 100 of 200 words, k = 50: 50 of the 150 windows straddle it.
    expect(pk([100], [], 200)).toBeCloseTo(50 / 150, 5);
    expect(windowDiff([100], [], 200)).toBeCloseTo(50 / 150, 5);
  });

  it('count a near miss within the tolerance as a hit, once', () => {
    const within = (r: number, h: number) => (Math.abs(r - h) <= 10 ? Math.abs(r - h) : undefined);
    expect(boundaryF1([100], [95, 105], within)).toEqual({ precision: 0.5, recall: 1, f1: 2 / 3 });
  });

  it('space even baselines evenly', () => {
    expect(evenBoundaries(4, 100)).toEqual([25, 50, 75]);
  });

  it('find a vocabulary change with TextTiling', () => {
    const a = Array.from({ length: 400 }, (_, i) => ['guitar', 'chord', 'melody', 'rhythm'][i % 4]!);
    const b = Array.from({ length: 400 }, (_, i) => ['database', 'index', 'query', 'schema'][i % 4]!);
    const starts = Array.from({ length: 40 }, (_, i) => i * 20);
    const found = textTiling([...a, ...b], starts);
    expect(found.some((x) => Math.abs(x - 400) <= 20)).toBe(true);
  });
});

const dev = path.resolve(import.meta.dirname, '../../../shared/eval/dev');

describe.skipIf(!existsSync(dev))('the development set', () => {
  it('maps every reference boundary inside its transcript', async () => {
    const { loadCases } = await import('../../src/eval/dataset.js');
    for (const c of loadCases(dev)) {
      expect(c.reference.length).toBeGreaterThan(0);
      for (const b of c.reference) expect(b > 0 && b < c.transcript.words.length).toBe(true);
    }
  });
});
