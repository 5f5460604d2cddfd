import type { Transcript } from '../model/transcript.js';

/** Words the model may use as names and numbers: the transcript's, the people's and the glossary's. */
export function vocabulary(t: Transcript, people: readonly string[], glossary: readonly string[]): Set<string> {
  const known = new Set<string>();
  for (const text of [t.text, ...people, ...glossary, ...t.speakers.map((s) => s.name)])
    for (const token of tokens(text)) known.add(token);
  return known;
}

function tokens(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => w.replace(/(?<=\p{L})s$/u, ''));
}

/** A capitalised word (not opening a sentence) or a number the transcript, people and glossary never use. */
export function ungrounded(text: string, known: ReadonlySet<string>): string | undefined {
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? [];
  for (const word of words) {
    const name = /^\p{Lu}/u.test(word) || /\p{N}/u.test(word);
    if (!name) continue;
    for (const part of tokens(word)) if (part.length > 1 || /\p{N}/u.test(part)) if (!known.has(part)) return word;
  }
  return undefined;
}

/** The sentence indexes a reply cites (`s123`); an id of another shape is -1, outside every chapter. */
export function citedSentences(cites: readonly string[]): number[] {
  return cites.map((id) => (/^s\d+$/.test(id) ? Number(id.slice(1)) : -1));
}
