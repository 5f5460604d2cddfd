import type { Transcript } from '../model/transcript.js';
import { isNominal, wordTags } from '../text/pos.js';
import { isExclaimed } from './generic.js';
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
  /** Sentence index of each occurrence, in order: how widely the phrase spreads. */
  at: number[];
  /** Occurrences that open a sentence or a quotation, where every word has its capital. */
  initial: number;
}

/** Words allowed inside (never at the edge of) a phrase: "chain of thought". */
const JOINERS = new Set(['of', 'for', 'and']);

/** Tags a topic phrase may start with: "synthetic data", "GPT-5 launch", "language models". */
const OPENERS = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);

/**
 * Count candidate key phrases (1–3 content words in a row, within a sentence,
 * fillers skipped) over a run of sentences. A phrase is a noun phrase by its
 * tags: it starts with a noun, name, adjective or number and ends with a noun
 * or name, so "similar", "hit refresh" or "Amazon decided" never name a topic.
 */
export function countPhrases(t: Transcript, firstSentence: number, endSentence: number): Map<string, PhraseCount> {
  const counts = new Map<string, PhraseCount>();
  const allTags = wordTags(t);
  for (let s = firstSentence; s < endSentence; s++) {
    const sentence = t.sentences[s]!;
    const tokens = [];
    const tags = [];
    // Whether a kept word is written onto the one before it ("foo.name", "hotels.com"): one written thing, no phrase.
    const glued: boolean[] = [];
    // Whether a kept word opens the sentence or a quotation ("Wait…", `"Wut?"`): its capital says nothing of a name.
    const opening: boolean[] = [];
    for (let i = sentence.firstWord; i < sentence.endWord; i++) {
      if (t.words[i]!.disfluent) continue;
      const gap = i > sentence.firstWord ? t.text.slice(t.words[i - 1]!.end, t.words[i]!.start) : ' ';
      glued.push(gap !== '' && !/\s/.test(gap));
      opening.push(tokens.length === 0 || /["“:]/.test(gap));
      tokens.push(t.words[i]!.text);
      tags.push(allTags[i]);
    }
    // A gerund names an activity ("pre-training", "reasoning models") unless a form of "be" makes it a verb ("is happening").
    for (let i = 0; i < tags.length; i++)
      if (tags[i] === 'VERB' && /ing$/i.test(tokens[i]!) && tags[i - 1] !== 'AUX') tags[i] = 'NOUN';
    const lower = tokens.map(normalise);
    for (let i = 0; i < tokens.length; i++) {
      // "New" alone is too common to count; "New York" is a name.
      const named = isStopword(lower[i]!) && opensName(tokens, tags, i);
      if ((isStopword(lower[i]!) && !named) || JOINERS.has(lower[i]!) || !OPENERS.has(tags[i] ?? '')) continue;
      if (isExclaimed(lower, i)) continue;
      for (let size = named ? 2 : 1; size <= 3 && i + size <= tokens.length; size++) {
        const last = lower[i + size - 1]!;
        if (size > 1 && glued[i + size - 1]) break;
        const inner = lower.slice(i + 1, i + size - 1);
        if (inner.some((w) => isStopword(w) && !JOINERS.has(w))) break;
        if (isStopword(last) || JOINERS.has(last) || !isNominal(tags[i + size - 1])) continue;
        if (size === 1 && tags[i] === 'NUM') continue;
        const key = lower
          .slice(i, i + size)
          .map(stem)
          .join(' ');
        // "Cursor's" is a mention of Cursor, written as the name.
        const form = tokens
          .slice(i, i + size)
          .join(' ')
          .replace(/['’]s$/, '');
        let entry = counts.get(key);
        if (!entry) counts.set(key, (entry = { key, forms: new Map(), count: 0, words: size, at: [], initial: 0 }));
        entry.count++;
        if (opening[i]) entry.initial++;
        entry.at.push(s);
        entry.forms.set(form, (entry.forms.get(form) ?? 0) + 1);
      }
    }
  }
  return counts;
}

/**
 * A common word (not a determiner or pronoun) written with a capital inside a sentence, before a name: the first word of that name ("New York",
 * "Great Britain", "Big Sur"), which a phrase keeps though "new" alone is too common to open one.
 */
function opensName(tokens: readonly string[], tags: readonly (string | undefined)[], i: number): boolean {
  return (
    // At a sentence's start every word has its capital: there only the tagger's reading as a name counts.
    (i > 0 ? OPENERS.has(tags[i] ?? '') : tags[i] === 'PROPN') &&
    /^\p{Lu}\p{Ll}/u.test(tokens[i]!) &&
    /^\p{Lu}/u.test(tokens[i + 1] ?? '') &&
    tags[i + 1] === 'PROPN'
  );
}

/** The commonest surface form; ties go to the capitalised one (names), then alphabetical. */
export function commonForm(p: PhraseCount): string {
  return [...p.forms.entries()].sort(
    (a, b) => b[1] - a[1] || capitals(b[0]) - capitals(a[0]) || (a[0] < b[0] ? -1 : 1),
  )[0]![0];
}

function capitals(s: string): number {
  return (s.match(/\p{Lu}/gu) ?? []).length;
}

/**
 * Rank phrases of one part against the whole: frequent here, rarer elsewhere,
 * longer phrases first among equals, and topical across the part rather than
 * one anecdote's passing mention: a phrase heard in only one third of the
 * part counts for less. `background` counts the whole episode; `range` is the
 * part's sentences [first, end).
 */
export function rankPhrases(
  part: Map<string, PhraseCount>,
  background: Map<string, PhraseCount>,
  parts: number,
  range?: readonly [number, number],
): PhraseCount[] {
  const subsumed = subsumedIn(part);
  const scored = [...part.values()]
    .filter((p) => p.count >= 2 && !subsumed(p))
    .map((p) => {
      const total = background.get(p.key)?.count ?? p.count;
      const concentration = p.count / total;
      const specificity = Math.log(1 + parts * concentration);
      return {
        p,
        score:
          p.count * specificity * (1 + 0.6 * (p.words - 1)) * (range ? SPREAD_WEIGHT[thirdsCovered(p, range) - 1]! : 1),
      };
    });
  scored.sort((a, b) => b.score - a.score || (a.p.key < b.p.key ? -1 : 1));
  return scored.map((s) => s.p);
}

/**
 * Whether a phrase is heard mostly inside one longer phrase ("Glass" in "Hugh Glass", "Raspberry" in "Raspberry Pi"):
 * then it is that phrase, not a topic of its own.
 */
export function subsumedIn(part: ReadonlyMap<string, PhraseCount>): (p: PhraseCount) => boolean {
  const containing = new Map<string, number>();
  for (const l of part.values()) {
    if (l.words < 2 || l.count < 2) continue;
    const words = l.key.split(' ');
    for (let i = 0; i < words.length; i++) {
      for (let j = i + 1; j <= words.length; j++) {
        if (j - i === words.length) continue;
        const inner = words.slice(i, j).join(' ');
        containing.set(inner, Math.max(containing.get(inner) ?? 0, l.count));
      }
    }
  }
  return (p) => (containing.get(p.key) ?? 0) >= SUBSUMED_SHARE * p.count;
}

/** Share of a phrase's occurrences inside one longer phrase that makes it part of that phrase. */
const SUBSUMED_SHARE = 0.7;

/** Weight of a phrase heard in one, two or all three thirds of its part. */
const SPREAD_WEIGHT = [0.45, 0.8, 1];

/** In how many thirds of the sentence range [first, end) the phrase occurs (1–3). */
export function thirdsCovered(p: PhraseCount, [first, end]: readonly [number, number]): number {
  const size = Math.max(1, end - first);
  const thirds = new Set(p.at.map((s) => Math.min(2, Math.floor((3 * (s - first)) / size))));
  return Math.max(1, thirds.size);
}
