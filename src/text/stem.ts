import porter2 from 'wink-porter2-stemmer';

/**
 * The English stem of a word, for grouping word forms ("models",
 * "modeling", "modeled" → "model"): the Porter2 stemmer, from the same
 * family as the part-of-speech tagger. Topics are compared by stem, but
 * titles and keywords always show words as spoken.
 */
export function stem(word: string): string {
  // Typographic apostrophes as typed ones, so "Łukasz’s" and "Łukasz's" stem alike.
  return porter2(word.toLowerCase().replace(/’/g, "'"));
}
