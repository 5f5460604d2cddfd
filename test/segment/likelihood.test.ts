import { describe, expect, it } from 'vitest';
import { optimalBoundaries, type Unit } from '../../src/segment/optimal.js';
import { segmentLogLikelihood } from '../../src/segment/likelihood.js';

// Term ids: 0 is a word the whole episode uses; 1-2 belong to topic A, 3-4 to topic B.
const units: number[][] = [
  [0, 1, 2, 1],
  [0, 2, 1, 0],
  [1, 0, 2, 2],
  [0, 3, 4, 3],
  [4, 0, 3, 4],
  [3, 0, 0, 4],
];

describe('segment log-likelihood', () => {
  for (const prior of [0, 50]) {
    it(`prefers the cut between topics to a cut inside one (prior ${prior})`, () => {
      const ll = segmentLogLikelihood(units, 5, units.length, prior);
      const atTopicChange = ll(0, 3) + ll(3, 6);
      const insideTopic = ll(0, 2) + ll(2, 6);
      expect(atTopicChange).toBeGreaterThan(insideTopic);
    });
  }

  it('with a prior, a word used everywhere does not pull a cut towards it', () => {
    // Only the background word differs between the halves; topic words are spread evenly.
    const flat = [
      [0, 0, 1],
      [0, 0, 3],
      [0, 0, 1],
      [1, 3, 0],
      [1, 3, 3],
      [1, 3, 1],
    ];
    const ll = segmentLogLikelihood(flat, 5, flat.length, 50);
    const laplace = segmentLogLikelihood(flat, 5, flat.length, 0);
    const gain = (f: (i: number, j: number) => number) => f(0, 3) + f(3, 6) - f(0, 6);
    expect(gain(ll)).toBeLessThan(gain(laplace));
  });

  it('places the dynamic-programming boundary at the topic change', () => {
    const u: Unit[] = units.map((terms, i) => ({ sentence: i, startTime: i * 100, terms, bonus: 0 }));
    expect(optimalBoundaries(u, 5, 2, 600, 60, 15, u.length, 50)).toEqual([3]);
  });
});
