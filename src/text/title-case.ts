const SMALL = new Set([
  'a',
  'an',
  'and',
  'as',
  'at',
  'but',
  'by',
  'for',
  'in',
  'of',
  'on',
  'or',
  'the',
  'to',
  'vs',
  'via',
  'with',
]);

/**
 * Title style ("Chain of Thought and Reinforcement Learning"): capitalise
 * words except small ones inside; leave words that already carry capitals
 * ("GPT-5.1", "OpenAI") as they are.
 */
export function titleCase(text: string): string {
  const words = text.split(/\s+/).filter(Boolean);
  return words
    .map((w, i) => {
      if (/\p{Lu}/u.test(w.slice(1)) || /\d/.test(w)) return w;
      const lower = w.toLowerCase();
      if (i > 0 && i < words.length - 1 && SMALL.has(lower)) return lower;
      return lower.charAt(0).toUpperCase() + lower.slice(1);
    })
    .join(' ');
}
