import type { Transcript } from '../model/transcript.js';
import type { ChapterSpan } from '../segment/index.js';
import type { Corrector } from '../text/corrections.js';
import { titleCase } from '../text/title-case.js';
import { isGeneric } from './generic.js';
import { lookUpName } from '../text/gazetteer.js';
import { commonForm, type PhraseCount, thirdsCovered } from './phrases.js';
import { questionTitle } from './question-title.js';
import { joinList } from './summary.js';

const MAX_TITLE = 60;

/** A second phrase joins the lead only when it is nearly as frequent… */
const SECOND_SHARE = 0.6;
/** …and the pair stays short, as editors' titles do. */
const MAX_PAIR = 45;
/** A place or company leads a title only when it clearly dominates the chapter. */
const NAME_LEAD_FACTOR = 2;

/**
 * Title a chapter as an editor would: the host's opening question when it is
 * short and about the chapter ("How Does the Model Decide How Long to
 * Think?"), else the chapter's own key phrase ("Reasoning Models"), joined by
 * a second one only when that is nearly as present ("Math and Coding").
 * Specific noun phrases only, never a speaker's name, never a lead phrase
 * another chapter already used, and a place or company ("San Francisco",
 * "Google") leads only when it dominates the chapter. Cold opens,
 * introductions and outros get the names producers give them.
 */
/**
 * "Introducing Ada Lovelace", or both guests of a two-guest episode; a panel
 * of three or more (or names too long for a title) is "Introductions".
 */
function introductionTitle(guests: readonly string[]): string {
  if (guests.length === 0) return 'Introduction';
  const title = `Introducing ${joinList(guests)}`;
  return guests.length <= 2 && title.length <= MAX_TITLE ? title : 'Introductions';
}

export function titleChapter(
  t: Transcript,
  span: ChapterSpan,
  ranked: readonly PhraseCount[],
  used: Set<string>,
  correct: Corrector,
  guestNames: readonly string[],
  speakerWords: ReadonlySet<string> = new Set(),
): string {
  if (span.kind === 'cold-open') return 'Cold Open';
  if (span.kind === 'introduction') return introductionTitle(guestNames);
  if (span.kind === 'outro') return 'Wrap-Up';
  const specific = ranked.filter((p) => isSpecific(p) && !commonForm(p).toLowerCase().split(/\s+/).some((w) => speakerWords.has(w)));
  const question = questionTitle(t, span, ranked, correct);
  if (question && question.length <= MAX_TITLE) {
    const lead = specific.find((p) => question.toLowerCase().includes(commonForm(p).toLowerCase()));
    if (lead) used.add(lead.key);
    return question;
  }
  const fresh = specific.filter((p) => !used.has(p.key));
  const topical = fresh.find((p) => !isNamedPlace(correct(commonForm(p))));
  const named = fresh[0];
  const chosen = named && topical && named !== topical && named.count < NAME_LEAD_FACTOR * topical.count ? topical : (named ?? topical);
  if (!chosen) return 'Conversation';
  // A bare word often has a fuller name in the same chapter: "progress" is "AI progress" there.
  const lead = fuller(chosen, specific) ?? chosen;
  used.add(chosen.key).add(lead.key);
  let title = titleCase(correct(commonForm(lead)));
  const range = [span.firstSentence, span.endSentence] as const;
  const second = lead.key.includes(' and ')
    ? undefined
    : fresh.find(
        (p) =>
          p !== lead &&
          !overlapsKey(p.key, lead.key) &&
          !p.key.includes(' and ') &&
          // A company or place that leads needs a topic beside it ("Google and GPU Access").
          (p.count >= SECOND_SHARE * lead.count || (p === topical && isNamedPlace(correct(commonForm(lead))))) &&
          thirdsCovered(p, range) + (p === topical ? 1 : 0) >= 2 &&
          !isNamedPlace(correct(commonForm(p))),
      );
  if (second) {
    const both = `${title} and ${titleCase(correct(commonForm(second)))}`;
    if (both.length <= MAX_PAIR) {
      title = both;
      used.add(second.key);
    }
  }
  return title.length <= MAX_TITLE ? title : `${title.slice(0, MAX_TITLE - 1).replace(/\s+\S*$/, '')}…`;
}

/** Share of a word's occurrences a longer phrase must account for to stand in for it. */
const FULLER_SHARE = 0.4;

/** The commonest longer phrase containing a one-word lead, when it accounts for a good share of the word's uses. */
function fuller(lead: PhraseCount, candidates: readonly PhraseCount[]): PhraseCount | undefined {
  if (lead.words > 1) return undefined;
  return candidates
    .filter((p) => p.words > 1 && p.count >= Math.max(2, FULLER_SHARE * lead.count) && p.key.split(' ').includes(lead.key))
    .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : 1))[0];
}

/** A place or an organisation the gazetteer knows: context for a topic, rarely the topic. */
function isNamedPlace(form: string): boolean {
  const kind = lookUpName(form);
  return kind === 'place' || kind === 'organisation';
}

/**
 * A phrase that can name a topic: no generic word at its start, and a
 * single word only when it is a name or a term (capitals, digits) or a
 * noun-like word long enough to carry meaning ("transformer", "robotics").
 */
export function isSpecific(p: PhraseCount): boolean {
  const form = commonForm(p);
  const words = form.split(/\s+/);
  if (isGeneric(words[0]!) || (words.length === 1 && isGeneric(words[0]!))) return false;
  if (words.length > 1) return !isGeneric(words.at(-1)!) || words.length > 2 || /\p{Lu}/u.test(form);
  const word = words[0]!;
  if (/^[\d.,]+$/.test(word)) return false;
  if (/\p{Lu}/u.test(word.slice(1)) || /\d/.test(word)) return true;
  if (/^\p{Lu}/u.test(word)) return true;
  return (word.length >= 7 && !/(?:ly|ed|ing|ic|al|ible|able|ive|ous|ful|ent|ant|ise|ize|ove)$/.test(word)) || /-/.test(word);
}

/** "model" and "reasoning model", or "language" and "languages": don't pair them in one title. */
function overlapsKey(a: string, b: string): boolean {
  const root = (w: string) => w.replace(/s$/, '').slice(0, 6);
  const as = new Set(a.split(' ').map(root));
  return b.split(' ').some((w) => as.has(root(w)));
}
