/**
 * Lexical cohesion of a segment: how well the segment's own word
 * distribution predicts its words. A segmentation that keeps each topic's
 * vocabulary together scores a higher total log-likelihood.
 *
 * With `prior` 0 this is Utiyama & Isahara (2001): Laplace smoothing over the
 * episode's vocabulary. With `prior` > 0 it is the Dirichlet-compound
 * marginal likelihood of BayesSeg (Eisenstein & Barzilay 2008), with the
 * prior centred on the episode's own word frequencies: words the whole
 * episode uses everywhere ("code", "AI" in an AI show) then barely reward a
 * cut, while words that cluster in one stretch of talk do.
 *
 * Returns a function giving the log-likelihood of units [i, j), for j - i
 * at most `maxUnits` (-Infinity beyond); each row i is built incrementally
 * in one pass, one term per added word. Only that band is stored, so the
 * table grows with the units, not with their square.
 */
export function segmentLogLikelihood(
  units: readonly (readonly number[])[],
  vocabulary: number,
  maxUnits: number,
  prior = 0,
): (i: number, j: number) => number {
  const n = units.length;
  const width = Math.max(1, Math.min(maxUnits, n));
  // table[i * width + (j - i - 1)]: units [i, j).
  const table = new Float64Array(n * width).fill(-Infinity);
  const counts = new Map<number, number>();
  const alpha = prior > 0 ? priorWeights(units, vocabulary, prior) : undefined;
  const total = prior > 0 ? prior : 0;
  for (let i = 0; i < n; i++) {
    counts.clear();
    let sum = 0;
    let length = 0;
    for (let j = i; j < Math.min(n, i + width); j++) {
      for (const term of units[j]!) {
        const c = counts.get(term) ?? 0;
        if (alpha) sum += Math.log(c + alpha[term]!) - Math.log(length + total);
        else sum += (c + 1) * Math.log(c + 2) - c * Math.log(c + 1);
        counts.set(term, c + 1);
        length++;
      }
      table[i * width + (j - i)] = alpha ? sum : sum - length * Math.log(length + vocabulary);
    }
  }
  return (i, j) => (j > i && j - i <= width && j <= n ? table[i * width + (j - i - 1)]! : -Infinity);
}

/** Dirichlet pseudo-counts summing to `strength`, proportional to each term's episode frequency (add-half smoothed). */
function priorWeights(units: readonly (readonly number[])[], vocabulary: number, strength: number): Float64Array {
  const freq = new Float64Array(vocabulary).fill(0.5);
  let total = vocabulary * 0.5;
  for (const unit of units)
    for (const term of unit) {
      freq[term]! += 1;
      total += 1;
    }
  return freq.map((f) => (strength * f) / total);
}
