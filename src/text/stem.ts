/**
 * A light English stemmer for grouping word forms ("models", "modeling",
 * "modeled" → "model"). Deliberately conservative: topics are compared by
 * stem, but titles and keywords always show words as spoken.
 */
export function stem(word: string): string {
  let w = word.toLowerCase().replace(/’/g, "'").replace(/'s$/, '');
  // Short plurals ("dots", "bugs") but not "this", "was", "gas", "bus".
  if (w.length === 4 && /[^siu]s$/.test(w) && !/^(?:this|thus|yes|less|does|goes)$/.test(w)) return w.slice(0, -1);
  if (w.length <= 4) return w;
  if (w.endsWith('ies') && w.length > 5) return `${w.slice(0, -3)}y`;
  for (const suffix of ['ingly', 'ings', 'ing', 'edly', 'ed', 'ers', 'er', 'ly', 'es', 's']) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 4) {
      w = w.slice(0, -suffix.length);
      // "modell" → "model", "runn" → "run"
      if (/([b-df-hj-np-tv-z])\1$/.test(w) && !/(ll|ss|zz)$/.test(w)) w = w.slice(0, -1);
      return w;
    }
  }
  return w;
}
