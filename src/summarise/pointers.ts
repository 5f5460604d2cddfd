/**
 * Words in a printed line that stand for something said before it: what
 * makes a one-liner or a takeaway lean on the talk around it. All take the
 * line's words lower-cased, fillers dropped.
 */
import { isStopword } from '../text/stopwords.js';
import { isVagueNoun } from './generic.js';

/** Words after which a pronoun or demonstrative stands for something said before ("do that", "that is"). */
const POINTING = /^(?:it|that|that's|this|these|those|them)$/;
const NOUN_PHRASE_START = /^(?:the|a|an|one|kind|sort|same|whole|[\p{L}]+(?:ing|tion|ment|ness|ity|er|ers|s))$/u;

/** Pronouns and demonstratives that point outside the sentence: "this" alone, not "this model". */
export function loosePointers(words: readonly string[]): number {
  let n = 0;
  words.forEach((w, i) => {
    const next = words[i + 1];
    // "…you don't stop there": a closing "there" is a place or a point said before.
    if (w === 'there' && next === undefined) n++;
    if (!POINTING.test(w)) return;
    // "these things" points as much as "these" alone.
    if (
      w === 'it' ||
      w === 'them' ||
      w === "that's" ||
      next === undefined ||
      !NOUN_PHRASE_START.test(next) ||
      isVagueNoun(next)
    )
      n++;
  });
  return Math.min(n, 3);
}

/** Words after which "this" or "that" stands for something said before: it is the whole noun phrase ("working on this and…"). */
export const POINTER_FOLLOWERS: ReadonlySet<string> = new Set(
  'and but or so because is was are were which in on for with to at by from'.split(' '),
);
const COPULA = /^(?:is|was|are|were)$/;
const MODAL = /^(?:can|could|will|would|should|might|may|must)$/;
/** Words at a line's opening before which nothing in the line can be what a "that" stands for. */
const OPENING_WORDS = 4;
const PREPOSITION = /^(?:in|on|for|with|from|about|of|at|by|than)$/;
/** Words that follow an object rather than continue a noun phrase: "about that as much", "from that too". */
const AFTER_OBJECT = /^(?:as|too|either|anymore|again|already|now|then|yet|ever|much|more|unless|until|since|when|if)$/;
/**
 * Nouns "in that…" may take without anything said before ("in that case", "at that moment"); "point", "time", "way" and
 * the like are stopwords, left out with them.
 */
const WHEN_AND_HOW = /^(?:case|moment|sense|regard|respect|era|stage|scenario|world|order)$/;

/** Words after which a clause starts, so a "that" there is its subject: "why that was", "I think that is". */
const OPENS_CLAUSE = /^(?:|why|how|because|if|when|where|whether|and|but|so|think|know|guess|believe|said)$/;

/**
 * "These things", "this is", "from that": a demonstrative whose referent was
 * said before the line. "That" before a verb or "which" is usually a relative
 * ("problems that are being created"), "now that" and "so that" join
 * clauses, and "stuff like that" points at nothing: none of those counts.
 */
export function pointsBack(words: readonly string[]): boolean {
  return words.some((w, i) => {
    const next = words[i + 1];
    const before = words[i - 1] ?? '';
    // "That same situation", "those same people": the one said before, whatever the noun; "on that same note" only
    // joins two points.
    if (/^(?:that|those)$/.test(w) && next === 'same') return words[i + 2] !== 'note';
    if (/^(?:this|these|those)$/.test(w)) return next === undefined || isVagueNoun(next) || POINTER_FOLLOWERS.has(next);
    if (w !== 'that') return false;
    // "from that was…", "why that was so relevant": before a verb and after a preposition, a conjunction or a verb of
    // thinking, "that" is the thing itself, not "that project" nor a relative ("problems that are…").
    if ((PREPOSITION.test(before) || OPENS_CLAUSE.test(before)) && next !== undefined && COPULA.test(next)) return true;
    // "I think that can get tricky": before a modal too, at the opening, where nothing in the line comes before it.
    if (i < OPENING_WORDS && OPENS_CLAUSE.test(before) && next !== undefined && MODAL.test(next)) return true;
    // "care about that as much", "benefits from that as well", "good at that, being a professor": after a preposition
    // and before no noun, the thing said.
    if (PREPOSITION.test(before) && (next === undefined || AFTER_OBJECT.test(next) || /ing$/.test(next))) return true;
    // "We can't do that unless…": "do" takes a thing, never a clause, so "that" is the thing said before.
    if (/^(?:do|does|did|doing|done)$/.test(before) && (next === undefined || AFTER_OBJECT.test(next))) return true;
    // "…the tsconfig in that project": after a preposition, "that" and a noun the line never named is a thing said before.
    if (
      PREPOSITION.test(before) &&
      next !== undefined &&
      /^\p{L}{3,}$/u.test(next) &&
      !isStopword(next) &&
      !WHEN_AND_HOW.test(next) &&
      !words.slice(0, i).includes(next)
    )
      return true;
    if (/^(?:now|so|such|given|except|like)$/.test(before)) return false;
    return (
      next === undefined || isVagueNoun(next) || (POINTER_FOLLOWERS.has(next) && !COPULA.test(next) && next !== 'which')
    );
  });
}

/** Third-person plural pronouns: each stands for people or things named before it. */
const THEY = /^(?:they|them|their|they're|they've|they'll|they'd)$/;
const THEY_SUBJECT = /^(?:they|they're|they've|they'll|they'd)$/;
/** Words that name a group "they" can stand for, besides plural nouns. */
const GROUP =
  /^(?:people|folks|everyone|everybody|anyone|someone|somebody|team|company|government|industry|family|anybody)$/;
/** Words ending in "s" that are no plural noun. */
const NOT_PLURAL =
  /^(?:is|was|has|does|goes|says|its|this|thus|yes|always|sometimes|perhaps|less|unless|process|across|plus|ours|yours|hers|his|whereas|besides|towards|afterwards|news|series|species|analysis|basis|crisis|status|focus|bias|lens|chaos|canvas|campus|virus|bonus)$/;

/**
 * "If you solve it, they may take you anyway": a "they" with no group or
 * plural noun before it in the line stands for someone named in the talk
 * before, and the reader never learns who.
 */
export function theyWithoutReferent(
  words: readonly string[],
  /** Only "they" as a subject: "their" and "them" may stand for one organisation named before ("the hospital… their clinics"). */
  subjectOnly = false,
  /** Whether word k is written as a name (a capital that opens no sentence): "Anthropic… what they've put together". */
  isName: (k: number) => boolean = () => false,
): boolean {
  const at = words.findIndex((w) => (subjectOnly ? THEY_SUBJECT : THEY).test(w));
  if (at === -1) return false;
  return !words
    .slice(0, at)
    .some((w, k) => GROUP.test(w) || (/^\p{L}{3,}s$/u.test(w) && !NOT_PLURAL.test(w)) || isName(k));
}

/** Third-person singular pronouns: each stands for a person named before it. */
const SOMEONE = /^(?:he|she|him|her|his|hers|he's|she's|he'd|she'd|he'll|she'll)$/;

/**
 * "I always look forward to her insights": a "he" or "her" with no name before it in the line stands for someone named
 * in the talk before, and the reader never learns who.
 */
export function someoneWithoutReferent(
  words: readonly string[],
  /** Whether word k is written as a name (a capital that opens no sentence). */
  isName: (k: number) => boolean,
): boolean {
  const at = words.findIndex((w) => SOMEONE.test(w));
  return at !== -1 && !words.slice(0, at).some((_, k) => isName(k));
}

/** A word written as a name: with a capital, and not "I". Whether the capital is only the sentence's is the caller's. */
export function writtenAsName(word: string): boolean {
  return /^\p{Lu}/u.test(word) && word !== 'I';
}
