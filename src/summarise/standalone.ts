import type { Transcript } from '../model/transcript.js';
import { leadingMarkers } from '../text/discourse.js';
import { punctuationAfter } from '../text/punctuation.js';
import { wordTags, type PartOfSpeech } from '../text/pos.js';
import { isVagueNoun } from './generic.js';
import {
  clauseMissingVerb,
  dropsItsSubject,
  endsOnBareInfinitive,
  hangsOnCondition,
  onlyOpeningClause,
  lacksMainClause,
  onlySubordinateClauses,
  onlyNonFiniteVerbs,
  opinionWithoutClause,
  restartsMidClause,
} from './main-clause.js';
import { normalise } from '../text/words.js';
import { firstWordFrom } from '../model/word-index.js';
import { isJsonFormat } from './passage.js';
import { pauseEndsThought, sentenceEnds, tagQuestionAt } from '../text/sentence-end.js';

/**
 * Words a printed item may not open on once its discourse markers are
 * dropped: a pronoun whose referent was said before it, or a connective
 * that continues an argument the reader has not seen. "I", "we" and "you"
 * are the speaker and the listener: they stand on their own.
 */
const LEANING_OPENERS = new Set(
  "it it's it'd it'll its they they're they've they'd they'll them their he he's she she's his her him this that that's these those and but or so because cause 'cause like which then also plus though although yet anyway well right exactly yeah yes no same still however instead otherwise therefore hence meanwhile besides whether similarly likewise simultaneously additionally consequently thus accordingly another".split(
    ' ',
  ),
);

/**
 * Openings that answer or continue something said before: "The answer is…", "The other thing…", "As a result…", "I
 * think the second one…", "The last thing I'll share…", "Not like everyone's going to say…", "Not only for the home
 * automation, but…", "I think similarly, …", "In that case, …", "At that point…"; or that announce a point still to
 * come ("I think first of all it's important to put the data into context"), or explain what was said ("Meaning that
 * people are using a lot of these tools…"); or that stand in a place or a case said before ("There we could not
 * randomly assign people…").
 */
const LEANING_PHRASE =
  /^(?:(?:i think )?the (?:first|second|third|last|latter|former) ones?\b|the (?:answer|other (?:one|things?|side)|last thing|second thing|same thing|next thing)|another (?:thing|one)|one more thing|not (?:like|that|because)|not (?:only|just|even) (?:for|in|with|about|regarding|because|to)\b|(?:i think )?first of all|meaning (?:that|it|they|we|you|people)|i think (?:similarly|likewise)|for (?:example|instance)|as a (?:result|consequence)|in (?:addition|contrast)|by contrast|on the flip side|(?:in|at|after|from|with|by|because of|on top of|other than|besides|despite|given) (?:that|those|these|this (?:case|point|sense|way|regard|respect|context|situation|scenario))|here (?:we|you) go|there (?:i|we|you|they|he|she|it)\b)\b/;

/**
 * A verb left for the reader to fill in from before: "Some people will, but most…", "We did, and…", "A virtual
 * environment does.".
 */
const ELLIPTICAL =
  /^(?:[\p{L}'’]+ ){0,3}(?:will|would|can|could|should|might|do|does|did)(?:n['’]t)?(?:,|[.!](?:\s|$))/iu;

/** An example announced rather than given: "I think there's an example of something with like oil refineries…". */
const ANNOUNCED_EXAMPLE =
  /^(?:i think )?(?:there(?:['’]s| is)|here(?:['’]s| is)) (?:an|one) (?:example|analogy|story)(?: of something\b| here\b|[,.:]|$)|^let me give you an example\b/i;

/**
 * A question put as a wish to hear the answer, anywhere in the line: "I want to know why…", "because I'm curious,
 * having said that, if…"; or as a request that opens the line: "Tell us about…", "Walk us maybe through…", "Talk about
 * the transition from Google to OpenAI…", "Explain what attention means".
 */
const ASKING =
  /\b(?:i (?:also |really |just )?(?:want|wanna|would love|'d love|would like|'d like) to (?:know|hear|ask|understand)|i'm (?:curious|wondering)|i wonder)\b(?:,[^,]{0,30},)? (?:if|whether|why|how|what|when|where|who|about)\b|^(?:(?:maybe|please|just|now) )*(?:(?:tell|walk|take|run|give|help) (?:me|us)\b|talk (?:to (?:me|us) )?about\b|(?:explain|describe) (?:to (?:me|us) )?(?:what|how|why|the)\b)/i;

/**
 * A question asked without its question mark, after a phrase set off by a comma: "For the developer, are we going to
 * be in a world where…", "So in your view, do you think…". The transcriber wrote it as a statement.
 */
const INVERTED_QUESTION =
  /^[^,]{1,40}, (?:are|is|was|were|do|does|did|can|could|would|will|should|have|has) (?:we|you|they|i|it|there|he|she|people)\b/i;

/**
 * A passage that ends on the question it sets up ("Translators are paid more. The question is why would you even want
 * a translator…"): the answer, the claim, comes after it.
 */
const QUESTION_LEFT_OPEN =
  /\bthe (?:\w+ )?question (?:is|was|becomes),? (?:why|whether|how|what|if|who|when)\b[^.!?]*[.!?]?\s*$/i;

/**
 * Words a sentence of caption text cannot end on, though a full stop after them may close one ("I really wish."
 * said so is a sentence; "there's this phenomenon of body doubling I really wish" was cut before its object).
 */
const WANTS_MORE = new Set(
  'wish want wants need needs hope mean means meaning say says tell including such whether hopefully rather'.split(' '),
);

/** Why a passage of words [firstWord, endWord) cannot be printed on its own, or undefined when it can. */
export type NotStandalone = 'opener' | 'trails off' | 'note' | 'question' | 'quoted' | 'fragment';

/**
 * Whether a passage stands on its own in print: it opens on no pronoun or
 * connective leaning on what came before (after the discourse markers the
 * display drops), ends on a full stop (or a pause after a whole thought, or
 * before a tag question) rather than trailing off, holds no
 * transcriber's note, asks no question, and is not someone else's words
 * read aloud (mostly inside the transcript's quotation marks), and does not
 * open on a clause that never reaches its main clause.
 */
export function standalone(t: Transcript, firstWord: number, endWord: number): NotStandalone | undefined {
  const kept: number[] = [];
  for (let i = firstWord; i < endWord; i++) if (!t.words[i]!.disfluent) kept.push(i);
  if (kept.length === 0) return 'opener';
  const bare = t.unpunctuated === true;
  const skip = leadingMarkers(
    kept.map((i) => t.words[i]!.text),
    (k) => bare || t.text[t.words[kept[k]!]!.end] === ',',
  );
  const opening = kept[skip] ?? kept[0]!;
  const openingWords = kept
    .slice(skip, skip + 5)
    .map((i) => normalise(t.words[i]!.text))
    .join(' ');
  // Even an "it" that stands for nothing ("It's not as if…") reads as leaning when it opens a printed line.
  if (LEANING_OPENERS.has(normalise(t.words[opening]!.text))) return 'opener';
  if (LEANING_PHRASE.test(openingWords)) return 'opener';
  const tags = wordTags(t);
  // "Leo, you don't have to create an account.": said to someone by name, an answer to them.
  if (
    tags[opening] === 'PROPN' &&
    /^,/.test(punctuationAfter(t.text, t.words[opening]!.end)) &&
    /^(?:you|your|you're|you've|you'll|you'd)$/.test(normalise(t.words[kept[skip + 1] ?? opening]!.text))
  )
    return 'opener';
  const line = t.text.slice(t.words[opening]!.start, t.words[endWord - 1]!.end + 1);
  // "I also want to know why you think the way you think": a question put another way.
  if (ASKING.test(line) || INVERTED_QUESTION.test(line) || QUESTION_LEFT_OPEN.test(line)) return 'question';
  // The example is still to come: the line leans on what follows it.
  if (ANNOUNCED_EXAMPLE.test(line)) return 'opener';
  if (ELLIPTICAL.test(line)) return 'opener';
  if (pronounBeforeNoun(t, kept.slice(skip))) return 'opener';
  // "If you do image recognition, you train a third.": the third of a list told before, whose noun is back there too.
  if (LIST_ITEM.test(line)) return 'opener';
  // Opening on someone else's words ("\"We need to approach…\", and…") credits them to the speaker.
  if (quotedAt(t, opening)) return 'quoted';
  if (hangingOpening(t, kept.slice(skip)) || phraseThenClauses(t, kept.slice(skip), tags)) return 'fragment';
  const rest = kept.slice(skip);
  const restWords = rest.map((i) => t.words[i]!.text);
  const restTags = rest.map((i) => tags[i]);
  if (
    lacksMainClause(restWords, restTags) ||
    restartsMidClause(restWords, restTags) ||
    hangsOnCondition(restWords, restTags, (k) =>
      /^[;:]/.test(punctuationAfter(t.text, t.words[rest[k - 1]!]!.end).trimStart()),
    ) ||
    opinionWithoutClause(...firstSentence(t, rest, restWords, restTags)) ||
    onlySubordinateClauses(...firstSentence(t, rest, restWords, restTags)) ||
    onlyNonFiniteVerbs(...firstSentence(t, rest, restWords, restTags)) ||
    onlyOpeningClause(...firstSentence(t, rest, restWords, restTags)) ||
    clauseMissingVerb(restWords, restTags) ||
    endsOnBareInfinitive(restWords, restTags) ||
    dropsItsSubject(...firstSentence(t, rest, restWords, restTags))
  )
    return 'fragment';
  const last = t.words[endWord - 1]!;
  const after = punctuationAfter(t.text, last.end);
  // Caption text ends a sentence with no stop: there it is whole when its last word closes a thought.
  const asks = bare && sentenceEnds(t).get(endWord - 1) === true;
  if (asks) return 'question';
  const stops =
    (/^ ?[.!]/.test(after) && !/^ ?\.\.|…/.test(after)) ||
    (bare && pauseEndsThought(last.text) && !WANTS_MORE.has(normalise(last.text)));
  // "…the sins of the past..." is a whole thought with a pause; "and then we..." broke off.
  const paused = /^ ?(?:\.\.\.|…)$/.test(after) && pauseEndsThought(last.text);
  // "…a few layers down, you know?" is a statement: the passage ends before the tag.
  if (!(stops || paused || tagQuestionAt(t, endWord)) || /^\s*(?:--|—|–)/.test(t.text.slice(last.end, last.end + 4))) {
    return /\?/.test(after) ? 'question' : 'trails off';
  }
  // "…if remotes always get thrown around and stuff, so.": a full stop after a connective is a thought left hanging.
  if (endsOnConnective(kept.map((i) => normalise(t.words[i]!.text)))) return 'trails off';
  if (hasNote(t, t.words[firstWord]!.start, last.end)) return 'note';
  // "[unintelligible 00:31:25] is signed via…": the note stood for the words the line starts from.
  if (
    firstWord > 0 &&
    /^\p{Ll}/u.test(t.words[firstWord]!.text) &&
    hasNote(t, t.words[firstWord - 1]!.end, t.words[firstWord]!.start)
  )
    return 'note';
  if (quotedShare(t, firstWord, endWord) > 0.4) return 'quoted';
  // A passage that cuts a quotation in two shows an unclosed quotation mark.
  if (quotedAt(t, endWord - 1) && quotedAt(t, endWord) && sameTurn(t, endWord - 1, endWord)) return 'trails off';
  if (quotedAt(t, firstWord) && quotedAt(t, firstWord - 1) && sameTurn(t, firstWord - 1, firstWord)) return 'opener';
  return undefined;
}

/**
 * An ordinal standing for a noun ("a third", "another", "the second"), or a claim that its subject "is another
 * important question": either counts on from a list said before.
 */
const LIST_ITEM =
  /\b(?:(?:a|the) (?:second|third|fourth|fifth)|another)(?=\s*[.,;!?])|\b(?:is|was|are) (?:also |just )?another\b/i;

/** Third-person pronouns: each stands for a noun said before it. */
const THIRD_PERSON = new Set([
  'it',
  "it's",
  "it'd",
  "it'll",
  'they',
  "they're",
  "they've",
  "they'd",
  "they'll",
  'them',
]);
/** Words that join a thought to the next: a line that ends on one stops before its thought does. */
const JOINING = new Set(['and', 'but', 'or', 'so', 'because', 'cause', 'like', 'then', 'which']);
/** Words after which a closing "so" is an answer or an estimate, not a join: "I think so.", "even more so.", "ten or so.". */
const SO_AFTER = new Set([
  'think',
  'hope',
  'guess',
  'believe',
  'suppose',
  'imagine',
  'say',
  'said',
  'do',
  'did',
  'more',
  'not',
]);

/** Whether the last of `words` (normalised) joins it to a thought that never comes. */
function endsOnConnective(words: readonly string[]): boolean {
  const last = words.at(-1);
  if (last === undefined || !JOINING.has(last)) return false;
  return !(last === 'so' && SO_AFTER.has(words.at(-2) ?? ''));
}

/** Demonstratives that can stand alone for a noun ("that" is left out: it also joins clauses). */
const DEMONSTRATIVES = new Set(['this', 'these', 'those']);
/** Tags that continue a demonstrative into a noun phrase ("these tools", "this huge model"); so does a gerund ("this thinking process"). */
const NOUN_PHRASE_TAGS = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM', 'DET']);
/** Words after which the next word names a thing, whatever the tagger makes of it ("the past"). */
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'my', 'our', 'your', 'his', 'her']);
/** "It's important to…", "it turns out that…": an "it" that stands for nothing. */
const EMPTY_IT =
  /^(?:it|it's|it'd|it'll) (?:(?:is|was|seems|turns out|looks like|depends|makes sense|feels like)\b|(?:\S+ ){0,2}(?:to|that|when|if|how)\b)/;

/**
 * Whether the passage's first third-person pronoun comes before any noun
 * it could stand for: "If you blink, you may think it's the same" leans on
 * what was said before, even though it opens on "If you".
 */
function pronounBeforeNoun(t: Transcript, kept: readonly number[]): boolean {
  const tags = wordTags(t);
  for (let k = 0; k < kept.length; k++) {
    const i = kept[k]!;
    const tag = tags[i];
    const word = normalise(t.words[i]!.text);
    const named =
      tag === 'NOUN' || tag === 'PROPN' || (k > 0 && DETERMINERS.has(normalise(t.words[kept[k - 1]!]!.text)));
    if (named && !isVagueNoun(word)) return false;
    // "A lot of those still had…": a demonstrative with no noun after it stands for one said before.
    const next = kept[k + 1];
    const continues =
      next !== undefined && (NOUN_PHRASE_TAGS.has(tags[next] ?? '') || /ing$/i.test(t.words[next]!.text));
    if (DEMONSTRATIVES.has(word) && !continues) return true;
    if (!THIRD_PERSON.has(word)) continue;
    const following = kept
      .slice(k, k + 5)
      .map((j) => normalise(t.words[j]!.text))
      .join(' ');
    return !EMPTY_IT.test(following);
  }
  return false;
}

/** Words that open a subordinate clause or phrase: the main clause has to follow. */
const SUBORDINATE = new Set(
  'after before while when whenever if since although though unless until once as whereas despite'.split(' '),
);
/** Words after which a clause hangs on the one before instead of being the main clause. */
const HANGING = new Set('which who whom whose where especially including like'.split(' '));

/**
 * Whether a passage opens on a subordinate clause and never reaches its
 * main clause: "After reading Seth Godin's Linchpin, which I think…". The
 * words after its first comma continue the opening instead of saying
 * something. `kept` are the word indices after the dropped markers.
 */
function hangingOpening(t: Transcript, kept: readonly number[]): boolean {
  if (kept.length === 0 || !SUBORDINATE.has(normalise(t.words[kept[0]!]!.text))) return false;
  // The word after each comma: the first says whether the opening hangs; a later one may start the main clause.
  const afterCommas: string[] = [];
  for (let k = 0; k + 1 < kept.length; k++)
    if (/^ ?,/.test(punctuationAfter(t.text, t.words[kept[k]!]!.end)))
      afterCommas.push(normalise(t.words[kept[k + 1]!]!.text));
  // "If my experience was positive, if the founders treated me with respect, and…": the opening again, then again.
  const opener = normalise(t.words[kept[0]!]!.text);
  const hangs = (w: string) => HANGING.has(w) || w === opener;
  if (afterCommas.length === 0 || !hangs(afterCommas[0]!)) return false;
  return !afterCommas.slice(1).some((w) => !hangs(w) && !CONTINUING.has(w));
}

/** Words opening a clause of condition, reason, time or concession after a comma: "…, if you just want…". */
const ADVERBIAL = new Set('if unless because when whenever while whereas although though since until once'.split(' '));

/**
 * Whether a sentence is a phrase with no verb of its own and, after its commas, only clauses of condition, reason or
 * time: "Caffeinate, if you just want to make sure your screen doesn't turn off.", "Not tested, because there are no
 * reference implementations, because no one uses these frames." Said, it answers a question; printed, its main clause
 * is missing. "Just use Caffeinate, if you want…" has one, an order; "The nightly build, when the cache is cold, takes an
 * hour" has its verb after the clause. The tagger reads a capitalised first word as a name, so an order that opens the
 * sentence ("Use Caffeinate, if…") counts as a phrase: the line is left out, never printed broken.
 */
function phraseThenClauses(
  t: Transcript,
  kept: readonly number[],
  tags: readonly (PartOfSpeech | undefined)[],
): boolean {
  const segments: number[][] = [[]];
  for (const i of kept) {
    segments.at(-1)!.push(i);
    const after = punctuationAfter(t.text, t.words[i]!.end).trimStart();
    if (/^[.!?]/.test(after)) break;
    if (after.startsWith(',')) segments.push([]);
  }
  const [phrase, ...clauses] = segments.filter((g) => g.length > 0);
  if (!phrase || clauses.length === 0) return false;
  // The phrase's verbs, if any, are "-ing" or "-ed" forms with no subject or auxiliary: "Not tested", "Working on it".
  const finite = phrase.some((i, k) => {
    const tag = tags[i];
    if (tag === 'AUX' || SUBJECT_WITH_VERB.test(normalise(t.words[i]!.text))) return true;
    if (tag !== 'VERB') return false;
    return !/(?:ing|ed|en)$/i.test(t.words[i]!.text) || phrase.slice(0, k).some((j) => NOMINAL.has(tags[j] ?? ''));
  });
  if (finite) return false;
  return clauses.every((g) => {
    const first = normalise(t.words[g[0]!]!.text);
    const second = normalise(t.words[g[1] ?? g[0]!]!.text);
    return ADVERBIAL.has(first) || (COORDINATING.has(first) && ADVERBIAL.has(second));
  });
}

/** A subject with its verb in one word: "it's", "we're", "I'm". */
const SUBJECT_WITH_VERB = /^(?:it|that|there|we|they|you|i|he|she|what|who)['’](?:s|re|m|ve|ll|d)$/;
const NOMINAL = new Set(['NOUN', 'PROPN', 'PRON']);
const COORDINATING = new Set(['and', 'or', 'but']);

/** Words after a comma that continue what came before rather than start the main clause. */
const CONTINUING = new Set('and but or so because which that then also even'.split(' '));

/**
 * Whether a passage breaks off inside ("and they'll be... Like, okay"): a
 * trailing "..." or a dash between its words. A quote card may keep a
 * dramatic pause; a takeaway or a summary line reads as a broken thought.
 */
export function breaksOff(t: Transcript, firstWord: number, endWord: number): boolean {
  return gapWithin(t, firstWord, endWord, /\.\.\.|…/) || restarts(t, firstWord, endWord);
}

/** Whether the speaker cuts themselves off inside the words [firstWord, endWord) ("I don't want to -- we're coming out…"). */
export function restarts(t: Transcript, firstWord: number, endWord: number): boolean {
  return gapWithin(t, firstWord, endWord, /--|—/) || unpairedHyphen(t, firstWord, endWord);
}

/** A hyphen set off by spaces, as transcribers type a dash. */
const SPACED_HYPHEN = /(?:^|\s)-(?:\s|$)/;

/** Tags a clause can pause on before a dash: "The irony - if you call it…", "visualization - it is…". */
const WHOLE_BEFORE_DASH = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM', 'ADV']);
/** A verb's particle, which closes its clause as well: "when you push that down - that's your API". */
const PARTICLES = new Set(['up', 'down', 'out', 'off', 'over', 'back', 'away', 'in', 'on']);

/**
 * Whether a sentence of [firstWord, endWord) holds a lone spaced hyphen after a word a clause cannot stop on: "when
 * you're on-stage, which - I really don't…", "I think we'll see - one is…" break off and start again. A pair sets off
 * an aside the sentence resumes after ("If you can measure that - which is hard - then you can…"), and a dash after a
 * noun introduces what follows ("The irony - if you call it happiness…").
 */
function unpairedHyphen(t: Transcript, firstWord: number, endWord: number): boolean {
  const tags = wordTags(t);
  let dashes = 0;
  let broken = false;
  for (let i = firstWord; i + 1 < endWord; i++) {
    const gap = t.text.slice(t.words[i]!.end, t.words[i + 1]!.start).split('\n')[0]!;
    if (SPACED_HYPHEN.test(gap)) {
      dashes++;
      broken ||= dashes === 1 && !WHOLE_BEFORE_DASH.has(tags[i] ?? '') && !PARTICLES.has(normalise(t.words[i]!.text));
    }
    // A sentence ends here: a lone dash in it that broke a clause breaks the passage.
    if (/^ ?[.?!]/.test(gap)) {
      if (dashes === 1 && broken) return true;
      [dashes, broken] = [0, false];
    }
  }
  return dashes === 1 && broken;
}

/** Whether the text between two words of [firstWord, endWord) matches `mark`. */
function gapWithin(t: Transcript, firstWord: number, endWord: number, mark: RegExp): boolean {
  for (let i = firstWord; i + 1 < endWord; i++) {
    // What the speaker's line holds after the word: a caption's tags and the next cue's timing line
    // ("00:01:02.000 --> 00:01:04.000") are the format's, not a dash.
    const gap = t.text
      .slice(t.words[i]!.end, t.words[i + 1]!.start)
      .split('\n')[0]!
      .replace(/<[^>]*>/g, '');
    if (mark.test(gap)) return true;
  }
  return false;
}

/** Whether two words are spoken in one turn (no line or label between them). */
function sameTurn(t: Transcript, a: number, b: number): boolean {
  const wa = t.words[a];
  const wb = t.words[b];
  return wa !== undefined && wb !== undefined && !/\n/.test(t.text.slice(wa.end, wb.start));
}

/** Whether a transcriber's note lies between two offsets. */
export function hasNote(t: Transcript, start: number, end: number): boolean {
  let lo = 0;
  let hi = t.notes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (t.notes[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  const n = t.notes[lo];
  return n !== undefined && n.start < end;
}

const quotedWords = new WeakMap<Transcript, Uint8Array>();

/**
 * The share of a passage's words inside the transcript's quotation marks:
 * a host reading a blog post aloud, or a speaker voicing someone else
 * ("and they said "…""). Straight quotes open after a space or at the start
 * of a turn and close otherwise; curly ones say which they are. A turn
 * closes any quotation left open.
 */
export function quotedShare(t: Transcript, firstWord: number, endWord: number): number {
  const marks = quoteMarks(t);
  let quoted = 0;
  for (let i = firstWord; i < endWord; i++) quoted += marks[i]!;
  return endWord > firstWord ? quoted / (endWord - firstWord) : 0;
}

/** Whether word `i` is inside the transcript's quotation marks (false outside the transcript). */
function quotedAt(t: Transcript, i: number): boolean {
  return quoteMarks(t)[i] === 1;
}

/** Per word, 1 when inside quotation marks; worked out once per transcript. */
function quoteMarks(t: Transcript): Uint8Array {
  let marks = quotedWords.get(t);
  if (!marks) quotedWords.set(t, (marks = markQuoted(t)));
  return marks;
}

function markQuoted(t: Transcript): Uint8Array {
  const marks = new Uint8Array(t.words.length);
  const json = isJsonFormat(t.format);
  for (const turn of t.turns) {
    let inside = false;
    // From the end of the word before the turn: a quotation mark may open the turn itself.
    let at = turn.firstWord > 0 ? t.words[turn.firstWord - 1]!.end : 0;
    for (let i = turn.firstWord; i < turn.endWord; i++) {
      const w = t.words[i]!;
      for (let c = at; c < w.start; c++) inside = json ? toggleJson(t.text, c, inside) : toggle(t.text, c, inside);
      if (inside) marks[i] = 1;
      at = w.end;
    }
  }
  markClips(t, marks);
  return marks;
}

/** A clip the show plays (`Transcript.clips`) is someone else's words, as if in quotation marks. */
function markClips(t: Transcript, marks: Uint8Array): void {
  for (const clip of t.clips ?? [])
    for (let i = firstWordFrom(t, clip.start); i < t.words.length && t.words[i]!.start < clip.end; i++) marks[i] = 1;
}

/** In a JSON string only an escaped quotation mark (`\"`) is the speaker's; the bare ones delimit the string. */
function toggleJson(text: string, c: number, inside: boolean): boolean {
  return text[c] === '"' && text[c - 1] === '\\' ? !inside : inside;
}

function toggle(text: string, c: number, inside: boolean): boolean {
  const ch = text[c];
  if (ch === '“') return true;
  if (ch === '”') return false;
  if (ch !== '"') return inside;
  const before = text[c - 1];
  return before === undefined || /[\s(—–-]/.test(before);
}

/** The words and tags of the passage's first sentence (`rest` are the passage's kept words). */
function firstSentence(
  t: Transcript,
  rest: readonly number[],
  words: readonly string[],
  tags: readonly (string | undefined)[],
): [string[], (string | undefined)[]] {
  let end = rest.findIndex((i) => /^ ?[.!?]/.test(punctuationAfter(t.text, t.words[i]!.end)));
  end = end === -1 ? rest.length : end + 1;
  return [words.slice(0, end), tags.slice(0, end)];
}
