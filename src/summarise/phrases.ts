import type { Transcript } from '../model/transcript.js';
import { stem } from '../text/stem.js';
import { isStopword } from '../text/stopwords.js';
import { normalise } from '../text/words.js';

/** A key phrase: content words that occur together, keyed by their stems. */
export interface PhraseCount {
  key: string;
  /** Surface forms as spoken, with counts; the commonest is shown. */
  forms: Map<string, number>;
  count: number;
  words: number;
}

/** Words allowed inside (never at the edge of) a phrase: "chain of thought". */
const JOINERS = new Set(['of', 'for', 'and']);

/**
 * Count candidate key phrases (1–3 content words in a row, within a sentence,
 * fillers skipped) over a run of sentences.
 */
export function countPhrases(t: Transcript, firstSentence: number, endSentence: number): Map<string, PhraseCount> {
  const counts = new Map<string, PhraseCount>();
  for (let s = firstSentence; s < endSentence; s++) {
    const sentence = t.sentences[s]!;
    const tokens = [];
    for (let i = sentence.firstWord; i < sentence.endWord; i++) if (!t.words[i]!.disfluent) tokens.push(t.words[i]!.text);
    const lower = tokens.map(normalise);
    for (let i = 0; i < tokens.length; i++) {
      if (isStopword(lower[i]!) || JOINERS.has(lower[i]!)) continue;
      for (let size = 1; size <= 3 && i + size <= tokens.length; size++) {
        const last = lower[i + size - 1]!;
        const inner = lower.slice(i + 1, i + size - 1);
        if (inner.some((w) => isStopword(w) && !JOINERS.has(w))) break;
        if (isStopword(last) || JOINERS.has(last)) continue;
        const key = lower.slice(i, i + size).map(stem).join(' ');
        const form = tokens.slice(i, i + size).join(' ');
        let entry = counts.get(key);
        if (!entry) counts.set(key, (entry = { key, forms: new Map(), count: 0, words: size }));
        entry.count++;
        entry.forms.set(form, (entry.forms.get(form) ?? 0) + 1);
      }
    }
  }
  return counts;
}

/** The commonest surface form; ties go to the capitalised one (names), then alphabetical. */
export function commonForm(p: PhraseCount): string {
  return [...p.forms.entries()].sort((a, b) => b[1] - a[1] || capitals(b[0]) - capitals(a[0]) || (a[0] < b[0] ? -1 : 1))[0]![0];
}

function capitals(s: string): number {
  return (s.match(/\p{Lu}/gu) ?? []).length;
}

/**
 * Rank phrases of one part against the whole: frequent here, rarer elsewhere,
 * longer phrases first among equals. `background` counts the whole episode.
 */
export function rankPhrases(part: Map<string, PhraseCount>, background: Map<string, PhraseCount>, parts: number): PhraseCount[] {
  const scored = [...part.values()]
    .filter((p) => p.count >= 2)
    .map((p) => {
      const total = background.get(p.key)?.count ?? p.count;
      const concentration = p.count / total;
      const specificity = Math.log(1 + parts * concentration);
      return { p, score: p.count * specificity * (1 + 0.6 * (p.words - 1)) };
    });
  scored.sort((a, b) => b.score - a.score || (a.p.key < b.p.key ? -1 : 1));
  return scored.map((s) => s.p);
}
