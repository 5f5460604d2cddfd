import type { Transcript } from '../model/transcript.js';
import { firstWordFrom } from '../model/word-index.js';
import { wordTags } from '../text/pos.js';
import { normalise } from '../text/words.js';
import { isGeneric, isVagueNoun } from './generic.js';

/*
 * What a claim is about: the ideas (a noun that names something) or the people in the conversation.
 */

/** Whether the words of `source` hold a noun or a name that says what they are about. */
export function namesSomething(t: Transcript, source: { start: number; end: number }): boolean {
  const tags = wordTags(t);
  for (let i = firstWordFrom(t, source.start); i < t.words.length && t.words[i]!.start < source.end; i++) {
    const word = normalise(t.words[i]!.text);
    if ((tags[i] === 'NOUN' || tags[i] === 'PROPN') && !isVagueNoun(word) && !isGeneric(word)) return true;
  }
  return false;
}

/** Whether a text names a speaker: one of their names, written with a capital as names are. */
export function namesSpeaker(text: string, speakerWords: ReadonlySet<string>): boolean {
  return (text.match(/\p{Lu}[\p{L}'’]*/gu) ?? []).some((w) => w !== 'I' && speakerWords.has(w.toLowerCase()));
}
