import { normalise } from './words.js';

/**
 * Sounds that carry no words, and listeners' back-channel noises ("mm-hmm",
 * "uh-huh") that meeting transcripts write out. "like", "you know" and
 * "I mean" are speech, kept.
 */
const FILLERS = new Set([
  'uh',
  'um',
  'uhm',
  'umm',
  'er',
  'erm',
  'ah',
  'hmm',
  'hm',
  'mm',
  'mhm',
  'mhmm',
  'mmhmm',
  'mm-hmm',
  'mm-hm',
  'um-hmm',
  'uh-huh',
  'mm-mm',
  'eh',
]);

/**
 * Mark fillers and stutters: "uh", "I I I think" (all but the last "I"),
 * "it's a it's a nice" (the first "it's a"), "when you when you've" (the
 * first "when you"). Returns one flag per word.
 * Only immediate repeats count, so "that that" is treated as a stutter too:
 * in speech it almost always is one.
 */
export function markDisfluencies(
  words: readonly string[],
  /** Whether each word is written onto the one before it ("a.k.a.", "hotels.com"): part of one written thing. */
  glued: readonly boolean[] = [],
): boolean[] {
  const n = words.map(normalise);
  const flags = n.map((w) => FILLERS.has(w));
  for (let i = 0; i < n.length; i++) {
    // The last "a" of "a.k.a. a load balancer" ends a written word: the article after it repeats nothing.
    if (flags[i] || glued[i]) continue;
    const again = askedAgain(n, i);
    if (again > 0) {
      for (let k = i; k < i + again; k++) flags[k] = true;
      continue;
    }
    // Repeated phrases of 1–3 words, longest first.
    for (const size of [3, 2, 1]) {
      if (i + 2 * size > n.length) continue;
      let same = true;
      for (let k = 0; k < size && same; k++) same = n[i + k] === n[i + size + k] || restarted(n, i, size, k);
      // A single digit repeated ("1 1") is data, not a stutter.
      if (same && !(size === 1 && /^\d+$/.test(n[i]!))) {
        for (let k = 0; k < size; k++) flags[i + k] = true;
        break;
      }
    }
  }
  return flags;
}

const QUESTION_WORD = /^(?:what|how|why|where|when|who|which)$/;
const AUXILIARY = /^(?:is|are|was|were|do|does|did|can|could|would|will|should|have|has|had)$/;

/**
 * A question started and started again: "what was your what were you
 * responsible for", "how do we how can we". The question word, its
 * auxiliary and at most a subject or determiner come before the same
 * question word: the first try is the stutter. How many words it spans, or
 * 0. ("What you see is what you get" has no auxiliary after its first "what".)
 */
function askedAgain(n: readonly string[], i: number): number {
  if (!QUESTION_WORD.test(n[i]!) || !AUXILIARY.test(n[i + 1] ?? '')) return 0;
  // Asked again with its own auxiliary ("how do how can we"), not an idiom ("knowing what is what").
  if (n[i + 2] === n[i] && AUXILIARY.test(n[i + 3] ?? '')) return 2;
  // The third word left unfinished: a subject or a determiner ("what was your…"), not a whole question ("what is
  // important? what are…", two questions run together in caption text).
  if (UNFINISHED.test(n[i + 2] ?? '') && n[i + 3] === n[i] && n[i + 4] !== undefined) return 3;
  return 0;
}

const UNFINISHED = /^(?:i|you|we|they|he|she|it|the|a|an|your|my|our|their|his|her|its|this|that|these|those)$/;

/**
 * A restart that ends on a contraction of the word it repeats: "when you
 * when you've solved it" is a stutter of "when you", "it it's" of "it".
 */
function restarted(n: readonly string[], i: number, size: number, k: number): boolean {
  // "on top of it, it's really interesting": after a preposition the first "it" is its object, the second a new subject.
  if (size === 1 && PREPOSITION.test(n[i - 1] ?? '')) return false;
  return k === size - 1 && n[i + size + k]!.startsWith(`${n[i + k]!}'`);
}

const PREPOSITION = /^(?:of|on|in|about|with|for|to|at|from|by|into|onto|over|under|around|through)$/;

export function isFiller(word: string): boolean {
  return FILLERS.has(normalise(word));
}
