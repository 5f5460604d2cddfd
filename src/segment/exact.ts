import { segmentLogLikelihood } from './likelihood.js';
import type { Unit } from './types.js';

/**
 * Place exactly `segments` chapters over the units by dynamic programming:
 * maximise the summed log-likelihood of every chapter's words under its own
 * word distribution, plus `bonusWeight` times the bonus of each chosen
 * start, with every chapter at least `minSeconds` long. `prior` selects
 * the likelihood (see `segmentLogLikelihood`). Returns the indices
 * of the units where chapters 2..n start. Its cost is `segments` × units ×
 * `maxUnits`: `optimalBoundaries` keeps `segments` bounded.
 */
export function exactBoundaries(
  units: readonly Unit[],
  vocabulary: number,
  segments: number,
  endTime: number,
  minSeconds: number,
  bonusWeight: number,
  maxUnits: number,
  prior = 0,
): number[] {
  const n = units.length;
  const k = Math.max(1, Math.min(segments, n));
  const ll = segmentLogLikelihood(
    units.map((u) => u.terms),
    vocabulary,
    maxUnits,
    prior,
  );
  const timeAt = (i: number) => (i >= n ? endTime : units[i]!.startTime);
  // best[s][j]: best score of the first j units cut into s chapters; from[s][j]: where the last one starts.
  const best = Array.from({ length: k + 1 }, () => new Float64Array(n + 1).fill(-Infinity));
  const from = Array.from({ length: k + 1 }, () => new Int32Array(n + 1).fill(-1));
  best[0]![0] = 0;
  for (let s = 1; s <= k; s++) {
    const prev = best[s - 1]!;
    const row = best[s]!;
    const back = from[s]!;
    for (let j = 1; j <= n; j++) {
      const end = timeAt(j);
      for (let i = Math.max(0, j - maxUnits); i < j; i++) {
        if (prev[i] === -Infinity || end - timeAt(i) < minSeconds) continue;
        const value = prev[i]! + ll(i, j) + (i > 0 ? bonusWeight * units[i]!.bonus : 0);
        if (value > row[j]!) {
          row[j] = value;
          back[j] = i;
        }
      }
    }
  }
  // Fewer chapters than asked when the length rule leaves no room for more.
  let s = k;
  while (s > 1 && best[s]![n] === -Infinity) s--;
  const starts: number[] = [];
  for (let j = n; s > 0 && j > 0; s--) {
    const i = from[s]![j]!;
    if (i < 0) break;
    if (i > 0) starts.push(i);
    j = i;
  }
  return starts.reverse();
}
