import { isStopword } from './stopwords.js';

/**
 * How a transcript spells its names with capitals inside ("TypeScript",
 * "GPUs"): a title built from one sentence's phrase ("Typescript and
 * JavaScript") takes the spelling the transcript uses most, so one name is
 * written one way throughout the notes.
 */
export function houseSpelling(words: readonly { text: string }[]): (title: string) => string {
  const counts = new Map<string, Map<string, number>>();
  for (const w of words) {
    const form = w.text.replace(EDGES, '');
    if (!/\p{Lu}/u.test(form)) continue;
    const key = form.toLowerCase();
    const forms = counts.get(key) ?? new Map<string, number>();
    forms.set(form, (forms.get(form) ?? 0) + 1);
    counts.set(key, forms);
  }
  // A small word in capitals is emphasis ("AT different times"), no spelling of "at": its lower-case uses count too.
  // A term keeps its capitals however often it is written in lower case (".io", "IO domain").
  for (const w of words) {
    const form = w.text.replace(EDGES, '');
    const forms = counts.get(form);
    if (forms && isStopword(form)) forms.set(form, (forms.get(form) ?? 0) + 1);
  }
  const spelling = new Map<string, string>();
  for (const [key, forms] of counts) {
    const [form] = [...forms.entries()].sort(
      (a, b) => b[1] - a[1] || capitals(b[0]) - capitals(a[0]) || (a[0] < b[0] ? -1 : 1),
    )[0]!;
    // Only a capital inside a word is spelling; a capital first letter is where the word stood in the sentence.
    if (/\p{Lu}/u.test(form.slice(1))) spelling.set(key, form);
  }
  return (title) =>
    title.replace(
      /[\p{L}\p{N}][\p{L}\p{N}'’.-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu,
      (word) => spelling.get(word.toLowerCase()) ?? word,
    );
}

const EDGES = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

function capitals(s: string): number {
  return (s.match(/\p{Lu}/gu) ?? []).length;
}
