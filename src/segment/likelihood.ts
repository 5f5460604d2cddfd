/**
 * Lexical cohesion as Utiyama & Isahara (2001) measure it: how well a
 * segment's own word distribution (Laplace-smoothed over the episode's
 * vocabulary) predicts its words. A segmentation that keeps each topic's
 * vocabulary together scores a higher total log-likelihood.
 *
 * `segmentLogLikelihood(units, vocabulary)` returns a function giving the
 * log-likelihood of units [i, j); each row i is built incrementally in one
 * pass, since Σ c·log(c+1) changes by one term per added word.
 */
export function segmentLogLikelihood(units: readonly (readonly number[])[], vocabulary: number, maxUnits: number): (i: number, j: number) => number {
  const n = units.length;
  const table = new Float64Array(n * (n + 1)).fill(-Infinity);
  const counts = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    counts.clear();
    let sum = 0;
    let length = 0;
    for (let j = i; j < Math.min(n, i + maxUnits); j++) {
      for (const term of units[j]!) {
        const c = counts.get(term) ?? 0;
        sum += (c + 1) * Math.log(c + 2) - c * Math.log(c + 1);
        counts.set(term, c + 1);
        length++;
      }
      table[i * (n + 1) + j + 1] = sum - length * Math.log(length + vocabulary);
    }
  }
  return (i, j) => table[i * (n + 1) + j]!;
}
