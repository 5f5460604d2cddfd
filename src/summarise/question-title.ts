import type { Transcript } from '../model/transcript.js';
import type { ChapterSpan } from '../segment/index.js';
import type { Corrector } from '../text/corrections.js';
import { stem } from '../text/stem.js';
import { titleCase } from '../text/title-case.js';
import { normalise } from '../text/words.js';
import { wordTags } from '../text/pos.js';
import type { PhraseCount } from './phrases.js';
import { questionHeading, type TaggedWord } from './question-heading.js';

/** Lead-ins a host puts before the question itself. */
const LEAD_IN =
  /^(?:(?:so|and|but|okay|ok|all right|alright|well|now|great|right|yeah|then|like|you know|i mean|i guess|maybe|actually|also|just|going back to [^,?]*?|speaking of [^,?]*?)[\s,]+)+/i;
const OPEN_QUESTION = /^(?:what|how|why|where|when|which|who)\b/i;
const QUESTION_START = /^(?:what|how|why|where|when|who|which|is|are|does|do|can|could|should|will|would)\b/i;
/** Pronouns that point outside the question: "How does that work?" names nothing. */
const VAGUE = /^\S+(?:\s+\S+)?\s+(?:that|this|it|those|these|them|there)\b/i;
/** Words that point at something said before: a title must stand alone. */
const DEICTIC = /\b(?:this|these|those|here|there)\b/i;
const MIN_WORDS = 4;
const MAX_WORDS = 10;
/** A heading made from a question: "How to Budget" up to "The Right Ratio of Human to Agents". */
const MIN_HEADING = 2;
const MAX_HEADING = 7;
/** A question this short stands as a title even without the chapter's key words ("What Would You Do Differently?"). */
const SHORT_QUESTION = 7;
/** Words of an answer that make a question a topic rather than a quip. */
const ANSWER_WORDS = 60;
/** Small talk asked as a question: never a title. */
const SMALL_TALK =
  /\b(?:how are you|how's it going|how is it going|how you doing|what's up|you know what i mean|what do you mean|are you there|can you hear|ever just)\b/i;

/**
 * The host's opening question as a title, when it stands alone: within the
 * chapter's first host turns, 4–10 words once lead-ins are dropped, starting
 * with a question word, naming something (no bare "that" or "it"), and
 * about the chapter (it contains one of the chapter's key words). Words are
 * the host's own, fillers dropped and corrections applied.
 */
export function questionTitle(
  t: Transcript,
  span: ChapterSpan,
  keyPhrases: readonly PhraseCount[],
  correct: Corrector,
): string | undefined {
  const roleOf = new Map(t.speakers.map((s) => [s.id, s.role]));
  const tags = wordTags(t);
  const keyStems = new Set(keyPhrases.slice(0, 12).flatMap((p) => p.key.split(' ')));
  const lastSentence = Math.min(span.endSentence, span.firstSentence + 8);
  for (let s = span.firstSentence; s < lastSentence; s++) {
    const sentence = t.sentences[s]!;
    if (!sentence.question) continue;
    const turn = t.turns[sentence.turn]!;
    // The host asks; on a panel anyone may, when someone else answers at length.
    const answerer = answeredBy(t, turn.index);
    // A question that opens a topic gets a real answer; one that does not was a quip.
    if (answerer === undefined) continue;
    if (roleOf.get(turn.speaker) !== 'host' && roleOf.get(answerer) === 'host') continue;
    const words: string[] = [];
    const tagged: TaggedWord[] = [];
    // Commas kept: they mark the framing and the joins that `conciseQuestion` cuts at.
    for (let i = sentence.firstWord; i < sentence.endWord; i++) {
      if (t.words[i]!.disfluent) continue;
      words.push(t.words[i]!.text + (t.text[t.words[i]!.end] === ',' ? ',' : ''));
      tagged.push({ text: t.words[i]!.text, tag: tags[i] });
    }
    // A name the question is addressed to ("…, Abi?") is not part of the title.
    const names = new Set(t.speakers.flatMap((x) => x.name.toLowerCase().split(/\s+/)));
    while (words.length > 1 && words.at(-2)!.endsWith(',') && names.has(normalise(words.at(-1)!))) words.pop();
    const text = conciseQuestion(words.join(' ').replace(LEAD_IN, '')).replace(/,/g, '');
    const kept = text.split(/\s+/).filter(Boolean);
    if (!QUESTION_START.test(text) || SMALL_TALK.test(text)) continue;
    // An editor turns the question into a heading when it asks for a topic: "How do we measure agents?" → "How to
    // Measure Agents". The heading must name one of the chapter's key words.
    const heading = questionHeading(alignedWords(tagged, kept));
    const headingWords = heading?.split(/\s+/) ?? [];
    if (
      heading &&
      headingWords.length >= MIN_HEADING &&
      headingWords.length <= MAX_HEADING &&
      headingWords.some((w) => keyStems.has(stem(normalise(w))))
    )
      return titleCase(correct(heading));
    if (kept.length < MIN_WORDS || kept.length > MAX_WORDS) continue;
    if (VAGUE.test(text) || DEICTIC.test(text)) continue;
    // Without the chapter's key words only a short open question stands ("What Would You Do Differently?"), not a yes/no one.
    if (
      (kept.length > SHORT_QUESTION || !OPEN_QUESTION.test(text)) &&
      !kept.some((w) => keyStems.has(stem(normalise(w))))
    )
      continue;
    return `${titleCase(correct(text))}?`;
  }
  return undefined;
}

/**
 * The tagged words `kept` (a run of the question's words, commas dropped) came from; untagged if they cannot be found.
 */
function alignedWords(tagged: readonly TaggedWord[], kept: readonly string[]): TaggedWord[] {
  const key = (w: string) => normalise(w.replace(/,$/, ''));
  for (let at = 0; at + kept.length <= tagged.length; at++)
    if (kept.every((w, k) => key(w) === key(tagged[at + k]!.text))) return tagged.slice(at, at + kept.length);
  return kept.map((text) => ({ text, tag: undefined }));
}

/** A question word after a short framing phrase ("At a very simplistic level, what is…"). */
const FRAMED = /^[^,?]{1,90},\s+(?=(?:what|how|why|where|when|who|which)\b)/i;
/** A second question joined to the first ("…, and how is that different…"). */
const JOINED =
  /,?\s+(?:and|or)\s+(?=(?:what|how|why|where|when|who|which|is|are|does|do|can|could|should|will|would)\b)/i;

/**
 * The core of a host's question: without a framing phrase before the
 * question word, and only the first of two joined questions ("What is a
 * reasoning model and how is that different from a base LLM?" → "What is a
 * reasoning model"). Words are only dropped, never changed.
 */
export function conciseQuestion(text: string): string {
  const unframed = text.replace(FRAMED, '');
  const first = unframed.split(JOINED)[0]!;
  return first.split(/\s+/).length >= MIN_WORDS ? first : unframed;
}

/**
 * The questions that open a chapter and get a real answer from someone
 * else, lower-cased: the topic they name is what the chapter is about.
 */
export function openingQuestions(t: Transcript, span: ChapterSpan): string[] {
  const out: string[] = [];
  for (let s = span.firstSentence; s < Math.min(span.endSentence, span.firstSentence + 8); s++) {
    const sentence = t.sentences[s]!;
    if (!sentence.question) continue;
    if (answeredBy(t, sentence.turn) === undefined) continue;
    out.push(t.text.slice(sentence.start, sentence.end).toLowerCase());
  }
  return out;
}

/** A turn this short after a question is a beat ("Oh.", "Hm."), not the answer: the answer may still come. */
const BEAT_WORDS = 3;
/** Turns after a beat in which the answer is looked for: the host may add a word first ("It's a big question…"). */
const ANSWER_TURNS = 3;

/**
 * Who answers the question asked in turn `index` at length, if anyone: the next speaker in their turn or, after a
 * beat ("Oh."), anyone else in one of the next few turns while the host adds a word ("It's a big question to put you
 * on the spot").
 */
function answeredBy(t: Transcript, index: number): string | undefined {
  const asker = t.turns[index]!.speaker;
  const next = t.turns[index + 1];
  if (next === undefined || next.speaker === asker) return undefined;
  const size = (turn: { firstWord: number; endWord: number }) => turn.endWord - turn.firstWord;
  if (size(next) >= ANSWER_WORDS) return next.speaker;
  if (size(next) > BEAT_WORDS) return undefined;
  const answer = t.turns
    .slice(index + 2, index + 1 + ANSWER_TURNS)
    .find((turn) => turn.speaker !== asker && size(turn) >= ANSWER_WORDS);
  return answer?.speaker;
}
