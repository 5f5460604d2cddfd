import type { Transcript } from '../model/transcript.js';
import { firstWordFrom } from '../model/word-index.js';
import { wordTags } from '../text/pos.js';
import { normalise } from '../text/words.js';
import { isGeneric, isVagueNoun } from './generic.js';

/*
 * What a claim is about: the ideas (a noun that names something) or the people in the conversation.
 */

/** Share of a line's words that are names past which it is a list of names, not a line. */
const NAMES_SHARE = 0.6;

/**
 * Whether the spoken words [firstWord, endWord) are mostly names: "WhatsApp, Facebook Messenger, Twitter, Android
 * SMS…" lists things and says nothing about them.
 */
export function listsNames(t: Transcript, firstWord: number, endWord: number): boolean {
  const tags = wordTags(t);
  let said = 0;
  let names = 0;
  for (let i = firstWord; i < endWord; i++) {
    if (t.words[i]!.disfluent) continue;
    said++;
    if (tags[i] === 'PROPN') names++;
  }
  return said > 0 && names >= NAMES_SHARE * said;
}

/** Whether the words of `source` hold a noun or a name that says what they are about. */
export function namesSomething(t: Transcript, source: { start: number; end: number }): boolean {
  const tags = wordTags(t);
  for (let i = firstWordFrom(t, source.start); i < t.words.length && t.words[i]!.start < source.end; i++) {
    const word = normalise(t.words[i]!.text);
    if ((tags[i] === 'NOUN' || tags[i] === 'PROPN') && !isVagueNoun(word) && !isGeneric(word)) return true;
  }
  return false;
}

/**
 * Every word of the speakers' names and labels, lower-cased, the short forms their first names go by ("Chris" for
 * Christopher Hiller) and the handle of initial and surname ("KBall"): who talks (and who is talked to), never what about.
 */
export function speakerNameWords(t: Transcript): Set<string> {
  // A recording played on the show ("Zelda track") is nobody: its words may be the topic.
  const people = t.speakers.filter((s) => s.role !== 'other');
  const words = new Set(people.flatMap((s) => [s.name, ...s.labels].flatMap((n) => n.toLowerCase().split(/\s+/))));
  // A handle made of the first initial and the surname: "KBall" is Kevin Ball.
  for (const s of people) {
    const parts = s.name.toLowerCase().split(/\s+/);
    if (parts.length >= 2) words.add(`${parts[0]!.charAt(0)}${parts.at(-1)!}`);
  }
  for (const s of people)
    for (const short of SHORT_FORMS.get(s.name.split(/\s+/)[0]!.toLowerCase()) ?? []) words.add(short);
  return words;
}

/** Common English first names and the short forms people call them by; none a word that opens sentences ("Will", "Rich"). */
const SHORT_FORMS = new Map(
  Object.entries({
    christopher: ['chris'],
    christian: ['chris'],
    christine: ['chris'],
    nicholas: ['nick'],
    nicolas: ['nick'],
    matthew: ['matt'],
    michael: ['mike'],
    daniel: ['dan', 'danny'],
    alexander: ['alex'],
    alexandra: ['alex'],
    benjamin: ['ben'],
    samuel: ['sam'],
    samantha: ['sam'],
    thomas: ['tom'],
    joshua: ['josh'],
    jonathan: ['jon'],
    katherine: ['kate', 'katie'],
    catherine: ['kate', 'cathy'],
    stephen: ['steve'],
    steven: ['steve'],
    robert: ['rob', 'bob'],
    william: ['bill'],
    james: ['jim', 'jamie'],
    joseph: ['joe'],
    andrew: ['andy'],
    anthony: ['tony'],
    elizabeth: ['liz', 'beth'],
    david: ['dave'],
    gregory: ['greg'],
    jeffrey: ['jeff'],
    kenneth: ['ken'],
    richard: ['rick'],
    edward: ['ed'],
    timothy: ['tim'],
    zachary: ['zach'],
    nathan: ['nate'],
    nathaniel: ['nate'],
    jennifer: ['jen', 'jenn'],
    abigail: ['abi', 'abby'],
  }),
);

/**
 * Whether a text names a speaker or talks to the people present: one of
 * their names, written with a capital as names are, also as a possessive or
 * a plural ("Nick's been working on me", "the other Joshes"); or the
 * listeners and panel addressed as a group ("Y'all are the real MVPs").
 */
export function namesSpeaker(text: string, speakerWords: ReadonlySet<string>): boolean {
  if (ADDRESSED.test(text)) return true;
  return (text.match(/\p{Lu}[\p{L}'’]*/gu) ?? []).some((w) => {
    if (w === 'I') return false;
    const name = w.toLowerCase().replace(/['’]s?$/, '');
    // "Joshes", "Nicks": the plural of a name.
    const singular = name.replace(/(?:(?<=s|x|z|ch|sh)es|s)$/, '');
    return speakerWords.has(name) || speakerWords.has(singular);
  });
}

/**
 * "Y'all", "you guys", "When you mentioned…", "You hit the nail on the head…", "That's a great point", "to respond to
 * that question", "You've been in the business of…" (a host telling the guest their own career), "You have a good
 * pace", "You did a great job" (praise for someone present), "when you began CSS-Tricks", "your post says…" (the guest's
 * own story and writing): the people in the room and their conversation, not the topic.
 */
const ADDRESSED =
  /\b(?:y['’]all|you guys|you all|you (?:just )?(?:mentioned|said|were saying|talked about)|you (?:hit|nailed) (?:it|the nail)|you(?:['’]re| are) (?:absolutely |so |totally |exactly )?right|(?:a |such a )?(?:great|good|fair) (?:point|question)|i agree with you|well said|(?:your|that) question|your (?:answer|point|take|suggestion|comment)\b|(?:respond|answer|reply) to (?:that|your|you)|back to you|you(?:['’]ve| have) been (?:in|at|working|doing|building|running|leading|writing)\b|you(?:['’]ve| have)(?: got)? (?:a |such a )?(?:really |very )?(?:good|great) (?:pace|taste|voice|eye|ear|memory)|you did (?:a |such a )?(?:great|good|amazing|fantastic) job|you(?:['’]re| are) (?:so |really )?good at|when you (?:began|started|founded|launched|joined|left)|your (?:blog )?(?:post|book|talk|article|newsletter) (?:says|said|was|is called)|please (?:expound|elaborate|explain|go on|continue|share|tell us)|tell us (?:more|a bit|a little)|you(?:['’]ve| have) (?:just )?(?:laid out|outlined|described|explained|covered))\b/i;
