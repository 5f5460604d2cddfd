import type { PersonOptions } from '../config/schema.js';
import type { Sentence, Speaker, SpeakerRole, Word } from '../model/transcript.js';
import { slugify } from '../text/slug.js';
import type { Assembled } from './assemble.js';

export interface People {
  hosts: readonly PersonOptions[];
  guests: readonly PersonOptions[];
}

type AssembledTurn = Assembled['turns'][number];

export interface AttributedTurn extends AssembledTurn {
  speaker: string;
  inferred: boolean;
}

/**
 * Map speaker labels to people from the config (names and aliases, case-
 * insensitive). A label nobody configured keeps its own name; the first
 * labelled speaker is taken as the host when no host is configured.
 */
export function speakersFromLabels(labels: readonly string[], people: People): { speakers: Speaker[]; idOf: Map<string, string> } {
  const speakers: Speaker[] = [];
  const idOf = new Map<string, string>();
  const byId = new Map<string, Speaker>();
  const hasConfiguredHost = labels.some((l) => findPerson(l, people.hosts));
  for (const label of labels) {
    if (idOf.has(label)) continue;
    const host = findPerson(label, people.hosts);
    const guest = host ? undefined : findPerson(label, people.guests);
    const person = host ?? guest;
    const name = person?.name ?? label;
    const role: SpeakerRole = host ? 'host' : guest ? 'guest' : !hasConfiguredHost && speakers.length === 0 ? 'host' : 'guest';
    const id = slugify(name) || `speaker-${speakers.length + 1}`;
    let speaker = byId.get(id);
    if (!speaker) {
      speaker = { id, name, role, labels: [] };
      byId.set(id, speaker);
      speakers.push(speaker);
    }
    speaker.labels.push(label);
    idOf.set(label, id);
  }
  return { speakers, idOf };
}

function findPerson(label: string, list: readonly PersonOptions[]): PersonOptions | undefined {
  const key = label.trim().toLowerCase();
  return list.find((p) => [p.name, ...p.aliases].some((n) => n.toLowerCase() === key));
}

const HOST_INTRO = /\b(welcome (?:back )?to|my guests? (?:today|this week)|i'?m your host|this is the .{0,40}(?:podcast|show))\b/i;
const ANSWER_OPENER = /^(yes|yeah|yep|no|nope|thank|thanks|i|i'm|i've|exactly|right|absolutely|sure|well|definitely|totally)\b/i;
/** A guest reply that runs into the host's next question: at most this many words of question. */
const MAX_QUESTION_WORDS = 110;
const LONG_ANSWER_WORDS = 120;

/**
 * Attribute unlabelled turns to host and guest. In an interview the host
 * introduces the show and asks; turns alternate. Caption text drops some
 * speaker changes, so a guest turn that ends in a question followed by a long
 * answer is split: its closing question is the host's. Cold-open turns take
 * the speaker of the later passage they repeat (`coldOpenSource`).
 */
export function attributeTurns(
  turns: readonly AssembledTurn[],
  sentences: Sentence[],
  words: readonly Word[],
  coldOpen: ReadonlySet<number>,
  text: string,
): { turns: (AttributedTurn & { sourceIndex: number })[] } {
  const out: (AttributedTurn & { sourceIndex: number })[] = [];
  const body = turns.filter((t) => !coldOpen.has(t.index));
  const introAt = body.slice(0, 4).findIndex((t) => HOST_INTRO.test(text.slice(t.start, t.end)));
  // Turns before the introduction (after any cold open) are the guest's, e.g. a teaser.
  let expected: 'host' | 'guest' = introAt > 0 ? 'guest' : 'host';
  const firstBody = body[0]?.index;

  for (let i = 0; i < turns.length; i++) {
    const turn = turns[i]!;
    if (coldOpen.has(turn.index)) {
      out.push({ ...turn, speaker: 'guest', inferred: true, sourceIndex: i });
      continue;
    }
    if (introAt > 0 && turn.index === body[introAt]?.index) expected = 'host';
    const next = turns[i + 1];
    const nextLong = next !== undefined && next.endWord - next.firstWord >= LONG_ANSWER_WORDS;
    if (expected === 'guest' && nextLong && turn.index !== firstBody) {
      const split = trailingQuestion(turn, sentences, words);
      if (split !== undefined) {
        out.push(...splitTurn(turn, split, 'guest', 'host', sentences, i));
        expected = 'guest';
        continue;
      }
    }
    out.push({ ...turn, speaker: expected, inferred: true, sourceIndex: i });
    expected = expected === 'host' ? 'guest' : 'host';
  }
  return { turns: out };
}

/** The sentence index where a closing question (with a short lead-in) starts, if any. */
function trailingQuestion(turn: AssembledTurn, sentences: readonly Sentence[], words: readonly Word[]): number | undefined {
  const last = sentences[turn.endSentence - 1];
  if (!last?.question) return undefined;
  let start = turn.endSentence - 1;
  let count = last.endWord - last.firstWord;
  while (start - 1 > turn.firstSentence) {
    const s = sentences[start - 1]!;
    const size = s.endWord - s.firstWord;
    if (count + size > MAX_QUESTION_WORDS) break;
    if (!s.question && ANSWER_OPENER.test(words[s.firstWord]!.text)) break;
    start--;
    count += size;
  }
  if (count > MAX_QUESTION_WORDS || start === turn.firstSentence) return undefined;
  return start;
}

function splitTurn(
  turn: AssembledTurn,
  atSentence: number,
  first: string,
  second: string,
  sentences: readonly Sentence[],
  sourceIndex: number,
): (AttributedTurn & { sourceIndex: number })[] {
  const cut = sentences[atSentence]!;
  const head = sentences[atSentence - 1]!;
  return [
    { ...turn, end: head.end, endSentence: atSentence, endWord: cut.firstWord, endTime: cut.startTime, speaker: first, inferred: true, sourceIndex },
    { ...turn, start: cut.start, firstSentence: atSentence, firstWord: cut.firstWord, startTime: cut.startTime, speaker: second, inferred: true, sourceIndex },
  ];
}

/** Host and guest speakers for inferred turns, named from the config when it names them. */
export function inferredSpeakers(people: People): Speaker[] {
  const host = people.hosts[0];
  const guest = people.guests[0];
  return [
    { id: host ? slugify(host.name) : 'host', name: host?.name ?? 'Host', role: 'host', labels: [] },
    { id: guest ? slugify(guest.name) : 'guest', name: guest?.name ?? 'Guest', role: 'guest', labels: [] },
  ];
}

export type { SpeakerRole };
