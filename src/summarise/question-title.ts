import type { Transcript } from '../model/transcript.js';
import type { ChapterSpan } from '../segment/index.js';
import type { Corrector } from '../text/corrections.js';
import { stem } from '../text/stem.js';
import { isStopword } from '../text/stopwords.js';
import { titleCase } from '../text/title-case.js';
import { normalise } from '../text/words.js';
import { wordTags } from '../text/pos.js';
import { opensQuestion } from '../text/run-on.js';
import { speakerNameWords } from './about.js';
import type { PhraseCount } from './phrases.js';
import { questionHeading, type TaggedWord } from './question-heading.js';

/** Lead-ins a host puts before the question itself. */
const LEAD_IN =
  /^(?:(?:so|and|but|okay|ok|all right|alright|well|now|great|right|yeah|then|like|you know|i mean|i guess|maybe|actually|also|just|going back to [^,?]*?|speaking of [^,?]*?)[\s,]+)+/i;
const OPEN_QUESTION = /^(?:what|how|why|where|when|which|who)\b/i;
const QUESTION_START =
  /^(?:what|how|why|where|when|who|which|is|are|was|were|does|do|did|have|has|can|could|should|will|would)\b/i;
/** Pronouns that point outside the question: "How does that work?" names nothing. */
const VAGUE = /^\S+(?:\s+\S+)?\s+(?:that|this|it|those|these|them|there)\b/i;
/** A question closing on a pronoun asks about what was said before it: "How do you compete with that?", "How should I put it?". */
const POINTS_AT_END = /\b(?:that|this|it|them|those|these|there)$/i;
/** Words that point at something said before: a title must stand alone. */
const DEICTIC = /\b(?:this|these|those|here|there)\b/i;
/** The people asked, as a group: "you all", "you guys", "the two of you". */
const THE_PEOPLE = /\b(?:you all|y'all|you guys|you two|(?:both|the two|all) of you)\b/i;
/** The guest's job asked about ("What were you responsible for at Walmart?"): an interview prompt, not a chapter's topic. */
const THEIR_JOB =
  /\b(?:(?:were|are) you (?:responsible|in charge)|(?:was|is) your (?:role|job|title|position)|(?:were|are) you (?:doing|working on) (?:at|for|there))\b/i;
const MIN_WORDS = 4;
/** A question this short is a title only when it names the chapter's key words: "What's Founder Mode?". */
const KEY_WORDS_QUESTION = 3;
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
  /** The longest title, in characters, its question mark included. */
  maxChars = Infinity,
): string | undefined {
  const roleOf = new Map(t.speakers.map((s) => [s.id, s.role]));
  const tags = wordTags(t);
  const keyStems = new Set(keyPhrases.slice(0, 12).flatMap((p) => p.key.split(' ')));
  const lastSentence = Math.min(span.endSentence, span.firstSentence + 8);
  const names = speakerNameWords(t);
  for (let s = span.firstSentence; s < lastSentence; s++) {
    const sentence = t.sentences[s]!;
    const from = sentence.question ? quotedQuestion(t, sentence) : addressedQuestion(t, sentence, names);
    if (from === undefined) continue;
    const turn = t.turns[sentence.turn]!;
    // The host asks; on a panel anyone may, when someone else answers at length, or the speaker poses the question
    // and answers it ("So do we treat agents as people, or as extensions of teams? We advocate…").
    const answerer = answeredBy(t, sentence, true);
    // A question that opens a topic gets a real answer; one that does not was a quip.
    if (answerer === undefined) continue;
    if (roleOf.get(turn.speaker) !== 'host' && roleOf.get(answerer) === 'host') continue;
    const words: string[] = [];
    const tagged: TaggedWord[] = [];
    // Commas kept: they mark the framing and the joins that `conciseQuestion` cuts at.
    for (let i = from; i < sentence.endWord; i++) {
      if (t.words[i]!.disfluent) continue;
      words.push(t.words[i]!.text + (t.text[t.words[i]!.end] === ',' ? ',' : ''));
      tagged.push({ text: t.words[i]!.text, tag: tags[i] });
    }
    // A name the question is addressed to ("…, Abi?") is not part of the title.
    while (words.length > 1 && words.at(-2)!.endsWith(',') && names.has(normalise(words.at(-1)!))) words.pop();
    const asked = conciseQuestion(words.join(' ').replace(LEAD_IN, '')).replace(/,/g, '');
    // Only an open question is shortened: cut, a yes/no one loses what it asks ("Are you spending $20,000 a year?").
    const whole = asked.split(/\s+/).filter(Boolean);
    const kept = OPEN_QUESTION.test(asked) ? fitted(alignedWords(tagged, whole), maxChars) : whole;
    const text = kept.join(' ');
    if (!QUESTION_START.test(text) || SMALL_TALK.test(text) || THEIR_JOB.test(text)) continue;
    // An editor turns the question into a heading when it asks for a topic: "How do we measure agents?" → "How to
    // Measure Agents". The heading must name one of the chapter's key words.
    const heading = questionHeading(alignedWords(tagged, whole));
    const headingWords = heading?.split(/\s+/) ?? [];
    if (
      heading &&
      headingWords.length >= MIN_HEADING &&
      headingWords.length <= MAX_HEADING &&
      headingWords.some((w) => keyStems.has(stem(normalise(w))))
    )
      return titleCase(correct(heading));
    const named = kept.some((w) => keyStems.has(stem(normalise(w))));
    if (kept.length < (named ? KEY_WORDS_QUESTION : MIN_WORDS) || kept.length > MAX_WORDS) continue;
    if (VAGUE.test(text) || DEICTIC.test(text) || POINTS_AT_END.test(text)) continue;
    // "What do you think?", "What else you got?": nothing in it but question words and light verbs ("2026" is something).
    if (!named && kept.every((w) => isStopword(normalise(w)) && !/\d/.test(w))) continue;
    // Without the chapter's key words only a short open question stands ("What Would You Do Differently?"), not a yes/no one.
    // Nor one about the people in the room ("How did you all get together?"): that is their story, not a topic.
    if ((kept.length > SHORT_QUESTION || !OPEN_QUESTION.test(text) || THE_PEOPLE.test(text)) && !named) continue;
    return `${titleCase(correct(text))}?`;
  }
  return undefined;
}

/** Prepositions a question may be cut before, when too long for a title: "…at Walmart with configuration management". */
const CUT_BEFORE = new Set(['with', 'for', 'in', 'on', 'at', 'about', 'from', 'into', 'across', 'over', 'around']);

/**
 * A question too long for a title, as an editor shortens it: its trailing phrases after a preposition dropped, from
 * the last, while it still ends on a noun and keeps `MIN_WORDS` ("What were you responsible for at Walmart with
 * configuration management?" → "What were you responsible for at Walmart?"). Words are only dropped; a question that
 * cannot be cut so is returned whole, and the caller finds it too long.
 */
function fitted(words: readonly TaggedWord[], maxChars: number): string[] {
  let end = words.length;
  const fits = () => end <= MAX_WORDS && words.slice(0, end).reduce((n, w) => n + w.text.length + 1, 0) <= maxChars;
  while (!fits()) {
    let cut = end - 1;
    while (cut > MIN_WORDS && !(CUT_BEFORE.has(normalise(words[cut]!.text)) && NOUN.has(words[cut - 1]!.tag ?? '')))
      cut--;
    if (cut <= MIN_WORDS) break;
    end = cut;
  }
  return words.slice(0, fits() ? end : words.length).map((w) => w.text);
}

const NOUN = new Set(['NOUN', 'PROPN']);

/** A question in quotation marks closing a sentence: 'an article called "How does Bluesky work?"'. */
const QUOTED_QUESTION = /["“][^"“”]+\?["”]?\s*$/u;

/**
 * Where the question starts in a sentence that asks: at its first word, or, when the question is one quoted at its
 * end ('…which is an article called "How does Bluesky work?"'), at the quotation's first word.
 */
function quotedQuestion(t: Transcript, sentence: Transcript['sentences'][number]): number {
  const text = t.text.slice(sentence.start, sentence.end + 2);
  const quoted = QUOTED_QUESTION.exec(text);
  if (!quoted || quoted.index === 0) return sentence.firstWord;
  const at = sentence.start + quoted.index;
  for (let i = sentence.firstWord; i < sentence.endWord; i++) if (t.words[i]!.start > at) return i;
  return sentence.firstWord;
}

/** How far into a sentence of caption text the name of the one asked may come: "speaking of silicon valley johnny". */
const ADDRESSED_WITHIN = 8;

/** "What's", "how's": after a name said to someone, a question ("johnny what's going on…"), whatever follows. */
const ASKS_CONTRACTED = /^(?:what|how|where|who|why)'s$/;

/**
 * Where the question starts in a sentence of caption text that runs an address into it: "speaking of silicon valley
 * johnny what's going on in silicon valley with these fake job postings" asks from "what's". The word after a
 * speaker's name opens a question; punctuated text marks the same with commas and a question mark, so only caption
 * text is read this way.
 */
function addressedQuestion(
  t: Transcript,
  sentence: Transcript['sentences'][number],
  names: ReadonlySet<string>,
): number | undefined {
  if (!t.unpunctuated) return undefined;
  const at: number[] = [];
  for (let i = sentence.firstWord; i < sentence.endWord; i++) if (!t.words[i]!.disfluent) at.push(i);
  const lower = at.map((i) => normalise(t.words[i]!.text));
  for (let k = 1; k < Math.min(lower.length - 2, ADDRESSED_WITHIN); k++)
    if (names.has(lower[k]!) && (ASKS_CONTRACTED.test(lower[k + 1]!) || opensQuestion(lower.slice(k + 1, k + 4))))
      return at[k + 1];
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

/** A question word after short framing phrases ("At a very simplistic level, what is…", "TL;DR, Johnny, what's…"). */
const FRAMED = /^(?:[^,?]{1,90},\s+){1,3}(?=(?:what|how|why|where|when|who|which)\b)/i;
/** A second question joined to the first ("…, and how is that different…"). */
const JOINED =
  /,?\s+(?:and|or)\s+(?=(?:what|how|why|where|when|who|which|is|are|does|do|can|could|should|will|would)\b)/i;

/**
 * A subject named, then taken up again by a pronoun as the question starts over: "Is GitHub Actions, is it a
 * competitor to Dagger?" asks "Is GitHub Actions a competitor to Dagger?".
 */
const RESUMED =
  /^(is|are|was|were|does|do|did|can|could|will|would|should|has|have)\s+([^,?]{1,40}?),?\s+\1\s+(?:it|they|that)\s+/i;

/** A question the speaker corrects as they ask it: "What's your impression, or rather what was your experience?". */
const CORRECTED =
  /^.*?,?\s+or rather,?\s+(?=(?:what|how|why|who|where|when|which|is|are|do|does|did|can|could|would|will)\b)/i;

/**
 * The core of a host's question: the one the speaker settled on ("…, or rather what was…"), without a framing phrase
 * before the question word, without a subject's restart ("Is GitHub Actions, is it…"),
 * and only the first of two joined questions ("What is a reasoning model
 * and how is that different from a base LLM?" → "What is a reasoning
 * model"). Words are only dropped, never changed.
 */
export function conciseQuestion(text: string): string {
  const unframed = text.replace(CORRECTED, '').replace(FRAMED, '').replace(RESUMED, '$1 $2 ');
  const first = unframed.split(JOINED)[0]!;
  return first.split(/\s+/).length >= KEY_WORDS_QUESTION ? first : unframed;
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
    if (answeredBy(t, sentence) === undefined) continue;
    // An open question names the topic ("What did the application layer look like?"); a yes/no one asks about a
    // detail of it ("Are application developers doing any of the Puppet configuration, too?").
    const text = t.text.slice(sentence.start, sentence.end).toLowerCase();
    if (!OPEN_QUESTION.test(text.replace(LEAD_IN, '').replace(FRAMED, ''))) continue;
    out.push(text);
  }
  return out;
}

/** Turns after the question in which the answer is looked for: it may come in parts, the host adding a word between. */
const ANSWER_TURNS = 4;
/** The longest the asker may speak between the parts of an answer ("Right." "It's a big question to put you on the spot."). */
const ASIDE_WORDS = 15;

/**
 * Who answers a question at length, if anyone: with `selfAnswered`, the speaker themselves when the turn goes on for
 * `ANSWER_WORDS` or more after it (a question posed to frame the answer); else someone else, starting in the next turn, who says
 * `ANSWER_WORDS` or more over the next few turns while the asker adds no more than a word between ("Oh." "Right.").
 */
function answeredBy(
  t: Transcript,
  question: Transcript['sentences'][number],
  /** Whether the speaker may answer their own question; never in caption text, whose questions are guessed. */
  selfAnswered = false,
): string | undefined {
  const index = question.turn;
  const asker = t.turns[index]!.speaker;
  if (selfAnswered && !t.unpunctuated && t.turns[index]!.endWord - question.endWord >= ANSWER_WORDS) return asker;
  const next = t.turns[index + 1];
  if (next === undefined || next.speaker === asker) return undefined;
  const said = new Map<string, number>();
  for (const turn of t.turns.slice(index + 1, index + 1 + ANSWER_TURNS)) {
    const size = turn.endWord - turn.firstWord;
    if (turn.speaker === asker) {
      if (size > ASIDE_WORDS) return undefined;
      continue;
    }
    const total = (said.get(turn.speaker) ?? 0) + size;
    said.set(turn.speaker, total);
    if (total >= ANSWER_WORDS) return turn.speaker;
  }
  return undefined;
}
