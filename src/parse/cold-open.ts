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
  // Normalise the fluent words once; every leading turn is compared with the rest of this list.
  const fluent: { word: string; at: number }[] = [];
  for (let i = 0; i < words.length; i++)
    if (!words[i]!.disfluent) fluent.push({ word: normalise(words[i]!.text), at: i });
  const shingle = (i: number) => {
    let key = fluent[i]!.word;
    for (let k = 1; k < SHINGLE; k++) key += ` ${fluent[i + k]!.word}`;
    return key;
  };
  const limit = words.length * MAX_SHARE;
  let cursor = 0;
  for (const turn of turns.slice(0, MAX_TURNS)) {
    if (turn.firstWord > limit) break;
    while (cursor < fluent.length && fluent[cursor]!.at < turn.firstWord) cursor++;
    let end = cursor;
    while (end < fluent.length && fluent[end]!.at < turn.endWord) end++;
    if (end - cursor < SHINGLE * 2) break;
    const wanted = new Set<string>();
    const starts = new Set<string>();
    for (let i = cursor; i + SHINGLE <= end; i++) {
      wanted.add(shingle(i));
      starts.add(fluent[i]!.word);
    }
    let hits = 0;
    let firstHit: number | undefined;
    const seen = new Set<string>();
    for (let i = end; i + SHINGLE <= fluent.length; i++) {
      // Only build a key where a wanted sequence could start: keeps long transcripts linear and cheap.
      if (!starts.has(fluent[i]!.word)) continue;
      const key = shingle(i);
      if (wanted.has(key) && !seen.has(key)) {
        seen.add(key);
        hits++;
        firstHit ??= fluent[i]!.at;
        // Enough evidence: stop scanning (a long transcript need not be read to the end).
        if (hits >= wanted.size * MIN_OVERLAP) break;
      }
    }
    if (hits / wanted.size < MIN_OVERLAP || firstHit === undefined) break;
    found.set(turn.index, firstHit);
  }
  return found;
}
