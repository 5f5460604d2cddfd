import type { Transcript } from '../model/transcript.js';
import type { ChapterSpan } from '../segment/index.js';
import type { Corrector } from '../text/corrections.js';
import { stem } from '../text/stem.js';
import { isStopword } from '../text/stopwords.js';
import { titleCase } from '../text/title-case.js';
import { normalise, wordsOf } from '../text/words.js';

/**
 * A work named with its title in quotation marks: `I wrote a post called "I'm a cog."`, `an article titled "The
 * market for lemons"`. Only works a chapter can be about: a post, a book or a talk, not a file or a command
 * (`a folder called "password"`).
 */
const NAMED_WORK =
  /\b(?:post|article|essay|book|talk|paper|piece|newsletter|video|series|keynote|thread|presentation|memo|manifesto|song|album|film|movie|documentary|poem|report|study|proposal|course|workshop)\s+(?:that was\s+|that's\s+|which is\s+)?(?:called|titled|named|entitled)\s+["“]([^"”]{3,80}?)[.,;:!]?\s*["”]/giu;

/** Words of a work's title, at most: a headline, not a sentence read out. */
const MAX_WORDS = 10;

/** Times the chapter says a word of the work's title, the mention included, for the chapter to be about the work. */
const ABOUT = 3;

/**
 * The title of the work a chapter talks about, as its title: a guest's post called "I'm a cog." that the chapter keeps
 * coming back to ("being a cog", "just be a cog") → "I'm a Cog". Editors name such a chapter after the work. A work
 * named in passing, whose words the chapter does not take up, is not what the chapter is about.
 */
export function workTitle(t: Transcript, span: ChapterSpan, correct: Corrector, maxLength: number): string | undefined {
  const first = t.sentences[span.firstSentence]!;
  const last = t.sentences[span.endSentence - 1]!;
  const named = [...t.text.slice(first.start, last.end).matchAll(NAMED_WORK)];
  // Most chapters name no work: the chapter's words are counted only for one that does.
  if (named.length === 0) return undefined;
  const said = new Map<string, number>();
  for (let i = first.firstWord; i < last.endWord; i++) {
    const key = stem(normalise(t.words[i]!.text));
    said.set(key, (said.get(key) ?? 0) + 1);
  }
  for (const match of named) {
    const name = match[1]!.trim();
    const words = wordsOf(name);
    if (words.length === 0 || words.length > MAX_WORDS) continue;
    const taken = words.filter((w) => !isStopword(w)).some((w) => (said.get(stem(w)) ?? 0) >= ABOUT);
    const title = titleCase(correct(name));
    if (taken && title.length <= maxLength) return title;
  }
  return undefined;
}
