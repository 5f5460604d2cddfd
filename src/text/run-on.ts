import { markDisfluencies } from './disfluency.js';
import { pauseEndsThought } from './sentence-end.js';

/**
 * Where a run of speech with no punctuation breaks into sentences. Caption
 * services and many speech recognisers write no full stops at all ("so i
 * think the model learns that but the question is how do you measure it").
 * Without breaks a whole turn is one "sentence": no quote, takeaway or
 * one-liner can be cut from it. Used only for a transcript that is
 * unpunctuated as a whole (parse/sentences.ts): where a transcriber wrote
 * full stops, theirs are the sentences.
 *
 * The breaks come from how spoken sentences open: a discourse marker ("so
 * we…", "but the…", "yeah", "I think…"), a question word before its verb
 * ("how does…"), or, when a run is long, a subject starting a new clause
 * ("…the old chat would hallucinate we totally see that"). Never after a
 * word that leaves its thought open ("the", "of", "is", "I"), never
 * leaving a piece shorter than `MIN_WORDS`.
 */

/** Fewest words on each side of a break. */
const MIN_WORDS = 6;
/** From this length a sentence takes a medium cue; from `LONG` any cue. */
const TARGET = 10;
const LONG = 16;
/** How far back an "if" or "when" waits for its main clause: a subject within it continues the sentence. */
const CONDITION = 10;

/** Subjects and determiners a clause opens with after a marker: "so we", "but the", "and it's". */
const CLAUSE_START = new Set(
  "i i'm i've i'd i'll we we're we've we'd we'll you you're you've you'd you'll they they're they've he he's she she's it it's that's there there's this these those the a an if when what how why now".split(
    ' ',
  ),
);

/**
 * Pronoun subjects that open a clause on their own, heard mid-run: the
 * weakest cue. Not "you", so often an object ("it gives you answers", "all
 * you need").
 */
const SUBJECT = new Set(
  "i i'm i've i'd i'll we we're we've we'll they they're they've it's that's there's he's she's".split(' '),
);
/**
 * Pronouns a relative clause hangs on: "all you need", "everything we build". A subject after one continues the
 * sentence. ("The things we built" may well be a new sentence's start: nouns are left to the other cues.)
 */
const RELATIVE_HEAD = new Set('all everything anything something nothing whatever'.split(' '));
/** Words that open a subordinate clause: its main clause follows, so a subject after it continues the sentence. */
const SUBORDINATE = new Set([
  'if',
  'when',
  'whenever',
  'wherever',
  'once',
  'unless',
  'whether',
  'since',
  'although',
  'though',
  'while',
]);

// Not "which" or "who": after a noun they open a relative clause ("the old software which would…").
const WH = new Set(['what', 'how', 'why', 'where', 'when']);
const AUX = new Set(
  "is are was were does do did would should can could will has have isn't aren't doesn't don't didn't".split(' '),
);
const COPULA = new Set(['is', 'are', 'was', 'were']);
/** Pronouns that end a clause as its object ("pay for it", "we see that"), though "and then it…" broke off. */
const OBJECTS = new Set(['it', 'you', 'them', 'that', 'this', 'him', 'her', 'me', 'us']);
const MODAL = new Set(['can', 'could', 'should', 'need', 'might', 'will', 'would', 'may', 'must']);
/** "do you", "is it": an auxiliary before its subject asks a question. */
const ASKED_SUBJECT = new Set(['you', 'it', 'that', 'there', 'we', 'they', 'this']);
/** A marker before a question: "so what is…", "and how do…". */
const LEAD_IN = new Set(['so', 'and', 'but', 'okay', 'ok', 'yeah', 'well', 'now', 'oh', 'then']);
/** Markers that open a new sentence by themselves: "yeah", "okay", "I mean". */
const OPENERS = new Set(['yeah', 'okay', 'ok', 'oh', 'alright', 'anyway', 'basically', 'honestly', 'please']);
/** "I think", "I mean": a speaker starting a new thought. */
const STANCE = new Set(['think', 'mean', 'feel', 'guess', 'believe', 'suppose']);
/** Verbs that take a "what"/"how" clause as their object: "I know what is…" is one sentence. */
const TAKES_CLAUSE = new Set(
  'know knew see saw tell told ask asked wonder wondering understand explain show decide decides figure about on is was'.split(
    ' ',
  ),
);
/** Verbs whose object is a whole clause: "I really wish I had…", "people think they…" are one sentence. */
const SAYS_CLAUSE = new Set(
  'think thought wish hope guess believe feel felt mean said say says realize realized hear heard know knew see saw bet suppose'.split(
    ' ',
  ),
);

/** How strongly a sentence seems to open at word `j`, 1 (weak) to 3. */
function cueAt(words: readonly string[], j: number): number {
  const w = words[j]!;
  const next = words[j + 1] ?? '';
  const previous = words[j - 1] ?? '';
  if (OPENERS.has(w)) return 3;
  if (w === 'i' && STANCE.has(next)) return 3;
  // "Right now" says when: no sentence starts inside it.
  if ((w === 'right' && next === 'now') || (previous === 'right' && w === 'now')) return 0;
  if ((w === 'so' || w === 'but' || w === 'now' || w === 'well' || w === 'right') && CLAUSE_START.has(next)) return 3;
  // "…cursor's growth what's really interesting is…": a "what's" opens a clause of its own.
  if (w === "what's" || w === "here's") return 2;
  if (WH.has(w) && AUX.has(next) && !TAKES_CLAUSE.has(previous)) return 3;
  if (w === 'and' && (next === 'so' || next === 'then' || next === 'now')) return 2;
  // Not "is it": "the beautiful thing is it even stacks" states.
  if (AUX.has(w) && !COPULA.has(w) && ASKED_SUBJECT.has(next) && !WH.has(previous) && !SUBJECT.has(previous))
    return 1.5;
  // "…the ones behind GPT-5 this episode is a deep exploration": "this" and its verb open a new statement.
  // Not "how bad this is", "what this is": a clause a question word opened, still inside the sentence.
  if (
    w === 'this' &&
    (COPULA.has(next) || COPULA.has(words[j + 2] ?? '')) &&
    !WH.has(previous) &&
    !WH.has(words[j - 2] ?? '')
  )
    return 2;
  if (w === 'there' && COPULA.has(next)) return 2;
  if (w === 'and' && SUBJECT.has(next)) return 1.5;
  // "…a smooth trend right so from the outside…": a closing "right" ends the sentence before it.
  if (previous === 'right' && (w === 'so' || w === 'but' || w === 'and' || CLAUSE_START.has(w))) return 3;
  // "…don't realize you can take a photo": "you" before a modal is the subject of a new clause.
  if (w === 'you' && MODAL.has(next) && !CLAUSE_START.has(previous) && !RELATIVE_HEAD.has(previous)) return 1;
  if (w === 'because' || w === "'cause") return 1;
  if (SUBJECT.has(w) && !CLAUSE_START.has(previous) && !SAYS_CLAUSE.has(previous) && !RELATIVE_HEAD.has(previous))
    return 1;
  return 0;
}

/**
 * Breaks inside a run of normalised words with no punctuation between them:
 * the positions in `said` where a sentence starts. A run shorter than twice
 * `MIN_WORDS` is left whole. `pausedBefore[k]` says the speaker paused
 * before word k, where the transcript times its words.
 */
export function runOnBreaks(said: readonly string[], pausedBefore: readonly boolean[] = []): number[] {
  // Cues are read over the words without fillers and stutters ("so so we", "um but the"): positions in `at`.
  const flags = markDisfluencies(said);
  const at = said.flatMap((_, i) => (flags[i] ? [] : [i]));
  const words = at.map((i) => said[i]!);
  const breaks: number[] = [];
  let start = 0;
  for (let j = MIN_WORDS; j <= words.length - MIN_WORDS; j++) {
    const length = j - start;
    if (length < MIN_WORDS) continue;
    // A silence before a word (captions timed by the word) is a cue of its own, nearly as strong as "but the".
    const cue = Math.max(cueAt(words, j), pausedBefore.slice(at[j - 1]! + 1, at[j]! + 1).includes(true) ? 2.5 : 0);
    // A strong cue may follow an object ("…pay for it so I think…"); a weaker one only a word that closes a thought.
    if (cue === 0 || !(pauseEndsThought(words[j - 1]!) || (cue >= 3 && OBJECTS.has(words[j - 1]!)))) continue;
    const enough =
      cue >= 3 ||
      (cue >= 2 && length >= TARGET) ||
      (length >= LONG && (cue > 1 || !words.slice(Math.max(start, j - CONDITION), j).some((w) => SUBORDINATE.has(w))));
    if (!enough) continue;
    // The fillers and stutters before the new sentence's first word open it ("um so so we…").
    breaks.push(at[j - 1]! + 1);
    start = j;
  }
  return breaks;
}

/**
 * Whether normalised words with no question mark open as a question: "how
 * does the model decide…", "do you think…", also after one marker ("so what
 * is…").
 */
export function opensQuestion(words: readonly string[]): boolean {
  const asks = (first = '', second = '') =>
    (WH.has(first) && AUX.has(second)) || (AUX.has(first) && ASKED_SUBJECT.has(second));
  return asks(words[0], words[1]) || (LEAD_IN.has(words[0] ?? '') && asks(words[1], words[2]));
}
