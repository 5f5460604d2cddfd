import { createRequire } from 'node:module';
import winkNLP, { type WinkMethods } from 'wink-nlp';
import type { Transcript } from '../model/transcript.js';

/** Universal part-of-speech tags as the tagger gives them ("NOUN", "PROPN", "VERB", …). */
export type PartOfSpeech = string;

/** What tagging reads of a transcript: its text, its turns and where its words are. */
export interface TaggingInput {
  text: string;
  turns: readonly { start: number; end: number; firstWord: number; endWord: number }[];
  words: readonly { start: number; end: number }[];
}

let tagger: WinkMethods | undefined;
const cache = new WeakMap<Transcript, readonly PartOfSpeech[]>();

/**
 * wink-nlp with its English model (wink-eng-lite-web-model), required as
 * the package documents, on first use only: the model is large, and a
 * command that tags nothing never reads it.
 */
export function loadTagger(): WinkMethods {
  tagger ??= winkNLP(createRequire(import.meta.url)('wink-eng-lite-web-model') as Parameters<typeof winkNLP>[0], [
    'pos',
  ]);
  return tagger;
}

/**
 * The part of speech of every word of the transcript, by wink-nlp's English
 * model (offline), tagged in the calling thread. Cached per transcript,
 * since titles, keywords and quotes all ask.
 */
export function wordTags(t: Transcript): readonly PartOfSpeech[] {
  const cached = cache.get(t);
  if (cached) return cached;
  const tags = tagWords(t);
  cache.set(t, tags);
  return tags;
}

/**
 * Tag the words. The tagger reads each turn as a whole so that context
 * helps, and its tokens are matched back to the transcript's words by
 * offset: a word takes the tag of the token it starts with ("it's" → PRON).
 */
export function tagWords(t: TaggingInput): PartOfSpeech[] {
  const nlp = loadTagger();
  const its = nlp.its;
  const tags: PartOfSpeech[] = new Array<PartOfSpeech>(t.words.length).fill('X');
  for (const turn of t.turns) {
    const text = t.text.slice(turn.start, turn.end);
    const doc = nlp.readDoc(text);
    const tokens = doc.tokens().out();
    const pos = doc.tokens().out(its.pos);
    let cursor = 0;
    let w = turn.firstWord;
    tokens.forEach((token, i) => {
      // Tokens keep the text's characters; one the tagger rewrote is skipped, not searched for far ahead.
      const at = text.indexOf(token, cursor);
      if (at === -1 || at - cursor > 40) return;
      cursor = at + token.length;
      const offset = turn.start + at;
      while (w < turn.endWord && t.words[w]!.end <= offset) w++;
      if (w < turn.endWord && t.words[w]!.start === offset)
        tags[w] = PRONOUNS.has(token.toLowerCase()) ? 'PRON' : pos[i]!;
    });
  }
  return tags;
}

/**
 * Indefinite pronouns, which the model sometimes tags as verbs in run-on speech ("layoffs and everything else"): a
 * closed class, so their tag is set rather than guessed.
 */
const PRONOUNS = new Set(
  'everything anything something nothing everyone anyone someone everybody anybody somebody nobody'.split(' '),
);

/** Nouns and names: what a topic phrase ends with. */
export function isNominal(tag: PartOfSpeech | undefined): boolean {
  return tag === 'NOUN' || tag === 'PROPN' || tag === 'NUM';
}

/** A verb or an auxiliary: what a clause needs. */
export function isVerb(tag: PartOfSpeech | undefined): boolean {
  return tag === 'VERB' || tag === 'AUX';
}

/** Whether the words [firstWord, endWord) hold a verb: a sentence without one is a fragment of the talk. */
export function hasVerb(t: Transcript, words: { firstWord: number; endWord: number }): boolean {
  return wordTags(t).slice(words.firstWord, words.endWord).some(isVerb);
}
