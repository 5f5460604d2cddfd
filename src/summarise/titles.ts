import type { Transcript } from '../model/transcript.js';
import type { ChapterSpan } from '../segment/index.js';
import type { Corrector } from '../text/corrections.js';
import { titleCase } from '../text/title-case.js';
import { isGeneric, isInterjection, namesNoOneThing } from './generic.js';
import { isFirstName } from '../text/first-names.js';
import { lookUpName } from '../text/gazetteer.js';
import { commonForm, type PhraseCount } from './phrases.js';
import { openingQuestions, questionTitle } from './question-title.js';
import { segueTitle } from './segue-title.js';
import { workTitle } from './work-title.js';
import { joinList } from './summary.js';
import { mentionKind } from './mentions.js';

const MAX_TITLE = 60;

/** A joined title stays short, as editors' titles do. */
const MAX_PAIR = 55;

/**
 * "Introducing Ada Lovelace", or both guests of a two-guest episode; a panel
 * of three or more (or names too long for a title) is "Introductions". With
 * no guest to name, the show's welcome: "Welcome to Ship It!".
 */
function introductionTitle(guests: readonly string[], show: string | undefined): string {
  if (guests.length === 0) {
    const welcome = `Welcome to ${show ?? ''}`;
    return show && welcome.length <= MAX_TITLE ? welcome : 'Introduction';
  }
  const title = `Introducing ${joinList(guests)}`;
  return guests.length <= 2 && title.length <= MAX_TITLE ? title : 'Introductions';
}

/** What a title is judged against besides its chapter: who is on the show and what the whole episode is about. */
export interface TitleContext {
  /** The guests' names, as the introduction may name them. */
  guestNames: readonly string[];
  /** Every word of the speakers' names and labels, lower-cased: who talks, never what about. */
  speakerWords?: ReadonlySet<string>;
  /** First names of people the episode names in full ("Brian" of "Brian Kernighan"): a person, said alone. */
  firstNames?: ReadonlySet<string>;
  /** Phrases heard in most chapters: the episode's subject, which says nothing about one chapter. */
  episodeWide?: ReadonlySet<string>;
  /** How many titles so far each anchor joined: filled in as the episode's chapters are titled, in order. */
  anchored?: Map<string, number>;
  /** The show's name, for the welcome of an introduction that names no guest. */
  show?: string;
}

/**
 * Title a chapter as an editor would: the post or book it talks about, by its own title ("I'm a Cog"); the host's
 * opening question when it is
 * short and about the chapter ("How Does the Model Decide How Long to
 * Think?"); else the phrase that sets the chapter apart from the rest of the
 * episode (a coined or recurring noun phrase before a single word), anchored
 * to what the chapter talks about most: "TypeScript: Barrier of Entry",
 * "Configuration Management at Walmart", "Body Doubling and Solo Endeavor".
 * Specific noun phrases only: never a speaker's or other person's name, an
 * interjection, or a lead phrase another chapter already used. Cold opens,
 * introductions and outros get the names producers give them.
 */
export function titleChapter(
  t: Transcript,
  span: ChapterSpan,
  ranked: readonly PhraseCount[],
  used: Set<string>,
  correct: Corrector,
  context: TitleContext,
): string {
  const {
    guestNames,
    speakerWords = new Set<string>(),
    episodeWide = new Set<string>(),
    firstNames = new Set<string>(),
    anchored = new Map<string, number>(),
    show,
  } = context;
  if (span.kind === 'cold-open') return 'Cold Open';
  if (span.kind === 'introduction') {
    // Only the guests the introduction names: a show that opens with its hosts introduces the guest later.
    const said = new Set(
      t.text
        .slice(span.start, span.end)
        .toLowerCase()
        .match(/[\p{L}\p{N}'’-]+/gu),
    );
    return introductionTitle(
      guestNames.filter((g) =>
        g
          .toLowerCase()
          .split(/\s+/)
          .some((part) => said.has(part)),
      ),
      show,
    );
  }
  if (span.kind === 'outro') return 'Wrap-Up';
  const specific = ranked.filter((p) => isTopic(p, speakerWords));
  const isPersonName = (p: PhraseCount) => namesPerson(p) || (p.words === 1 && firstNames.has(commonForm(p)));
  // The host's own words first: the question that opens the chapter, else the topic the host announces ("I want to
  // transition to talking about the future of TypeScript"). The phrase they name is used.
  const short = (title: string | undefined) => (title && title.length <= MAX_TITLE ? title : undefined);
  // A post or a book the chapter talks about is named by its own title, once.
  const named = workTitle(t, span, correct, MAX_TITLE);
  const work = named && !used.has(`work:${named}`) ? named : undefined;
  if (work) used.add(`work:${work}`);
  const hosted =
    work ?? short(questionTitle(t, span, ranked, correct, MAX_TITLE)) ?? short(segueTitle(t, span, ranked, correct));
  if (hosted) {
    const lead = specific.find((p) => hosted.toLowerCase().includes(commonForm(p).toLowerCase()));
    if (lead) used.add(lead.key);
    return hosted;
  }
  const fresh = specific.filter((p) => !used.has(p.key));
  // The lead: what sets this chapter apart from the rest of the episode, a phrase the speakers coin or keep returning to
  // ("configuration management", "body doubling") before a single word.
  // The anchor: what the chapter talks about most, even when the whole episode does ("TypeScript"), so the title says
  // where the distinctive phrase belongs.
  const counted = [...specific].sort(
    (a, b) => b.count * (1 + 0.5 * (b.words - 1)) - a.count * (1 + 0.5 * (a.words - 1)) || (a.key < b.key ? -1 : 1),
  );
  const range = [span.firstSentence, span.endSentence] as const;
  const anchorFor = (lead: PhraseCount) => {
    // A place or company is context only when heard across the chapter, not in one anecdote ("We moved to San Francisco…").
    const fits = (p: PhraseCount) =>
      p !== lead &&
      !overlapsKey(p.key, lead.key) &&
      !abbreviates(commonForm(p), commonForm(lead)) &&
      !abbreviates(commonForm(lead), commonForm(p)) &&
      !p.key.includes(' and ') &&
      !isPersonName(p) &&
      !episodeWide.has(p.key) &&
      (!isNamedPlace(correct(commonForm(p))) || spread(p, range) >= ANECDOTE_SPREAD);
    // Said often across sentences: "response time, response size and response codes" in one breath is one mention.
    const most = counted.find((p) => p.count >= 3 && new Set(p.at).size >= 2 && fits(p));
    // What the chapter talks about most, already beside two titles ("Power Users and Community", "Control Plane and
    // Community"…), is the episode's subject: the lead stands alone rather than beside a lesser word.
    if (most && (anchored.get(most.key) ?? 0) >= MAX_ANCHORED) return undefined;
    return most ?? fresh.find((p) => p.count >= 2 && fits(p));
  };
  // A person's name ("Hugh Glass") may lead beside a topic, never alone.
  // A topic the opening question names ("What did the application layer look like?") leads before any other; a person
  // it names ("what do you know about this Kent Beck fun aspect?") is who the topic comes from, not the topic.
  const asked = openingQuestions(t, span);
  const inQuestion = (p: PhraseCount) =>
    p.count >= 2 && asked.some((q) => [...p.forms.keys()].some((f) => q.includes(f.toLowerCase())));
  // A phrase said at the chapter's opening names it, even said twice in a row ("language server protocol").
  const opens = (p: PhraseCount) => (p.at[0] ?? Infinity) - span.firstSentence < OPENING_SENTENCES;
  // A place or company is where a topic happens, rarely the topic: it leads only when nothing else can.
  const topical = fresh.filter((p) => !isNamedPlace(correct(commonForm(p))));
  const leads = [
    ...topical.filter((p) => inQuestion(p) && p.words > 1 && !isPersonName(p)),
    ...topical.filter((p) => p.words > 1 && p.count >= 2 && (recurs(p) || opens(p))),
    ...topical,
    ...fresh,
  ];
  const lead = leads.find((p) => !isPersonName(p) || anchorFor(p));
  if (!lead) return 'Conversation';
  used.add(lead.key);
  const leadText = titleCase(correct(commonForm(lead)));
  const anchor = anchorFor(lead);
  let title = leadText;
  if (anchor && !lead.key.includes(' and ')) {
    const anchorText = titleCase(correct(commonForm(anchor)));
    const kind = lookUpName(correct(commonForm(anchor)));
    // A company or place is where it happens; a named product or language is what it is about; anything else goes beside it.
    // A name as the lead is no part of the anchor, nor what happens there: two names stand side by side ("Facebook and
    // Twitter", "Raycast and Alfred"), not "Facebook at Twitter" or "Redis: Anton Zhiyanov".
    const named = isProperName(lead);
    // A one-word lead is no heading of its own under a name: "Git and SSH", "Latency and SLOs", not "Git: SSH".
    const beside = named || lead.words === 1;
    const joined =
      kind === 'organisation' || kind === 'place'
        ? `${leadText} ${named ? 'and' : kind === 'place' ? 'in' : 'at'} ${anchorText}`
        : /^\p{Lu}\p{Ll}{2,}/u.test(commonForm(anchor)) && anchor.words === 1 && capitalisedAsName(anchor)
          ? `${anchorText}${beside ? ' and ' : ': '}${leadText}`
          : `${leadText} and ${anchorText}`;
    if (joined.length <= MAX_PAIR) {
      title = joined;
      used.add(anchor.key);
      anchored.set(anchor.key, (anchored.get(anchor.key) ?? 0) + 1);
    }
  }
  // When one guest carries the chapter, the title says whose view it is: "Martin on Configuration Management".
  const speaker = dominantGuest(t, span, guestNames);
  if (speaker && title.split(/\s+/).length < 3 && !title.includes(':')) title = `${speaker} on ${title}`;
  return title.length <= MAX_TITLE ? title : `${title.slice(0, MAX_TITLE - 1).replace(/\s+\S*$/, '')}…`;
}

/** Titles one anchor may join in an episode. */
const MAX_ANCHORED = 2;

/** Share of a chapter's words one guest must say for the chapter to be theirs. */
const DOMINANT_SHARE = 0.6;

/** The first name of the guest who does most of the talking in a chapter, when one does. */
function dominantGuest(t: Transcript, span: ChapterSpan, guestNames: readonly string[]): string | undefined {
  const words = new Map<string, number>();
  let total = 0;
  for (let s = span.firstSentence; s < span.endSentence; s++) {
    const sentence = t.sentences[s]!;
    const speaker = t.turns[sentence.turn]!.speaker;
    const n = sentence.endWord - sentence.firstWord;
    words.set(speaker, (words.get(speaker) ?? 0) + n);
    total += n;
  }
  const [id, count] = [...words.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0] ?? [];
  const speaker = t.speakers.find((x) => x.id === id);
  if (!speaker || count === undefined || count < DOMINANT_SHARE * total || !guestNames.includes(speaker.name))
    return undefined;
  return speaker.name.split(/\s+/)[0];
}

/**
 * Whether a phrase comes back in the chapter rather than being said once and repeated at once ("Toy Story… Toy Story",
 * "a bag of sand, a bag of sand"): more than one sentence lies between its first and last mention.
 */
function recurs(p: PhraseCount): boolean {
  return p.at.length > 0 && p.at.at(-1)! - p.at[0]! >= 2;
}

/** Sentences at the top of a chapter where the phrase said names what the chapter is about. */
const OPENING_SENTENCES = 6;

/** Share of the chapter between a phrase's first and last mention below which it belongs to one anecdote. */
const ANECDOTE_SPREAD = 0.34;

/** How much of the chapter's sentences [first, end) lie between a phrase's first and last mention, 0–1. */
function spread(p: PhraseCount, [first, end]: readonly [number, number]): number {
  if (p.at.length === 0) return 0;
  return (p.at.at(-1)! - p.at[0]!) / Math.max(1, end - first - 1);
}

/**
 * The first names of people the episode names in full, so the name said alone is a person too: "Brian" when "Brian
 * Kernighan" is said, "Steve" with "Steve Jobs". The first word must be a given name and the last never heard as a
 * common word, so "Claude Code", "Erlang OTP" or "Ruby Gems" make no first names.
 */
export function firstNamesIn(t: Transcript, whole: ReadonlyMap<string, PhraseCount>): Set<string> {
  const common = new Set(t.words.filter((w) => /^\p{Ll}/u.test(w.text)).map((w) => w.text));
  const names = new Set<string>();
  for (const p of whole.values()) {
    if (p.words !== 2 || !namesPerson(p)) continue;
    const [first, last] = commonForm(p).split(/\s+/) as [string, string];
    if (isFirstName(first) && !common.has(last.toLowerCase())) names.add(first);
  }
  return names;
}

/** A place or an organisation the gazetteer knows. */
function isNamedPlace(form: string): boolean {
  const kind = lookUpName(form);
  return kind === 'place' || kind === 'organisation';
}

/**
 * A proper name: every word of every form a capital and small letters ("Posse Party", "Facebook", "Anton Zhiyanov"),
 * not a term ("HTML") or a common noun after one ("GPU access").
 */
function isProperName(p: PhraseCount): boolean {
  return [...p.forms.keys()].every((f) => f.split(/\s+/).every((w) => /^\p{Lu}\p{Ll}/u.test(w)));
}

/** A person's name ("Bruce Williams"): always written with capitals, shaped like a name. Never a title alone. */
function namesPerson(p: PhraseCount): boolean {
  if ([...p.forms.keys()].some((f) => /^\p{Ll}/u.test(f))) return false;
  return mentionKind(commonForm(p)) === 'person';
}

/**
 * A phrase that can be a title's topic or a keyword: specific, and holding
 * no speaker's name (who talks, not what about) and no interjection.
 */
export function isTopic(p: PhraseCount, speakerWords: ReadonlySet<string>): boolean {
  return (
    isSpecific(p) &&
    !commonForm(p)
      .toLowerCase()
      .split(/\s+/)
      .some((w) => speakerWords.has(w) || isInterjection(w))
  );
}

/**
 * A phrase that can name a topic: no generic word at its start, and a
 * single word only when it is a name or a term (capitals, digits) or a
 * noun-like word long enough to carry meaning ("transformer", "robotics").
 */
export function isSpecific(p: PhraseCount): boolean {
  const form = commonForm(p);
  const words = form.split(/\s+/);
  // Opening a longer phrase, an "-ing" word is its own ("reasoning models"); alone, "reasoning" is the generic "reason".
  if (isGeneric(words[0]!, words.length === 1)) return false;
  // "Five Six", "a billion users", "1.3 Billion": a number is no topic, and a topic does not start with one.
  if (NUMBER_WORD.test(words[0]!) || /^[\d.,]+$/.test(words[0]!)) return false;
  if (words.length > 1) return !isGeneric(words.at(-1)!) || words.length > 2 || /\p{Lu}/u.test(form);
  const word = words[0]!;
  if (namesNoOneThing(word)) return false;
  if (/\p{Lu}/u.test(word.slice(1)) || /\d/.test(word)) return true;
  if (capitalisedAsName(p)) return true;
  return (
    (word.length >= 7 && !/(?:ly|ed|ing|ic|al|ible|able|ive|ous|ful|ent|ant|ise|ize|ove)$/.test(word)) || /-/.test(word)
  );
}

/**
 * Written with a capital where a common word would have none: not only at the opening of a sentence or a quotation,
 * where "Wut" and "Glad" have theirs.
 */
function capitalisedAsName(p: PhraseCount): boolean {
  return /^\p{Lu}/u.test(commonForm(p)) && p.initial < p.count;
}

const NUMBER_WORD =
  /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|dozen)s?$/i;

/** Whether `short` is the initials of `long`: "ML" of "Machine Learning", "APIs" of "application programming interfaces". */
function abbreviates(short: string, long: string): boolean {
  const words = long.split(/\s+/);
  const initials = words.map((w) => w.charAt(0).toUpperCase()).join('');
  return words.length > 1 && short.replace(/s$/, '') === initials;
}

/** "model" and "reasoning model", or "language" and "languages": don't pair them in one title. */
function overlapsKey(a: string, b: string): boolean {
  const root = (w: string) => w.replace(/s$/, '').slice(0, 6);
  const as = new Set(a.split(' ').map(root));
  return b.split(' ').some((w) => as.has(root(w)));
}
