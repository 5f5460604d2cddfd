import { cosine } from '../text/cosine.js';
/**
 * Lexical cohesion across each gap between sentences: the cosine similarity of
 * the content words in a window before and a window after (TextTiling's block
 * comparison), then the depth of each gap below the peaks on either side.
 * A deep valley means vocabulary changes there: a likely topic boundary.
 */
export function cohesionDepth(
  terms: readonly string[][],
  idf: ReadonlyMap<string, number>,
  windowWords: number,
): number[] {
  const n = terms.length;
  const similarity = new Array<number>(n).fill(1);
  for (let gap = 1; gap < n; gap++) {
    similarity[gap] = cosine(windowBag(terms, gap, -1, windowWords, idf), windowBag(terms, gap, 1, windowWords, idf));
  }
  const smooth = similarity.map((_, i) => {
    let sum = 0;
    let count = 0;
    for (let k = Math.max(1, i - 1); k <= Math.min(n - 1, i + 1); k++) {
      sum += similarity[k]!;
      count++;
    }
    return count ? sum / count : 1;
  });
  const depth = new Array<number>(n).fill(0);
  for (let gap = 1; gap < n; gap++) {
    let left = smooth[gap]!;
    for (let k = gap - 1; k >= 1 && smooth[k]! >= left; k--) left = smooth[k]!;
    let right = smooth[gap]!;
    for (let k = gap + 1; k < n && smooth[k]! >= right; k++) right = smooth[k]!;
    depth[gap] = left - smooth[gap]! + (right - smooth[gap]!);
  }
  return depth;
}

/** Weighted bag of terms over ~`size` words before (dir -1) or from (dir 1) the gap. */
function windowBag(
  terms: readonly string[][],
  gap: number,
  dir: 1 | -1,
  size: number,
  idf: ReadonlyMap<string, number>,
): Map<string, number> {
  const bag = new Map<string, number>();
  let words = 0;
  for (let i = dir === 1 ? gap : gap - 1; i >= 0 && i < terms.length && words < size; i += dir) {
    for (const term of terms[i]!) bag.set(term, (bag.get(term) ?? 0) + (idf.get(term) ?? 1));
    words += Math.max(terms[i]!.length, 1);
  }
  return bag;
}
