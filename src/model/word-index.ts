import type { Transcript } from './transcript.js';

/** Index of the first word for which `before(word)` is false (words are in source and time order). */
function partition(t: Transcript, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = t.words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first word starting at or after character `offset` (`words.length` when none). */
export function firstWordFrom(t: Transcript, offset: number): number {
  return partition(t, (i) => t.words[i]!.start < offset);
}

/** The first word spoken at or after `seconds` (`words.length` when none); word times never decrease. */
export function firstWordAtTime(t: Transcript, seconds: number): number {
  return partition(t, (i) => t.words[i]!.time < seconds);
}
