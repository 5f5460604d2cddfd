import type { Word } from '../model/transcript.js';
import { normalise } from '../text/words.js';

const SHINGLE = 6;
/** Share of a turn's word sequences that must recur later for it to be a teaser. */
const MIN_OVERLAP = 0.3;
/** A cold open sits at the very top: only the first turns, within the first 15% of words. */
const MAX_TURNS = 5;
const MAX_SHARE = 0.15;

interface TurnWords {
  index: number;
  firstWord: number;
  endWord: number;
}

/**
 * Find a cold open: leading turns whose word sequences recur later in the
 * episode (a teaser clip cut from the conversation). Returns, for each
 * cold-open turn, the word index where the passage it repeats begins.
 */
export function detectColdOpen(turns: readonly TurnWords[], words: readonly Word[]): Map<number, number> {
  const found = new Map<number, number>();
  const fluent = (from: number, to: number) => {
    const out: { word: string; at: number }[] = [];
    for (let i = from; i < to; i++) if (!words[i]!.disfluent) out.push({ word: normalise(words[i]!.text), at: i });
    return out;
  };
  const limit = words.length * MAX_SHARE;
  for (const turn of turns.slice(0, MAX_TURNS)) {
    if (turn.firstWord > limit) break;
    const own = fluent(turn.firstWord, turn.endWord);
    if (own.length < SHINGLE * 2) break;
    const wanted = new Set<string>();
    for (let i = 0; i + SHINGLE <= own.length; i++) wanted.add(own.slice(i, i + SHINGLE).map((w) => w.word).join(' '));
    const rest = fluent(turn.endWord, words.length);
    let hits = 0;
    let firstHit: number | undefined;
    const seen = new Set<string>();
    for (let i = 0; i + SHINGLE <= rest.length; i++) {
      const key = rest.slice(i, i + SHINGLE).map((w) => w.word).join(' ');
      if (wanted.has(key) && !seen.has(key)) {
        seen.add(key);
        hits++;
        firstHit ??= rest[i]!.at;
      }
    }
    if (hits / wanted.size < MIN_OVERLAP || firstHit === undefined) break;
    found.set(turn.index, firstHit);
  }
  return found;
}
