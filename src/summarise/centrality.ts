import type { ChapterSpan } from '../segment/index.js';
import { spanAt } from './span-at.js';

/**
 * How central a passage is to its chapter: cosine similarity between its
 * content words (weighted by inverse frequency) and the chapter's
 * (term frequency × inverse frequency). A line about what the chapter is
 * about beats an aside in it.
 */
export function centralityIn(
  chapters: readonly (readonly [number, number])[],
  terms: readonly string[][],
  idf: ReadonlyMap<string, number>,
): (sentence: number, stems: ReadonlySet<string>) => number {
  const vectors = chapters.map(([first, end]) => {
    const v = new Map<string, number>();
    for (let s = first; s < end; s++)
      for (const term of terms[s] ?? []) v.set(term, (v.get(term) ?? 0) + (idf.get(term) ?? 0));
    let norm = 0;
    for (const x of v.values()) norm += x * x;
    return { first, end, v, norm: Math.sqrt(norm) || 1 };
  });
  return (sentence, stems) => {
    const chapter =
      vectors[
        spanAt(
          vectors,
          sentence,
          (c) => c.first,
          (c) => c.end,
        )
      ];
    if (!chapter || stems.size === 0) return 0;
    let dot = 0;
    let norm = 0;
    for (const s of stems) {
      const w = idf.get(s) ?? 0;
      dot += w * (chapter.v.get(s) ?? 0);
      norm += w * w;
    }
    return dot / (Math.sqrt(norm) || 1) / chapter.norm;
  };
}

/** How far below the median topic chapter's closeness to the episode a chapter is an aside. */
const ASIDE_SHARE = 0.8;

/**
 * Topic chapters whose words are far from the episode's (a story about South Park in an episode about TypeScript):
 * the talk wandered off, and a takeaway from there would not say what the episode is about. Indices into `spans`.
 */
export function asideChapters(
  spans: readonly Pick<ChapterSpan, 'kind' | 'firstSentence' | 'endSentence'>[],
  terms: readonly string[][],
  wholeEpisode: (sentence: number, stems: ReadonlySet<string>) => number,
): Set<number> {
  const closeness = spans.map((span) => {
    const stems = new Set<string>();
    for (let s = span.firstSentence; s < span.endSentence; s++) for (const term of terms[s]!) stems.add(term);
    return wholeEpisode(0, stems);
  });
  const topics = spans.flatMap((span, i) => (span.kind === 'topic' ? [closeness[i]!] : [])).sort((a, b) => a - b);
  const median = topics[Math.floor(topics.length / 2)] ?? 0;
  return new Set(
    spans.flatMap((span, i) => (span.kind === 'topic' && closeness[i]! < ASIDE_SHARE * median ? [i] : [])),
  );
}
