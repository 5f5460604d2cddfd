/**
 * Segmentation metrics over word positions. A segmentation is the sorted list
 * of word indices where a segment starts; position 0 is always a start and is
 * ignored if present. `n` is the number of words.
 */

/** Segment id of every word position. */
function labels(boundaries: readonly number[], n: number): Int32Array {
  const out = new Int32Array(n);
  const sorted = [...new Set(boundaries)].filter((b) => b > 0 && b < n).sort((a, b) => a - b);
  let k = 0;
  for (let i = 0; i < n; i++) {
    while (k < sorted.length && sorted[k]! <= i) k++;
    out[i] = k;
  }
  return out;
}

/** Half the mean reference segment length in words (Beeferman et al.), at least 2. */
export function windowSize(reference: readonly number[], n: number): number {
  const segments = new Set(reference.filter((b) => b > 0 && b < n)).size + 1;
  return Math.max(2, Math.round(n / segments / 2));
}

/**
 * Pk (Beeferman, Berger & Lafferty 1999): the share of word pairs k apart
 * that reference and hypothesis disagree on being in the same segment.
 */
export function pk(
  reference: readonly number[],
  hypothesis: readonly number[],
  n: number,
  k = windowSize(reference, n),
): number {
  const r = labels(reference, n);
  const h = labels(hypothesis, n);
  let errors = 0;
  const pairs = n - k;
  for (let i = 0; i < pairs; i++) if ((r[i] === r[i + k]) !== (h[i] === h[i + k])) errors++;
  return pairs > 0 ? errors / pairs : 0;
}

/**
 * WindowDiff (Pevzner & Hearst 2002): the share of windows of k words in
 * which reference and hypothesis count a different number of boundaries.
 */
export function windowDiff(
  reference: readonly number[],
  hypothesis: readonly number[],
  n: number,
  k = windowSize(reference, n),
): number {
  const r = labels(reference, n);
  const h = labels(hypothesis, n);
  let errors = 0;
  const windows = n - k;
  for (let i = 0; i < windows; i++) if (r[i + k]! - r[i]! !== h[i + k]! - h[i]!) errors++;
  return windows > 0 ? errors / windows : 0;
}

export interface BoundaryScore {
  precision: number;
  recall: number;
  f1: number;
}

/**
 * Boundary F1 with a tolerance: each reference boundary can be matched by at
 * most one hypothesis boundary within `within(ref, hyp)`; nearest pairs are
 * matched first so one lucky boundary never counts twice.
 */
export function boundaryF1(
  reference: readonly number[],
  hypothesis: readonly number[],
  within: (ref: number, hyp: number) => number | undefined,
): BoundaryScore {
  const ref = [...new Set(reference.filter((b) => b > 0))];
  const hyp = [...new Set(hypothesis.filter((b) => b > 0))];
  const pairs: { r: number; h: number; d: number }[] = [];
  ref.forEach((rb, r) =>
    hyp.forEach((hb, h) => {
      const d = within(rb, hb);
      if (d !== undefined) pairs.push({ r, h, d });
    }),
  );
  pairs.sort((a, b) => a.d - b.d || a.r - b.r || a.h - b.h);
  const usedR = new Set<number>();
  const usedH = new Set<number>();
  let hits = 0;
  for (const p of pairs) {
    if (usedR.has(p.r) || usedH.has(p.h)) continue;
    usedR.add(p.r);
    usedH.add(p.h);
    hits++;
  }
  const precision = hyp.length ? hits / hyp.length : ref.length ? 0 : 1;
  const recall = ref.length ? hits / ref.length : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}
