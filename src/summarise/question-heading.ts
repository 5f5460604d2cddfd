import type { PartOfSpeech } from '../text/pos.js';
import { normalise } from '../text/words.js';

/** One word of a question: as spoken, and its part of speech. */
export interface TaggedWord {
  text: string;
  tag: PartOfSpeech | undefined;
}

/** Who a "how do we…" question is about: dropped, since a heading speaks to no one. */
const ASKED_ABOUT = new Set(['we', 'you', 'i', 'one', 'people', 'they', 'teams', 'companies', 'developers']);
const HOW_AUXILIARY = new Set(['do', 'does', 'did', 'can', 'could', 'should', 'would', 'will']);
/** "What's", "what is", "what has been": the question asks for the noun phrase after it. */
const WHAT_IS = [
  ["what's"],
  ['what', 'is'],
  ['what', 'are'],
  ['what', 'was'],
  ['what', 'were'],
  ['what', 'has', 'been'],
];
/**
 * "Can you talk about…", "could you tell us about…", "can you kind of explain…", "could you walk us through…": a
 * request for the topic after it.
 */
const TALK_ABOUT =
  /^(?:can|could|would|will) you (?:(?:kind of|sort of|maybe|just|quickly|briefly) )*(?:(?:talk|tell (?:us|me)|say (?:more|a bit|a little)|speak) about|explain|describe|(?:walk|talk) (?:us|me) through)$/;
/** "What's going on with…", "what's the deal with…": a question about the thing after "with". */
const GOING_ON = /^(?:what's|what is) (?:going on|happening|up|the deal|the story)\b/;
/** A demonstrative before the thing asked about ("with these fake job postings"): it adds nothing to a heading. */
const DEMONSTRATIVE = new Set(['these', 'those', 'this', 'that']);
const ARTICLES = new Set(['the', 'your', 'our', 'their', 'his', 'her', 'its']);
/** Words a heading's noun phrase may hold between its nouns: "ratio of human to agents", "strategy at DX". */
const INSIDE = new Set(['of', 'for', 'at', 'in', 'on', 'to', 'and', 'with', 'between', 'versus', 'vs']);
/** Tags a noun phrase is made of; it ends on a noun or a name. */
const NOMINAL = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);
/** Words that point outside the heading ("these tools"): the phrase stops before them. */
const POINTING = new Set(['this', 'that', 'these', 'those', 'it', 'them', 'there', 'here']);
const MAX_PHRASE = 6;
/** Tags no heading ends on: a preposition, an article or a conjunction wants what came after it. */
const ENDS_NOTHING = new Set<PartOfSpeech>(['ADP', 'DET', 'CCONJ', 'SCONJ', 'PART']);

/**
 * A host's question turned into a heading, the way an editor titles the
 * chapter it opens, in the host's own words: "How do we measure agents?" →
 * "How to measure agents"; "What's the right ratio of human to agents?" →
 * "The right ratio of human to agents"; "What has been your adoption
 * strategy at DX for these tools?" → "Adoption strategy at DX"; "Can you
 * talk about the fun?" → "The fun"; "What's going on in Silicon Valley with
 * these fake job postings?" → "Fake job postings". Undefined when the question is not one
 * of these shapes, or what it asks about is not a noun phrase ("What is the
 * model doing?" asks about an action and stays a question).
 */
export function questionHeading(words: readonly TaggedWord[]): string | undefined {
  const lower = words.map((w) => normalise(w.text));
  if (
    lower[0] === 'how' &&
    HOW_AUXILIARY.has(lower[1] ?? '') &&
    ASKED_ABOUT.has(lower[2] ?? '') &&
    words[3]?.tag === 'VERB'
  ) {
    const rest = words.slice(3);
    const end = rest.findIndex((w) => POINTING.has(normalise(w.text)));
    const action = end === -1 ? rest : rest.slice(0, end);
    // Cut before "these two drones", the heading ends where its phrase does, not on "of" or "the".
    while (action.length > 0 && ENDS_NOTHING.has(action.at(-1)!.tag ?? '')) action.pop();
    if (action.length < 2 || action.length > MAX_PHRASE) return undefined;
    return ['How', 'to', ...action.map((w) => w.text)].join(' ');
  }
  // "What's going on in Silicon Valley with these fake job postings?" asks about the fake job postings.
  if (GOING_ON.test(lower.slice(0, 4).join(' '))) {
    const wit = lower.indexOf('with');
    if (wit !== -1) {
      const rest = words.slice(wit + 1);
      return nounPhrase(DEMONSTRATIVE.has(normalise(rest[0]?.text ?? '')) ? rest.slice(1) : rest);
    }
  }
  const what = WHAT_IS.find((p) => p.every((w, i) => lower[i] === w));
  if (what) return nounPhrase(words.slice(what.length));
  for (let i = 3; i <= 8 && i < words.length; i++)
    if (TALK_ABOUT.test(lower.slice(0, i).join(' '))) return nounPhrase(words.slice(i));
  return undefined;
}

/**
 * The noun phrase at the start of `words`, with "the" kept and a possessive
 * ("your") dropped, when only the end or a pointing word ("for these
 * tools") follows it: anything more means the question asks about more
 * than the phrase.
 */
function nounPhrase(words: readonly TaggedWord[]): string | undefined {
  const lower = words.map((w) => normalise(w.text));
  // "What is a reasoning model?" asks for a definition: the question says more than "Reasoning Model".
  if (lower[0] === 'a' || lower[0] === 'an') return undefined;
  const article = ARTICLES.has(lower[0] ?? '') ? 1 : 0;
  let end = article;
  while (
    end < words.length &&
    end - article < MAX_PHRASE &&
    !POINTING.has(lower[end]!) &&
    (NOMINAL.has(words[end]!.tag ?? '') || (INSIDE.has(lower[end]!) && end > article))
  )
    end++;
  // The phrase ends on a noun or a name, not on "of" or an adjective.
  while (end > article && !['NOUN', 'PROPN'].includes(words[end - 1]!.tag ?? '')) end--;
  // One noun alone ("the fun") is a word, not a heading.
  if (end - article < 2) return undefined;
  // What follows points outside ("…for these tools") or nothing does; "the purpose of having servers" asks about more.
  const pointsAway = (k: number) =>
    k >= words.length || POINTING.has(lower[k]!) || (words[k]!.tag === 'ADP' && POINTING.has(lower[k + 1] ?? ''));
  if (!pointsAway(end)) return undefined;
  const phrase = words.slice(article, end).map((w) => w.text);
  return (lower[0] === 'the' ? ['The', ...phrase] : phrase).join(' ');
}
