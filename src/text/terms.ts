import type { Transcript } from '../model/transcript.js';
import { stem } from './stem.js';
import { isStopword } from './stopwords.js';
import { normalise } from './words.js';

/**
 * Content-word stems per sentence (fillers and stopwords dropped): the
 * vocabulary segmentation and ranking compare. Computed once per transcript.
 */
export function sentenceTerms(t: Transcript): string[][] {
  return t.sentences.map((s) => {
    const out: string[] = [];
    for (let i = s.firstWord; i < s.endWord; i++) {
      const w = t.words[i]!;
      if (w.disfluent) continue;
      const n = normalise(w.text);
      if (!isStopword(n)) out.push(stem(n));
    }
    return out;
  });
}

/** Inverse document frequency of each stem, with sentences as documents. */
export function inverseFrequency(terms: readonly string[][]): Map<string, number> {
  const df = new Map<string, number>();
  for (const list of terms) for (const term of new Set(list)) df.set(term, (df.get(term) ?? 0) + 1);
  const n = terms.length || 1;
  const idf = new Map<string, number>();
  for (const [term, count] of df) idf.set(term, Math.log(1 + n / count));
  return idf;
}
