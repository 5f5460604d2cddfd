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
export function speakersFromLabels(
  labels: readonly string[],
  people: People,
): { speakers: Speaker[]; idOf: Map<string, string>; hostConfigured: boolean } {
  const speakers: Speaker[] = [];
  const idOf = new Map<string, string>();
  const byId = new Map<string, Speaker>();
  const hasConfiguredHost = labels.some((l) => findPerson(l, people.hosts));
  for (const label of labels) {
    if (idOf.has(label)) continue;
    const host = findPerson(label, people.hosts);
    const guest = host ? undefined : findPerson(label, people.guests);
    const person = host ?? guest;
    const name = person?.name ?? asName(label);
    const role: SpeakerRole = host
      ? 'host'
      : guest
        ? 'guest'
        : NOT_A_PERSON.test(name)
          ? 'other'
          : !hasConfiguredHost && speakers.length === 0
            ? 'host'
            : 'guest';
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
  return { speakers, idOf, hostConfigured: hasConfiguredHost };
}

/**
 * A label for a recording played on the show, not a person: "Zelda track", "Intro music", "Outro", "Voicemail", and
 * "Bette Midler Song" (a two-word "Jae Song" is a name).
 */
const NOT_A_PERSON =
  /(?:^|\s)(?:track|music|theme|jingle|clip|intro|outro|sting|montage|voicemail|soundbite)$|^(?:\S+\s+){2,}song$/i;

/**
 * A speaker label as a name: without the emoji or symbols some transcribers keep from a display name ("Paul
 * Frazee✌"), which would otherwise print in the notes, the feed's person tags and the cards.
 */
function asName(label: string): string {
  const name = label
    .replace(/[\p{Extended_Pictographic}\p{So}\uFE0F\u200D]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
  return name || label;
}

function findPerson(label: string, list: readonly PersonOptions[]): PersonOptions | undefined {
  const key = asName(label).toLowerCase();
  return list.find((p) => [p.name, ...p.aliases].some((n) => n.toLowerCase() === key));
}

type Role = 'host' | 'guest';

/*
 * Transition log-probabilities of the attribution model. Caption files mark
 * most speaker changes with `>>` but drop some (a host question and the
 * guest's answer run together) and add a few spurious ones; inside a block a
 * change is rare, between blocks it is the rule.
 */
const BLOCK_CHANGE = Math.log(0.8);
const BLOCK_STAY = Math.log(0.2);
const INNER_CHANGE = Math.log(0.03);
const INNER_STAY = Math.log(0.97);
/** Words before a question in the same block that may still be the asker's preamble. */
const QUESTION_PREAMBLE_WORDS = 110;
/** A question this close to the end of its block hands over to the other speaker. */
const HANDOVER_TAIL_WORDS = 30;
/** Weight of a question that ends its block: the plainest handover. */
const LAST_QUESTION = 1.25;
/** Weight of a question in the middle of a long block: mostly rhetorical. */
const MIDDLE_QUESTION = 0.25;

const HOST_INTRO =
  /\b(?:welcome (?:back )?to|my guests? (?:today|this week|is)|i'?m your host|this is the .{0,40}(?:podcast|show)|please enjoy)\b/i;
/** What hosts say and guests rarely do: steering, inviting, thanking for an answer, wrapping up. */
const HOST_CUES =
  /\b(?:welcome|i'?d love to|let'?s (?:talk|move|switch|go back|dig|start|turn)|tell (?:us|me) (?:about|more)|walk (?:us|me) through|double.click|as a (?:last|final|quick|closing)|(?:last|final|next|one more) question|going back to|talk (?:a little bit )?about|thank you (?:so much |very much )?for (?:this|that|all (?:of )?this|sharing|spending|coming|joining|being)|thanks for listening|it'?s been (?:absolutely |so |really )?(?:wonderful|great|a pleasure)|you guys (?:released|launched|published|announced))\b/i;
/** A guest's reply to a welcome or a farewell. */
const GUEST_REPLY =
  /^(?:thank(?:s| you)(?: so| very)?(?: much)?(?: for (?:having me|the invitation|inviting me))?|(?:it'?s )?great to (?:be here|talk to you)|happy to be here)[\s,]*(?:\p{Lu}\p{L}+)?[.!]*$/iu;
/** "You" addressed to the other person, not the generic "you" of "if you look at it" or the filler "you know". */
const ADDRESS =
  /\b(?:(?:do|did|are|were|can|could|would|will|have|had|should) you|you (?:guys|all|yourself|personally|started|joined)|your (?:own|team|work|view|take|background|story|career|journey|paper|group|lab|colleagues))\b/i;
/** A tag that turns a statement into a question only in punctuation: "…, right?" */
const TAG_QUESTION = /(?:^|[\s,])(?:right|you know|isn'?t it|no|yeah|okay|ok|correct|huh|true)[\s.?!]*$/i;
const FIRST_PERSON_SINGULAR = /\b(?:i|i'm|i've|i'd|i'll|my|me)\b/i;
const FIRST_PERSON = /\b(?:i|i'm|i've|i'd|i'll|my|me|we|our|we're)\b/gi;

/** Evidence about one sentence: log-odds that the host says it. */
interface SentenceEvidence {
  sentence: number;
  /** First sentence of a `>>` block. */
  blockStart: boolean;
  hostOdds: number;
}

/**
 * Log-odds that the host speaks a sentence, from what hosts do in an
 * interview: ask (a question, more so one addressed to "you"), steer and
 * thank ("I'd love to talk about", "as a last question", "thank you for
 * this"), introduce the show; against what guests do: reply to a welcome,
 * speak in the first person at length.
 *
 * `handover` is how much a question counts: 1 where it opens or closes its
 * block (a host asks, then lets the guest speak), less in the middle of a
 * long block, where questions are mostly rhetorical. Length and the first
 * person count only outside a handover question and its preamble
 * (`preamble`), because a host's question often comes with a long lead-in.
 */
export function hostOdds(text: string, words: number, handover: number, preamble: boolean): number {
  let odds = 0;
  const addressed = ADDRESS.test(text);
  if (handover > 0) odds += handover * (2 + (addressed ? 1 : 0));
  else if (addressed) odds += 0.5;
  if (HOST_INTRO.test(text)) odds += 3;
  else if (HOST_CUES.test(text)) odds += 2.5;
  if (GUEST_REPLY.test(text.trim())) odds -= 3.5;
  // The lead-in of a handover question leans to the asker.
  if (preamble && handover === 0) odds += 0.5;
  if (handover < 1 && !preamble) {
    odds -= Math.min(1.5, 0.3 * (text.match(FIRST_PERSON)?.length ?? 0));
    odds -= Math.min(3, 0.012 * words);
  }
  return odds;
}

/**
 * Attribute unlabelled turns (`>>` blocks) to host and guest. Each sentence
 * gets host-or-guest evidence (`hostOdds`); the most likely sequence of
 * speakers is found by dynamic programming (Viterbi) over the sentences,
 * where a block boundary usually changes speaker and a change inside a block
 * (a missed `>>`) is possible but costly. Blocks whose sentences get more
 * than one speaker are split. Cold-open turns are left to the caller, which
 * gives them the speaker of the later passage they repeat.
 */
export function attributeTurns(
  turns: readonly AssembledTurn[],
  sentences: Sentence[],
  words: readonly Word[],
  coldOpen: ReadonlySet<number>,
  text: string,
): { turns: (AttributedTurn & { sourceIndex: number })[] } {
  const body = turns.filter((t) => !coldOpen.has(t.index) && t.endSentence > t.firstSentence);
  const evidence = sentenceEvidence(body, sentences, text);
  const roles = bestRoles(evidence);
  const roleOf = new Map(evidence.map((e, i) => [e.sentence, roles[i]!]));

  const out: (AttributedTurn & { sourceIndex: number })[] = [];
  let last: Role = 'guest';
  turns.forEach((turn, i) => {
    if (coldOpen.has(turn.index)) {
      out.push({ ...turn, speaker: 'guest', inferred: true, sourceIndex: i });
      return;
    }
    let from = turn.firstSentence;
    if (from === turn.endSentence) {
      out.push({ ...turn, speaker: last, inferred: true, sourceIndex: i });
      return;
    }
    for (let s = turn.firstSentence + 1; s <= turn.endSentence; s++) {
      const role = roleOf.get(from)!;
      if (s < turn.endSentence && roleOf.get(s) === role) continue;
      out.push(sliceTurn(turn, from, s, role, sentences, words, i));
      last = role;
      from = s;
    }
  });
  return { turns: out };
}

function sentenceEvidence(
  body: readonly AssembledTurn[],
  sentences: readonly Sentence[],
  text: string,
): SentenceEvidence[] {
  const out: SentenceEvidence[] = [];
  for (const turn of body) {
    const size = (s: number) => sentences[s]!.endWord - sentences[s]!.firstWord;
    const handover = new Float64Array(turn.endSentence - turn.firstSentence);
    let before = 0;
    let personal = false;
    for (let s = turn.firstSentence; s < turn.endSentence; s++) {
      const sentence = sentences[s]!;
      const own = text.slice(sentence.start, sentence.end);
      const after = turn.endWord - sentence.endWord;
      // A speaker who talks about themselves before or after a question is making their own point, not asking.
      const opens = before <= QUESTION_PREAMBLE_WORDS && !personal;
      const closes = after <= HANDOVER_TAIL_WORDS && !FIRST_PERSON_SINGULAR.test(text.slice(sentence.end, turn.end));
      if (isRealQuestion(sentence, text))
        handover[s - turn.firstSentence] = after === 0 ? LAST_QUESTION : opens || closes ? 1 : MIDDLE_QUESTION;
      if (FIRST_PERSON_SINGULAR.test(own) && !HOST_CUES.test(own)) personal = true;
      before += size(s);
    }
    // Words from each sentence's end to the next handover question in the block.
    const toQuestion = new Float64Array(handover.length);
    let distance = Infinity;
    for (let s = turn.endSentence - 1; s >= turn.firstSentence; s--) {
      toQuestion[s - turn.firstSentence] = distance;
      if (handover[s - turn.firstSentence]! >= 1) distance = 0;
      else distance += size(s);
    }
    for (let s = turn.firstSentence; s < turn.endSentence; s++) {
      const sentence = sentences[s]!;
      const i = s - turn.firstSentence;
      const own = text.slice(sentence.start, sentence.end);
      // A lead-in sets up the question; talk about oneself is an answer, however close the next question.
      const preamble =
        toQuestion[i]! + size(s) <= QUESTION_PREAMBLE_WORDS &&
        !(FIRST_PERSON_SINGULAR.test(own) && !HOST_CUES.test(own));
      out.push({
        sentence: s,
        blockStart: s === turn.firstSentence,
        hostOdds: hostOdds(own, size(s), handover[i]!, preamble),
      });
    }
  }
  return out;
}

/** A question mark that is more than a tag ("…, right?"), which guests use as much as hosts. */
function isRealQuestion(sentence: Sentence, text: string): boolean {
  return sentence.question && !TAG_QUESTION.test(text.slice(sentence.start, sentence.end));
}

/** Viterbi over two states; ties go to alternation, the prior of an interview. */
function bestRoles(evidence: readonly SentenceEvidence[]): Role[] {
  const n = evidence.length;
  if (n === 0) return [];
  const emit = (e: SentenceEvidence, r: 0 | 1) => (r === 0 ? e.hostOdds / 2 : -e.hostOdds / 2);
  // State 0 is the host, 1 the guest; the host usually speaks first.
  let score: [number, number] = [emit(evidence[0]!, 0) + 0.5, emit(evidence[0]!, 1)];
  const back: Uint8Array[] = [new Uint8Array(2)];
  for (let i = 1; i < n; i++) {
    const e = evidence[i]!;
    const change = e.blockStart ? BLOCK_CHANGE : INNER_CHANGE;
    const stay = e.blockStart ? BLOCK_STAY : INNER_STAY;
    const from = new Uint8Array(2);
    const next: [number, number] = [0, 0];
    for (const r of [0, 1] as const) {
      const viaStay = score[r] + stay;
      const viaChange = score[(1 - r) as 0 | 1] + change;
      from[r] = viaChange >= viaStay ? 1 - r : r;
      next[r] = Math.max(viaStay, viaChange) + emit(e, r);
    }
    score = next;
    back.push(from);
  }
  const roles: Role[] = new Array<Role>(n);
  let state = score[0] >= score[1] ? 0 : 1;
  for (let i = n - 1; i >= 0; i--) {
    roles[i] = state === 0 ? 'host' : 'guest';
    state = back[i]![state]!;
  }
  return roles;
}

/** The part of a turn from sentence `from` up to `to`, spoken by `role`. */
function sliceTurn(
  turn: AssembledTurn,
  from: number,
  to: number,
  role: Role,
  sentences: readonly Sentence[],
  words: readonly Word[],
  sourceIndex: number,
): AttributedTurn & { sourceIndex: number } {
  const first = from === turn.firstSentence;
  const last = to === turn.endSentence;
  const head = sentences[from]!;
  const next = sentences[to];
  return {
    ...turn,
    start: first ? turn.start : head.start,
    end: last ? turn.end : sentences[to - 1]!.end,
    firstSentence: from,
    endSentence: to,
    firstWord: first ? turn.firstWord : head.firstWord,
    endWord: last || !next ? turn.endWord : next.firstWord,
    startTime: first ? turn.startTime : head.startTime,
    endTime: last || !next ? turn.endTime : next.startTime,
    speaker: role,
    inferred: true,
    sourceIndex,
  };
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
