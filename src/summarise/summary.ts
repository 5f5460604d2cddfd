import type { Quote, Source } from '../model/episode.js';
import type { Transcript } from '../model/transcript.js';
import type { Corrector } from '../text/corrections.js';
import { inQuotationMarks } from '../text/punctuation.js';
import { mentionKind } from './mentions.js';
import { passageText } from './passage.js';
import { namesSomething } from './about.js';
import { hasNote, standalone } from './standalone.js';
import { pointsBack } from './pointers.js';
import { wordsOf } from '../text/words.js';

/** Past this many guests the summary counts them: fourteen names make no sentence (the guests section lists them). */
const MAX_NAMED_GUESTS = 4;

/** A host describing the episode in the introduction. */
const EPISODE_DESCRIPTION =
  /\b(?:this episode|in this (?:episode|conversation)|today we|we(?:'ll| will)? (?:talk|discuss|dig|cover|explore)|we get into|we(?:'re| are) here to (?:talk|chat) about|we(?:'re| are) (?:going to|gonna) (?:talk|dig|dive|get) (?:about|into))\b/i;

/** A list of themes opening on a question word, with no verb before its first comma: "Why X is wrong, the puzzles…". */
const THEMES = /^(?:why|how|what|where|when|who)\b[^,]*,/i;

/** What makes a sentence no description: no clause of its own, or no end. A presentational "This is…" is one. */
const BROKEN = new Set<string | undefined>(['fragment', 'trails off']);

/** A sentence of the transcript as the notes show it. */
export interface ShownSentence {
  text: string;
  source: Source;
}

/**
 * The host's own description of the episode, when the introduction has one
 * ("This episode is a deep exploration of…"), and the sentence after it when
 * that lists the episode's themes ("Why the slowdown narrative is wrong, …").
 */
export function hostDescription(t: Transcript, intro: Source | undefined, correct: Corrector): ShownSentence[] {
  if (!intro) return [];
  // Only the host introducing the episode: a guest saying "in this conversation" is talking, not describing the show.
  const byHost = (x: Transcript['sentences'][number]) =>
    t.speakers.find((s) => s.id === t.turns[x.turn]?.speaker)?.role === 'host';
  const index = t.sentences.findIndex(
    (x) =>
      x.start >= intro.start &&
      x.end <= intro.end &&
      byHost(x) &&
      EPISODE_DESCRIPTION.test(t.text.slice(x.start, x.end)) &&
      // "We'll talk about it in more detail soon." promises, and describes nothing.
      namesSomething(t, x) &&
      // "I only read what's on the [unintelligible] I'm Mat Ryer, and today we're…": words lost inside it.
      !hasNote(t, x.start, x.end) &&
      // "Today we've got a cool intersection with that world.", "With that in mind, …": it leans on what came before.
      !pointsBack(wordsOf(t.text.slice(x.start, x.end))),
  );
  if (index === -1) return [];
  // "Alright, Abi, we're here to talk about…": the opening words and the name it is said to stay in the transcript.
  const firstNames = new Set(t.speakers.map((x) => x.name.split(/\s+/)[0]!));
  const shown = (s: Transcript['sentences'][number]): ShownSentence => {
    const text = passageText(t, s.firstWord, s.endWord, correct, true).display;
    // Caption text sets no comma after the name: "Abi we're here to talk about…".
    const vocative = t.unpunctuated
      ? /^(\p{L}[\p{L}'’-]*),? (?=(?:we|i|you|so|let's|today|now)\b)/iu
      : /^(\p{Lu}[\p{L}'’-]*), (?=\p{L})/u;
    const named = vocative.exec(text);
    const rest = named && firstNames.has(named[1]!) ? text.slice(named[0].length) : undefined;
    return {
      text: rest === undefined ? text : rest.charAt(0).toUpperCase() + rest.slice(1),
      source: { start: s.start, end: s.end },
    };
  };
  const s = t.sentences[index]!;
  const next = t.sentences[index + 1];
  // The host's own next sentence, not someone's reply ("They're everywhere!").
  const listsThemes =
    next &&
    next.turn === s.turn &&
    next.end <= intro.end &&
    !next.question &&
    next.endWord - next.firstWord <= 45 &&
    !/^please\b|\benjoy\b/i.test(t.text.slice(next.start, next.end)) &&
    // A list of themes, or a whole sentence: not "And the causal reasons why I ended up doing those things".
    (THEMES.test(t.text.slice(next.start, next.end)) || !BROKEN.has(standalone(t, next.firstWord, next.endWord)));
  return listsThemes ? [shown(s), shown(next)] : [shown(s)];
}

/**
 * Two to four sentences: who talks with whom about what (from the top
 * keywords), the host's description of the episode, and the strongest
 * claim, quoted. `quoted` says how many of the first
 * `claims` it used, so the caller can count them as shown. Sources list the
 * transcript sentences used.
 */
export function summarise(
  t: Transcript,
  description: readonly ShownSentence[],
  keywords: readonly string[],
  claims: readonly Quote[],
  /** The glossary: a caption transcript's lower-case "red hat" prints as the "Red Hat" it knows. */
  correct: Corrector = (text) => text,
): { summary: string; sources: Source[]; quoted: number } {
  const sentences: string[] = [];
  const sources: Source[] = [];
  const hosts = t.speakers.filter((s) => s.role === 'host');
  const guests = t.speakers.filter((s) => s.role === 'guest');
  const topics = keywords
    .map((k) => correct(asSpoken(t.text, k)))
    .map((k) => pluralIfHeard(t.text, k))
    .filter(readsBare)
    .slice(0, 3);
  if (topics.length > 0) {
    // "Justin Garrison and Autumn Nash talk with Martin Jackson": co-hosts beside the host, never among the guests.
    // A panel of hosts alone ("Kris Brandow, Jon Calhoun and Johnny Boursiquot talk about…") is named when it is small.
    const named = (people: readonly { name: string }[]) => !people.some((p) => /^(host|guest)$/i.test(p.name));
    const who =
      hosts.length > 0 && guests.length > 0 && named(guests)
        ? `${joinList(hosts.map((h) => h.name))} ${hosts.length > 1 ? 'talk' : 'talks'} with ${guests.length > MAX_NAMED_GUESTS ? `${guests.length} guests` : joinList(guests.map((g) => g.name))}`
        : guests.length === 0 && hosts.length > 1 && hosts.length <= MAX_NAMED_GUESTS + 1 && named(hosts)
          ? `${joinList(hosts.map((h) => h.name))} talk`
          : 'This episode covers';
    const about = who.endsWith('covers') ? joinList(topics) : `about ${joinList(topics)}`;
    sentences.push(`${who} ${about}.`);
  }
  for (const [k, d] of description.entries()) {
    sources.push(d.source);
    // "…a deep exploration of the AI frontier. Why the slowdown narrative is wrong, the logic puzzles…": the themes a
    // host lists after the description are what it explores, not a sentence of their own.
    if (k > 0 && THEMES.test(d.text) && sentences.at(-1)?.endsWith('.')) {
      sentences.push(`${sentences.pop()!.slice(0, -1)}: ${d.text.charAt(0).toLowerCase()}${d.text.slice(1)}`);
      continue;
    }
    sentences.push(d.text);
  }
  // At most one line quoted: the summary says what the episode covers; the quotes section quotes.
  const quoted = claims.slice(0, sentences.length < 4 ? 1 : 0);
  for (const q of quoted) {
    // A person by first name ("Łukasz says"); a role label ("User Interface") as it is.
    const who =
      q.speaker === 'Guest' || q.speaker === 'Host' || q.speaker === ''
        ? 'As it was put'
        : `${mentionKind(q.speaker) === 'person' && !ROLE.test(q.speaker) ? q.speaker.split(' ')[0] : q.speaker} says`;
    // Quotation marks inside the quote become single ones: “… ‘Oh, cool’ …”.
    sentences.push(`${who}: ${inQuotationMarks(q.display)}`);
    sources.push(q.source);
  }
  return { summary: sentences.join(' '), sources, quoted: quoted.length };
}

/** How many of the strongest claims the summary's quoted line is chosen among. */
const SUMMARY_CANDIDATES = 5;

/**
 * The order the summary's quoted line is chosen in: among the strongest claims, one from the talk itself before one
 * from an aside chapter (the opening joke, a tangent), and the nearer the whole episode's words the sooner; then the
 * other claims as ranked. The most quotable line may be an aside ("Good coffee is always the best part…"); the
 * summary says what the episode is about.
 */
export function summaryOrder<Q>(claims: readonly Q[], near: (q: Q) => number, inAside: (q: Q) => boolean): Q[] {
  const strongest = claims.slice(0, SUMMARY_CANDIDATES).map((q) => ({ q, near: near(q), aside: inAside(q) ? 1 : 0 }));
  strongest.sort((a, b) => a.aside - b.aside || b.near - a.near);
  return [...strongest.map((x) => x.q), ...claims.slice(SUMMARY_CANDIDATES)];
}

/**
 * Whether a topic reads without an article in "talks with … about X": a
 * name, a phrase, a plural or a mass noun ("security", "robotics"), not a
 * lone singular count noun ("about developer") nor a phrase ending on one
 * that names a thing or a person ("about language server").
 */
function readsBare(topic: string): boolean {
  if (/\p{Lu}/u.test(topic)) return true;
  // "reinforcement learning", "remote control" read bare; a phrase ending on one agent noun ("language server") does not.
  if (/\s/.test(topic)) return !/(?:[^e]er|or)$/.test(topic);
  return /(?:[^s]s|ing|ity|ness|ware|ism|ics|data)$/.test(topic);
}

/** A label for a role, not a person's name: "Project Manager", "Industrial Designer", "Speaker 2". */
const ROLE =
  /\b(?:manager|designer|engineer|interface|marketing|producer|moderator|host|guest|interviewer|interviewee|speaker|narrator|caller|presenter|panel(?:ist)?)\b/i;

export function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/**
 * "About reasoning models": a topic heard in the plural too reads in the plural after "about", where the singular
 * ("about reasoning model") needs an article. Only a phrase in lower case (names stay as written) whose plural is
 * heard often beside the singular: "home automations", said once, is a slip of the mass noun.
 */
function pluralIfHeard(text: string, topic: string): string {
  if (!/\s/.test(topic) || /\p{Lu}/u.test(topic) || /s$/.test(topic)) return topic;
  const count = (phrase: string) => (text.match(wholeWord(phrase, 'giu')) ?? []).length;
  const plural = count(`${topic}s`);
  return plural >= 2 && plural >= PLURAL_SHARE * count(topic) ? `${topic}s` : topic;
}

/** Share of the singular's count the plural needs to be how the topic is said. */
const PLURAL_SHARE = 0.25;

/** A phrase as whole words: not inside a longer word. */
function wholeWord(phrase: string, flags: string): RegExp {
  const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, flags);
}

/**
 * Keywords are title-cased for tags; inside a sentence a common noun reads
 * better as the transcript writes it ("reinforcement learning"), while names
 * and acronyms keep their capitals ("Google", "RL").
 */
function asSpoken(text: string, keyword: string): string {
  const lower = keyword.toLowerCase();
  if (lower === keyword || /\p{Lu}/u.test(keyword.replace(/(^|[\s-])\p{Lu}/gu, ''))) return keyword;
  const count = (s: string) => (text.match(wholeWord(s, 'gu')) ?? []).length;
  return count(lower) > count(keyword) ? lower : keyword;
}
