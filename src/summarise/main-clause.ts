import { isVerb, type PartOfSpeech } from '../text/pos.js';
import { normalise } from '../text/words.js';

/** Words that open a relative clause inside a noun phrase: "a mission that you can have…". */
const RELATIVE = new Set(['that', 'which', 'who', 'whom', 'whose', 'where']);
/** Tags of a relative clause's subject: "that you can…", "that LLMs aren't…". */
const SUBJECT_TAGS = new Set(['PRON', 'NOUN', 'PROPN']);
/** Tags that stay inside a verb group between its verbs: "aren't as well suited", "want to build". */
const VERB_GROUP = new Set(['PART', 'ADV']);

/**
 * Whether spoken words (with their tags) are a noun phrase whose only verb
 * is in its relative clause ("A much bigger mission that you can have an impact
 * on as a cashier.", "Even in languages that LLMs aren't as well suited
 * for."). A verb after a main verb starts a clause of its own ("The model
 * that we trained works well" has its main verb), so that line is whole.
 */
export function lacksMainClause(words: readonly string[], tags: readonly (PartOfSpeech | undefined)[]): boolean {
  const firstVerb = tags.findIndex(isVerb);
  // No verb at all may be the tagger's mistake on a short line ("small teams ship faster"): callers judge that.
  if (firstVerb === -1) return false;
  const relative = words.findIndex((w, i) => i > 0 && i < firstVerb && RELATIVE.has(normalise(w)));
  if (relative === -1) return false;
  // The relative clause's verb comes next, or after its subject ("that you can", "that LLMs aren't"); when it does not,
  // the tagger took a verb for a noun ("the thing that benefits everyone … is"), and the line is not judged.
  const clauseVerb = isVerb(tags[relative + 1]) ? relative + 1 : relative + 2;
  if (!isVerb(tags[clauseVerb]) || (clauseVerb === relative + 2 && !SUBJECT_TAGS.has(tags[relative + 1] ?? '')))
    return false;
  return verbGroups(tags, relative + 1, words) <= 1;
}

/**
 * How many clauses' verbs follow position `from`: "aren't as well suited" is one, "we trained works" two. A verb that
 * cannot be a clause's own opens none: an "-ing" form with no auxiliary ("went into standing up, using gravity") or
 * an infinitive ("a way to build").
 */
function verbGroups(tags: readonly (PartOfSpeech | undefined)[], from: number, words: readonly string[]): number {
  let groups = 0;
  let inGroup = false;
  let lexical = false;
  for (let i = from; i < tags.length; i++) {
    // "that's", "they're": a subject and its auxiliary in one word, which the tagger may read as the pronoun alone. With
    // its own subject it starts a clause, even right after a verb ("who I am you'd probably watch…").
    if (!isVerb(tags[i]) && SUBJECT_VERB.test(normalise(words[i]!))) {
      groups++;
      inGroup = true;
      lexical = false;
    } else if (isVerb(tags[i])) {
      // "is happening", "Amazon's shipping", "it's driven": an auxiliary, alone or written onto its subject, makes it finite.
      const helped = (inGroup && !lexical) || afterContraction(words, tags, i);
      const nonFinite =
        tags[i] === 'VERB' &&
        ((tags[i - 1] === 'PART' && normalise(words[i - 1]!) === 'to') ||
          (/ing$/i.test(words[i]!) && !helped) ||
          // "probably driven by…", "a project called Gamma": a participle describes a noun.
          ((PARTICIPLE.test(words[i]!) || (NAMING.test(words[i]!) && NOUN_TAGS.has(tags[i - 1] ?? ''))) && !helped) ||
          // "Not just like ChatGPT answers…": "like" with no one before it to do the liking is a filler, not a verb.
          (normalise(words[i]!) === 'like' && !likedBy(tags, i)));
      // "goes and uses", "had spent a bit longer on this tweet and thought…": a verb joined by "and" or "or" to the clause
      // before, with no subject of its own, is the same clause.
      const coordinated = tags[i - 1] === 'CCONJ' && groups > 0;
      // After a main verb, another verb starts a clause of its own, unless "to" joins them ("learned to test").
      if ((!inGroup || (lexical && tags[i - 1] !== 'PART')) && !nonFinite && !coordinated) {
        groups++;
        lexical = false;
      }
      inGroup = true;
      lexical ||= tags[i] === 'VERB';
    } else if (!VERB_GROUP.has(tags[i] ?? '')) inGroup = false;
  }
  return groups;
}

/** Past participles that are never a clause's own verb, without an auxiliary before them: "probably driven by…". */
const PARTICIPLE =
  /^(?:driven|given|taken|written|spoken|chosen|broken|shown|known|seen|done|gone|eaten|fallen|forgotten|gotten|hidden|proven|stolen|thrown|grown|drawn|beaten|bitten|frozen|ridden|risen|shaken|sworn|torn|worn|woken)$/i;
/** Verbs of naming, whose "-ed" form after a noun names it: "a project called Gamma". */
const NAMING = /^(?:called|named|titled|dubbed)$/i;
const NOUN_TAGS = new Set(['NOUN', 'PROPN']);

/**
 * Whether a sentence's verbs are all non-finite, so it has no clause of its own: "Chocolate consumption and Nobel Prize
 * winners in a country, probably driven by Switzerland.", "People picking up vaccines and then seeing where…" (its
 * "where" clause aside), "Kubernetes contributor space around the gateway API, and a project called Gamma." A sentence
 * with no verb at all is left to the caller: the tagger may have missed one ("small teams ship faster").
 */
export function onlyNonFiniteVerbs(words: readonly string[], tags: readonly (PartOfSpeech | undefined)[]): boolean {
  // "That's driven by…" has its verb in "that's", which the clause count reads.
  if (!tags.some(isVerb)) return false;
  // "Happy to close issues.": an infinitive alone is a short exclamation with its "I'm" left out, whole as said.
  const describing = words.some(
    (w, k) =>
      isVerb(tags[k]) &&
      (/ing$/i.test(w) || PARTICIPLE.test(w) || NAMING.test(w) || (normalise(w) === 'like' && !likedBy(tags, k))),
  );
  return describing && verbGroups(tags, 0, words) === 0;
}

/** Whether a "like" at `i` has a subject or an auxiliary before it, past any adverb: "I really like", "would like". */
function likedBy(tags: readonly (PartOfSpeech | undefined)[], i: number): boolean {
  return ['PRON', 'NOUN', 'PROPN', 'AUX'].includes(tags[beforeGroup(tags, i)] ?? '');
}

/** Whether a contracted auxiliary ("you're", "Amazon's") comes before word `i`, past any "not" or adverb. */
function afterContraction(words: readonly string[], tags: readonly (PartOfSpeech | undefined)[], i: number): boolean {
  const j = beforeGroup(tags, i);
  return j >= 0 && /['’](?:s|re|m)$/i.test(words[j]!);
}

/** The word before word `i`, past any "not" or adverb between (-1 at the start). */
function beforeGroup(tags: readonly (PartOfSpeech | undefined)[], i: number): number {
  let j = i - 1;
  while (j >= 0 && VERB_GROUP.has(tags[j] ?? '')) j--;
  return j;
}

/** Words that open a clause inside a sentence, which leaves the sentence's own verb still to come. */
const SUBORDINATORS = new Set([
  ...RELATIVE,
  'what',
  'when',
  'why',
  'how',
  'since',
  'because',
  'while',
  'whether',
  'if',
  'although',
  'though',
  'unless',
  'until',
  'whenever',
]);
/** A subject with its verb in one word ("it's", "we're"): a finite verb whatever the tagger says. */
const CONTRACTED = /^\w+'(?:s|re|m|ve|ll|d)$/;

/**
 * Whether a sentence opens on a noun phrase and reaches no verb of its own:
 * every verb after it belongs to a clause it opens with "what", "when",
 * "since"…: "Maybe one minute for the broad public on what attention actually
 * means since it's such a fundamental concept.", "Feeling like when you leave
 * a hole that is noticeable." "That" counts as opening a clause only before a
 * pronoun or a verb ("that tool" is a noun phrase). A sentence that opens on
 * the clause ("When you leave, it hurts") has its own verb after it.
 */
export function onlySubordinateClauses(words: readonly string[], tags: readonly (PartOfSpeech | undefined)[]): boolean {
  const lower = words.map((w) => normalise(w));
  // "what's going to be…": the clause word with its verb in one.
  const withVerb = (i: number) => CONTRACTED.test(lower[i]!) && SUBORDINATORS.has(lower[i]!.replace(/'\w+$/, ''));
  const opens = (i: number) =>
    withVerb(i) ||
    (SUBORDINATORS.has(lower[i]!) &&
      (lower[i] !== 'that' || tags[i + 1] === 'PRON' || isVerb(tags[i + 1]) || CONTRACTED.test(lower[i + 1] ?? '')));
  const first = lower.findIndex((_, i) => i > 0 && opens(i));
  if (first === -1) return false;
  for (let i = 0; i < first; i++) {
    if (tags[i] === 'AUX' || CONTRACTED.test(lower[i]!)) return false;
    if (tags[i] === 'VERB' && !/ing$/.test(lower[i]!)) return false;
  }
  // A clause has a verb before the next one opens: "since about three months ago" is a phrase, not a clause.
  let clauses = 0;
  let open = false;
  for (let i = first; i < lower.length; i++) {
    if (withVerb(i)) [clauses, open] = [clauses + 1, false];
    else if (opens(i)) open = true;
    else if (open && (isVerb(tags[i]) || CONTRACTED.test(lower[i]!))) {
      clauses++;
      open = false;
    }
  }
  return verbGroups(tags, first + 1, words) <= clauses;
}

/**
 * Whether the clause word at `j` opens a clause rather than a noun phrase: "that" before a pronoun or a verb ("that it
 * fails", not "that library"), any other before no noun ("where psychological safety can…", not "which library").
 */
function opensClause(lower: readonly string[], tags: readonly (PartOfSpeech | undefined)[], j: number): boolean {
  const next = tags[j + 1];
  if (lower[j] === 'that') return next === 'PRON' || isVerb(next) || CONTRACTED.test(lower[j + 1] ?? '');
  return next !== 'NOUN' && next !== 'PROPN';
}

/** Question words that open a clause inside a sentence: "I'm not sure what the percentages are". */
const QUESTION_WORDS = new Set(['what', 'how', 'why', 'where', 'who', 'whether']);
/** Tags inside a short noun phrase: "the percentages", "the first two teams". */
const NOUN_PHRASE_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/**
 * Whether a clause opened by a question word stops before its verb: "I'm not sure what the percentages, but a large
 * percentage is alone." The speaker dropped the verb ("are"), and the line reads as a mistake in print. Only a noun
 * phrase with its article followed by "but" or the end counts: "No matter what the cost" is whole, and "how the models
 * and the data interact" reaches its verb.
 */
export function clauseMissingVerb(words: readonly string[], tags: readonly (PartOfSpeech | undefined)[]): boolean {
  const lower = words.map((w) => normalise(w));
  for (let i = 1; i < lower.length; i++) {
    if (!QUESTION_WORDS.has(lower[i]!) || lower[i - 1] === 'matter' || tags[i + 1] !== 'DET') continue;
    let end = i + 1;
    while (end < lower.length && end - i <= 4 && NOUN_PHRASE_TAGS.has(tags[end] ?? '')) end++;
    if (end === lower.length || lower[end] === 'but') return true;
  }
  return false;
}

/** Words that open a condition, which needs a clause of its own to say what follows from it. */
const CONDITION = new Set(['if', 'unless']);
/** Words that join a closing condition to the line: "…, but if you give so many false positives." */
const JOINS = new Set(['but', 'and', 'so', 'or']);

/**
 * Whether a line stops on a condition with nothing following from it: "You're
 * solving a very small section, but if you give so many false positives."
 * The condition is the line's last clause (at its start, after "but",
 * "and", "that"…, or after a semicolon) and its "if" is followed by no more
 * clauses' verbs than it has conditions. "If you push too far it breaks"
 * has two for one, so it is whole.
 */
export function hangsOnCondition(
  words: readonly string[],
  tags: readonly (PartOfSpeech | undefined)[],
  /** Whether a semicolon or colon comes before each word: "I love the integrations; if you have a Mac." */
  afterBreak: (k: number) => boolean = () => false,
): boolean {
  const lower = words.map((w) => normalise(w));
  for (let k = lower.length - 1; k >= 0; k--) {
    // After "that" too: "…so dogged that if you have that drive." still owes what follows.
    if (!CONDITION.has(lower[k]!) || (k > 0 && !JOINS.has(lower[k - 1]!) && lower[k - 1] !== 'that' && !afterBreak(k)))
      continue;
    // "if you docker login…": the tagger missed the condition's verb, and any verb after could be the main clause's.
    if (!tags.slice(k + 1, k + 4).some(isVerb)) return false;
    // "if you have a Mac and you're not doing 1Password": conditions joined by "and" or "or" are still the condition;
    // so is a clause inside one ("if you want to trace back where psychological safety can lead…").
    let conditions = 1;
    for (let j = k + 1; j < lower.length - 1; j++)
      if (
        ((lower[j] === 'and' || lower[j] === 'or') && CLAUSE_SUBJECT.test(lower[j + 1]!)) ||
        (SUBORDINATORS.has(lower[j]!) && !CONDITION.has(lower[j]!) && opensClause(lower, tags, j))
      )
        conditions++;
    return verbGroups(tags, k + 1, words) <= conditions;
  }
  return false;
}

/** Subject pronouns: after "not" one starts a new clause ("it's not we can't say…"). */
const SUBJECTS = new Set(['i', 'we', 'you', 'they', 'he', 'she']);
/** A subject with its verb in one word ("it's", "we're"), which cannot follow a word that wants a bare verb. */
const SUBJECT_VERB = /^(?:it|that|there|we|they|you|i|he|she)(?:'s|'re|'m|'ve|'ll|'d)$/;
/** Articles, which a noun must follow: "a you have…" restarts the clause. */
const ARTICLES = new Set(['a', 'an', 'the']);
/** Words after which a bare verb must come: "and do it's not" is two clauses run together. */
const WANTS_VERB = new Set(['do', 'does', 'did', 'can', 'will', 'would', 'should', 'could', 'must']);

/**
 * Whether the speaker restarted mid-clause and the transcript runs both
 * attempts together: "it's not we can't say…", "…and do it's not always the
 * limiting factor", "…like write a you have some machine learning idea". Printed, such a line reads as a mistake.
 */
export function restartsMidClause(words: readonly string[], tags: readonly (PartOfSpeech | undefined)[]): boolean {
  const lower = words.map((w) => normalise(w));
  for (let i = 1; i < lower.length; i++) {
    if (lower[i - 1] === 'not' && SUBJECTS.has(lower[i]!) && (tags[i + 1] === 'AUX' || tags[i + 1] === 'VERB'))
      return true;
    if (WANTS_VERB.has(lower[i - 1]!) && SUBJECT_VERB.test(lower[i]!)) return true;
    // "like write a you have some idea": an article, then a new subject.
    if (ARTICLES.has(lower[i - 1]!) && (SUBJECTS.has(lower[i]!) || SUBJECT_VERB.test(lower[i]!))) return true;
  }
  return false;
}

/** "I think", "I feel": a verb of opinion that a clause must follow. */
const OPINION = /^(?:think|feel|believe|guess|suppose|reckon)$/;
const NEGATION = new Set(["don't", 'do', "didn't", 'did']);

/**
 * Whether a sentence is an opinion with nothing but a noun phrase after it:
 * "I think the secondary effects of software quality, understanding the
 * bottlenecks in SDLC.", "I think less large enterprises, probably.", "Nowadays, I
 * don't think anybody who works in tech, especially in light of…". Spoken,
 * it answers the question before it; printed, it says nothing whole. An
 * "-ing" verb with no auxiliary before it is no finite verb.
 */
export function opinionWithoutClause(words: readonly string[], tags: readonly (PartOfSpeech | undefined)[]): boolean {
  const lower = words.map((w) => normalise(w));
  // "I think", "I don't think", "I do not think", also after an adverb ("Nowadays, I don't think…").
  const subject = tags[0] === 'ADV' && lower[1] === 'i' ? 1 : 0;
  const verb = subject + (NEGATION.has(lower[subject + 1] ?? '') ? (lower[subject + 2] === 'not' ? 3 : 2) : 1);
  if (lower[subject] !== 'i' || !OPINION.test(lower[verb] ?? '')) return false;
  const from = lower[verb + 1] === 'that' ? verb + 2 : verb + 1;
  if (from >= lower.length) return false;
  for (let i = from; i < lower.length; i++) {
    // "I don't think anybody who works in tech, especially…": the first verb may be the noun phrase's own.
    if (i > from && RELATIVE.has(lower[i]!)) return lacksMainClause(words.slice(from), tags.slice(from));
    if (tags[i] === 'AUX' || CONTRACTED.test(lower[i]!)) return false;
    if (tags[i] === 'VERB' && !/ing$/.test(lower[i]!)) return false;
  }
  return true;
}

/** Words after which "but" means "except" and "but to" is whole: "no choice but to run". */
const EXCEPTING = new Set(['choice', 'nothing', 'anything', 'everything', 'all', 'option', 'way']);

/**
 * Whether a line's last clause after "but" is only infinitives, the verb the
 * speaker meant left out: "Models now use tools like web search and Python
 * routinely but to run on a GPU to have access to a cluster." Printed, the
 * line stops before its point. "We had no choice but to run it" is whole.
 */
export function endsOnBareInfinitive(words: readonly string[], tags: readonly (PartOfSpeech | undefined)[]): boolean {
  const lower = words.map((w) => normalise(w));
  const k = lower.lastIndexOf('but');
  if (k < 1 || lower[k + 1] !== 'to' || EXCEPTING.has(lower[k - 1]!)) return false;
  for (let i = k + 2; i < lower.length; i++) {
    if (tags[i] === 'AUX' || (tags[i] === 'VERB' && lower[i - 1] !== 'to')) return false;
  }
  return true;
}

/** Verbs of thinking whose subject a speech recogniser drops: "…as a user think that the moniker…". */
const COGNITION = new Set(['think', 'guess', 'believe', 'feel', 'suppose', 'reckon', 'mean', 'know']);
/** Tags that stay inside a prepositional phrase after its preposition: "as a user", "in the last year". */
const IN_PHRASE = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN']);

/**
 * Whether a line's first verb is "think" (or "guess", "believe"…) with no
 * subject before it and a clause after it: "In particular as a user think
 * that the 5.1 moniker doesn't do justice…" lost its "I" (or its "would
 * you"). A noun inside a phrase that opens with a preposition is no subject;
 * "People think that…" and "Think of it this way" are whole.
 */
export function dropsItsSubject(words: readonly string[], tags: readonly (PartOfSpeech | undefined)[]): boolean {
  const v = tags.findIndex(isVerb);
  if (v === -1 || !COGNITION.has(normalise(words[v]!))) return false;
  const next = words[v + 1] === undefined ? '' : normalise(words[v + 1]!);
  if (next !== 'that' && tags[v + 1] !== 'DET' && tags[v + 1] !== 'PRON') return false;
  // Inside a phrase its head noun comes once: a second ("in the labs people think") may be the subject, and the line
  // is given the benefit of the doubt.
  let inPhrase = false;
  let head = false;
  for (let i = 0; i < v; i++) {
    const tag = tags[i];
    const nominal = tag === 'PRON' || tag === 'PROPN' || tag === 'NOUN';
    if (tag === 'ADP') [inPhrase, head] = [true, false];
    else if (!IN_PHRASE.has(tag ?? '') || (nominal && head)) inPhrase = false;
    if (nominal && !inPhrase) return false;
    if (nominal) head = true;
  }
  return true;
}

/** Words that open a clause of time, condition, reason or concession, which a main clause must follow. */
const OPENING_CLAUSE = new Set(['when', 'whenever', 'while', 'if', 'unless', 'because', 'although', 'though', 'once']);
/** Subjects of a clause: a pronoun, or a pronoun with its verb in one word ("you're"). */
const CLAUSE_SUBJECT = /^(?:i|we|you|they|he|she|it)(?:'s|'re|'m|'ve|'ll|'d)?$/;

/**
 * Whether a line is only its opening clause: "When you're on stage and you're giving a demo." Every clause after the
 * first joins it with "and", "or" or "but", and every verb belongs to one of those clauses, so nothing says what
 * happens then. "When you leave, the team loses" and "If you push too far it breaks" have a main clause.
 */
export function onlyOpeningClause(words: readonly string[], tags: readonly (PartOfSpeech | undefined)[]): boolean {
  const lower = words.map((w) => normalise(w));
  if (!OPENING_CLAUSE.has(lower[0] ?? '')) return false;
  const subjects: number[] = [];
  for (let j = 1; j < lower.length; j++) if (CLAUSE_SUBJECT.test(lower[j]!)) subjects.push(j);
  if (subjects.length === 0 || subjects[0]! > 3) return false;
  if (subjects.slice(1).some((j) => !JOINS.has(lower[j - 1]!))) return false;
  return verbGroups(tags, 1, words) <= subjects.length;
}
