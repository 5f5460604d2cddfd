import { stem } from '../text/stem.js';
import { isStopword } from '../text/stopwords.js';
import { normalise } from '../text/words.js';
import { cosine } from '../text/cosine.js';

export interface TextTilingOptions {
  /** Words per pseudo-sentence (Hearst's w). */
  sequence: number;
  /** Pseudo-sentences per block on each side of a gap (Hearst's k). */
  block: number;
}

/**
 * TextTiling (Hearst 1997) as NLTK implements it, the second baseline:
 * pseudo-sentences of `sequence` words, block comparison of `block`
 * sequences either side of each gap, smoothed similarity, depth scores, and a
 * boundary wherever depth exceeds mean − sd/2, snapped to the nearest
 * paragraph (here: turn) start. It knows nothing of speakers or questions.
 */
export function textTiling(
  words: readonly string[],
  paragraphStarts: readonly number[],
  options: TextTilingOptions = { sequence: 20, block: 10 },
): number[] {
  const { sequence, block } = options;
  const seqs: Map<string, number>[] = [];
  for (let i = 0; i < words.length; i += sequence) {
    const bag = new Map<string, number>();
    for (const w of words.slice(i, i + sequence)) {
      const n = normalise(w);
      if (isStopword(n)) continue;
      const s = stem(n);
      bag.set(s, (bag.get(s) ?? 0) + 1);
    }
    seqs.push(bag);
  }
  const gaps = seqs.length - 1;
  if (gaps < 2) return [];
  const sim: number[] = [];
  for (let g = 1; g <= gaps; g++) {
    const left = merge(seqs.slice(Math.max(0, g - block), g));
    const right = merge(seqs.slice(g, g + block));
    sim.push(cosine(left, right));
  }
  const smooth = sim.map((_, i) => {
    const window = sim.slice(Math.max(0, i - 1), i + 2);
    return window.reduce((a, b) => a + b, 0) / window.length;
  });
  const depth = smooth.map((v, i) => {
    let l = v;
    for (let j = i - 1; j >= 0 && smooth[j]! >= l; j--) l = smooth[j]!;
    let r = v;
    for (let j = i + 1; j < smooth.length && smooth[j]! >= r; j++) r = smooth[j]!;
    return l - v + (r - v);
  });
  const mean = depth.reduce((a, b) => a + b, 0) / depth.length;
  const sd = Math.sqrt(depth.reduce((a, b) => a + (b - mean) ** 2, 0) / depth.length);
  const cutoff = mean - sd / 2;
  const out = new Set<number>();
  depth.forEach((d, i) => {
    // Only local maxima of depth, as NLTK's "highest" peaks do.
    if (d <= cutoff || d < (depth[i - 1] ?? -Infinity) || d < (depth[i + 1] ?? -Infinity)) return;
    const at = (i + 1) * sequence;
    out.add(nearest(paragraphStarts, at));
  });
  return [...out].filter((b) => b > 0).sort((a, b) => a - b);
}

function merge(bags: readonly Map<string, number>[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const bag of bags) for (const [k, v] of bag) out.set(k, (out.get(k) ?? 0) + v);
  return out;
}

function nearest(sorted: readonly number[], at: number): number {
  let best = at;
  let distance = Infinity;
  for (const p of sorted) {
    const d = Math.abs(p - at);
    if (d < distance) {
      distance = d;
      best = p;
    }
  }
  return best;
}
