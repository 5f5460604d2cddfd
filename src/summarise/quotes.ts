import type { Quote } from '../model/episode.js';
import type { Sentence, Transcript } from '../model/transcript.js';
import type { Corrector } from '../text/corrections.js';
import { quoteRecord } from './quote-record.js';
import { leadingMarkers } from '../text/discourse.js';
import { hasVerb, wordTags } from '../text/pos.js';
import { stem } from '../text/stem.js';
import { isStopword } from '../text/stopwords.js';
import { normalise } from '../text/words.js';
import { punctuationAfter } from '../text/punctuation.js';
import { claimFeatures, claimScore } from './claims.js';
import { centralityIn } from './centrality.js';
import { restarts, standalone } from './standalone.js';
import { POINTER_FOLLOWERS, theyWithoutReferent, writtenAsName } from './pointers.js';
import { ABOUT_THE_SHOW, AD_READ, HOUSEKEEPING, INTRODUCING } from './housekeeping.js';
import { statementEnd } from '../text/sentence-end.js';
import { listsNames } from './about.js';

export interface QuoteOptions {
  count: number;
  minWords: number;
  maxWords: number;
}

/** Hedges and verbal tics that read badly on a card. */
const TICS = /\b(?:you know|kind of|sort of|i mean|like i said|i guess|or something|and stuff|whatever)\b/gi;
/** Nouns a demonstrative points at in the here and now, not back at something said ("this year", "these days"). */
const HERE_AND_NOW = new Set([
  'year',
  'years',
  'week',
  'weeks',
  'month',
  'months',
  'day',
  'days',
  'decade',
  'century',
  'moment',
  'point',
  'time',
  'era',
  'world',
  'industry',
  'field',
  'country',
  'planet',
]);

/** A passage scored on its words alone; `selectQuotes` adds what needs the part-of-speech tags. */
interface Candidate {
  firstSentence: number;
  endSentence: number;
  firstWord: number;
  endWord: number;
  /** Spoken words kept (fillers and stutters dropped). */
  words: number;
  score: number;
  stems: Set<string>;
  /** "this"/"that"… standing for something said before, for certain. */
  pointers: number;
  /** Demonstratives that stand for something said before only if tagged a pronoun ("this" alone, not "this idea"). */
  maybePointers: number[];
  /**
   * Demonstratives right before a noun the passage has not named ("I think this limit is…"): half a pointer when
   * tagged a determiner of that noun, since the reader of a card never heard which limit.
   */
  unnamed: number[];
  /** Sentences inside the passage that end on a tag question: a question unless the statement is a whole clause. */
  tagged: number[];
}

/**
 * Every passage of one to three sentences of one speaker that may be
 * quoted, scored on its words. Quotes and takeaways are picked from these
 * (each with its own length range, within `lengths`); what needs the
 * part-of-speech tags (pronouns, verbless fragments) is settled in `selectQuotes`.
 */
export interface Passages {
  candidates: readonly Candidate[];
}

/** Score every quotable passage whose length lies in `lengths`, leaving out the sentences `excluded` says (introduction, outro). */
export function scorePassages(
  t: Transcript,
  idf: ReadonlyMap<string, number>,
  lengths: Pick<QuoteOptions, 'minWords' | 'maxWords'>,
  excluded: (sentence: number) => boolean = () => false,
  /** Each chapter's sentences [first, end) and the terms of every sentence: what centrality is measured against. */
  context?: { chapters: readonly (readonly [number, number])[]; terms: readonly string[][] },
): Passages {
  const candidates: Candidate[] = [];
  const roleOf = new Map(t.speakers.map((s) => [s.id, s.role]));
  const centrality = context ? centralityIn(context.chapters, context.terms, idf) : () => 0;
  // A word lies in up to six overlapping passages: its forms are worked out once.
  const lower = t.words.map((w) => normalise(w.text));
  const forms: WordForms = { lower, stems: lower.map((w) => (isStopword(w) ? undefined : stem(w))) };
  for (const turn of t.turns) {
    // The cold open repeats a later passage: quote the passage, once. A recording played on the show is nobody's claim.
    if (turn.coldOpen || excluded(turn.firstSentence) || roleOf.get(turn.speaker) === 'other') continue;
    for (let a = turn.firstSentence; a < turn.endSentence; a++) {
      for (let b = a + 1; b <= Math.min(a + 3, turn.endSentence); b++) {
        const c = scorePassage(t, forms, a, b, idf, lengths, roleOf.get(turn.speaker) === 'guest', centrality);
        if (c) candidates.push(c);
      }
    }
  }
  return { candidates };
}

/**
 * Rank passages a social editor would pick: one to three sentences of one
 * speaker (never an ad read, the show's own promo, or an excluded sentence
 * such as the introduction and outro), 12–45 spoken words, self-contained, making a claim in the
 * episode's own vocabulary, spread across the episode, no near-duplicates.
 * Quotes are verbatim: fillers and stutters may be dropped, nothing added.
 */
export function selectQuotes(
  t: Transcript,
  passages: Passages,
  chapterStarts: readonly number[],
  correct: Corrector,
  options: QuoteOptions,
): Quote[] {
  const tags = wordTags(t);
  const candidates = passages.candidates
    .filter((c) => c.words >= options.minWords && c.words <= options.maxWords)
    .map((c) => {
      const pointers =
        c.pointers +
        c.maybePointers.filter((i) => tags[i] === 'PRON').length +
        0.5 * c.unnamed.filter((i) => tags[i] === 'DET' && tags[i + 1] === 'NOUN').length;
      // A first sentence without a verb ("Not single player mode, but more multiplayer mode.") is a fragment of the talk around it.
      const verbless = !hasVerb(t, t.sentences[c.firstSentence]!) || fragmentOpening(t, tags, c.firstWord);
      const questions = c.tagged.filter((s) => !wholeClause(tags, t.sentences[s]!)).length;
      return { ...c, score: c.score - 2 * Math.min(2, pointers) - (verbless ? 1.5 : 0) - 2.5 * questions };
    });
  candidates.sort((x, y) => y.score - x.score || x.firstWord - y.firstWord);
  // Spread: at most a fair share of quotes from any one chapter.
  const chapterOf = (sentence: number) => {
    let k = 0;
    while (k + 1 < chapterStarts.length && chapterStarts[k + 1]! <= sentence) k++;
    return k;
  };
  const perChapter = new Map<number, number>();
  const cap = Math.max(2, Math.ceil(options.count / Math.max(1, chapterStarts.length)));
  const chosen: Candidate[] = [];
  for (const c of candidates) {
    if (chosen.length >= options.count) break;
    const chapter = chapterOf(c.firstSentence);
    if ((perChapter.get(chapter) ?? 0) >= cap) continue;
    if (chosen.some((q) => overlaps(q, c) || adjacent(t, q, c) || similar(q.stems, c.stems) > 0.5)) continue;
    chosen.push(c);
    perChapter.set(chapter, (perChapter.get(chapter) ?? 0) + 1);
  }

  return chosen.map((c) =>
    quoteRecord(t, c.firstWord, c.endWord, t.sentences[c.firstSentence]!.turn, correct, {
      trimMarkers: true,
      score: c.score,
    }),
  );
}

/** Every word of a transcript lower-cased, and its stem unless it is a stopword. */
interface WordForms {
  lower: readonly string[];
  stems: readonly (string | undefined)[];
}

function scorePassage(
  t: Transcript,
  forms: WordForms,
  a: number,
  b: number,
  idf: ReadonlyMap<string, number>,
  lengths: Pick<QuoteOptions, 'minWords' | 'maxWords'>,
  guest: boolean,
  centrality: (sentence: number, stems: ReadonlySet<string>) => number,
): Candidate | undefined {
  const firstWord = t.sentences[a]!.firstWord;
  // A closing tag question ("…, you know?") is left out: the statement before it is the quote.
  const endWord = statementEnd(t, t.sentences[b - 1]!);
  const keptAt: number[] = [];
  for (let i = firstWord; i < endWord; i++) if (!t.words[i]!.disfluent) keptAt.push(i);
  const kept = keptAt.map((i) => t.words[i]!);
  if (kept.length < lengths.minWords || kept.length > lengths.maxWords) return undefined;
  const text = kept.map((w) => w.text).join(' ');
  // The show talking about itself is no quote: ad reads, housekeeping, introductions, "this episode".
  if (AD_READ.test(text) || HOUSEKEEPING.test(text) || INTRODUCING.test(text) || ABOUT_THE_SHOW.test(text))
    return undefined;
  // "WhatsApp, Facebook Messenger, Twitter, Android SMS…": a list of names says nothing about them.
  if (listsNames(t, firstWord, endWord)) return undefined;
  // A passage must start where a sentence starts in the source: after whitespace, and capitalised ("Com is…" after
  // "Wikipedia." is a fragment). Caption text writes no capitals: there a sentence may open in lower case.
  const opening = t.words[firstWord]!;
  if (
    (!/^[\p{Lu}\d]/u.test(opening.text) && !t.unpunctuated) ||
    (opening.start > 0 && !/\s/.test(t.text[opening.start - 1]!))
  )
    return undefined;
  // Printed on a card or in the notes, a line must stand on its own: when it leans on the sentence before, the passage that starts there is the candidate.
  if (standalone(t, firstWord, endWord)) return undefined;
  // A short connective tail ("So, but it's actually very important.", "Anyways.") adds nothing: the passage without it
  // is a candidate too.
  if (b - a > 1) {
    const tail = t.sentences[b - 1]!;
    if (
      tail.endWord - tail.firstWord <= 7 &&
      /^(?:so|but|and|or|because|yeah|like|anyway|anyways|anyhow|whatever)$/i.test(t.words[tail.firstWord]!.text)
    )
      return undefined;
  }
  // A short opening sentence that names nothing ("I don't know what to do. Actually, I love…") adds nothing either.
  if (b - a > 1) {
    const head = t.sentences[a]!;
    let named = 0;
    for (let i = head.firstWord; i < head.endWord; i++) if (!t.words[i]!.disfluent && forms.stems[i]) named++;
    if (head.endWord - head.firstWord <= 7 && named <= 1) return undefined;
  }
  const lower = keptAt.map((i) => forms.lower[i]!);
  const content = keptAt.flatMap((i) => forms.stems[i] ?? []);
  const stems = new Set(content);
  let weight = 0;
  for (const s of stems) weight += Math.min(idf.get(s) ?? 0, 6);

  // Distinctive words (high inverse frequency) in ordinary syntax: the other mark of memorable lines.
  let score = 0.5 * (weight / Math.max(1, stems.size)) + 4 * (content.length / kept.length);
  score += claimScore(claimFeatures(lower.join(' ')), kept.length);
  score += 3 * centrality(a, stems);
  score -= 1.2 * (text.match(TICS) ?? []).length;
  // A demonstrative standing for something said before ("Zunam was working on this") leaves the reader asking "on what?".
  // Standing alone: followed by a pause or a word no noun phrase starts with, or else tagged a pronoun (settled in selectQuotes).
  const skip = leadingMarkers(
    kept.map((w) => w.text),
    (k) => t.unpunctuated === true || t.text[kept[k]!.end] === ',',
  );
  let pointers = 0;
  const maybePointers: number[] = [];
  const unnamed: number[] = [];
  const lead = keptAt.slice(skip, skip + 15);
  // "The teapot is now broken.": a rare thing named with "the" right after the story that introduced it.
  if (toldJustBefore(t, forms, idf, a, lead)) pointers++;
  const named = new Set<string>();
  lead.forEach((i, k) => {
    const said = forms.stems[i];
    if (said) named.add(said);
    // "That's the thing…", "that's why…": the referent was said before.
    if (/^that['’]s$/i.test(t.words[i]!.text)) return void pointers++;
    if (!/^(?:this|that|these|those)$/i.test(t.words[i]!.text)) return;
    const next = lead[k + 1] === undefined ? undefined : normalise(t.words[lead[k + 1]!]!.text);
    if (
      /^ ?[.,;:?!]/.test(punctuationAfter(t.text, t.words[i]!.end)) ||
      next === undefined ||
      POINTER_FOLLOWERS.has(next)
    )
      pointers++;
    else {
      maybePointers.push(i);
      const noun = forms.stems[lead[k + 1]!];
      if (noun && lead[k + 1] === i + 1 && !named.has(noun) && !HERE_AND_NOW.has(forms.lower[lead[k + 1]!]!))
        unnamed.push(i);
    }
  });
  // A question leaves the reader waiting for the answer. A statement with a tag ("…two separate circles, right?")
  // asks nothing, if it is a whole clause (settled with the tags in selectQuotes); a closing tag was left out above.
  const tagged: number[] = [];
  for (let s = a; s < b; s++) {
    const sentence = t.sentences[s]!;
    if (!sentence.question || (s === b - 1 && endWord < sentence.endWord)) continue;
    if (statementEnd(t, sentence) < sentence.endWord) tagged.push(s);
    else score -= 2.5;
  }
  // A speaker cutting themselves off mid-passage ("I don't want to -- we're coming out…") reads as garbled on a card.
  if (restarts(t, firstWord, endWord)) score -= RESTARTED;
  // "…it's also wild that they weren't talking about it": on a card, nobody learns who "they" are.
  // A name said before it may be who they are; a capital that opens one of the passage's sentences is no name.
  const opens = (i: number) => t.sentences.slice(a, b).some((s) => s.firstWord === i);
  if (theyWithoutReferent(lower, true, (k) => writtenAsName(t.words[keptAt[k]!]!.text) && !opens(keptAt[k]!)))
    score -= UNNAMED_THEY;
  const dropped = endWord - firstWord - kept.length;
  score -= 0.25 * dropped;
  // "…there's always going to be room for software engineers. It's just the skillsets are changing.": a closing
  // sentence that says again what the passage said adds length, not a thought; the passage without it is a candidate.
  if (restates(forms, t.sentences.slice(a, b))) score -= RESTATED;
  // The guest is who listeners came to hear; hosts say quotable things too.
  if (guest) score += 0.3;
  // "it", "they" pointing at something said before the quote.
  score -= 0.4 * Math.min(3, lower.slice(skip, skip + 12).filter((w) => /^(?:it|they|them|he|she)$/.test(w)).length);
  // Lines people share are short: best at about 12–30 words.
  if (kept.length > 30) score -= 0.06 * (kept.length - 30);
  if (kept.length < 12) score -= 0.1 * (12 - kept.length);
  return {
    firstSentence: a,
    endSentence: b,
    firstWord,
    endWord,
    words: kept.length,
    score,
    stems,
    pointers,
    maybePointers,
    unnamed,
    tagged,
  };
}

/** Words after a noun that go on to say which one: a preposition or a relative clause. */
const DEFINING = /^(?:of|in|at|on|for|from|with|about|that|which|who|where)$/;
/** Sentences before a passage in which a "the" may have found its thing. */
const TOLD_BEFORE = 6;
/** Inverse sentence frequency from which a word names one story's thing ("teapot"), not the episode's subject ("model"). */
const RARE = 4;

/**
 * Whether the passage opens on "the" and a rare noun the sentences just before it named ("…a wise person gets given
 * this beautiful ornate teapot… The teapot is now broken."): the reader of a card or a takeaway never heard the story.
 * The episode's subject ("The model learns…") and a noun the passage goes on to say which it is ("the Venn diagram of
 * secure and usable", "the self-driving cars in San Francisco") are not.
 */
function toldJustBefore(
  t: Transcript,
  forms: WordForms,
  idf: ReadonlyMap<string, number>,
  a: number,
  lead: readonly number[],
): boolean {
  const at = lead.slice(0, 3).findIndex((i) => forms.lower[i] === 'the');
  if (at === -1) return false;
  const noun = lead[at + 1];
  const said = noun === undefined ? undefined : forms.stems[noun];
  // "The self-driving cars in San Francisco", "the Venn diagram of…": a phrase that says which thing it means.
  if (!said || (idf.get(said) ?? 0) < RARE || [1, 2, 3].some((k) => DEFINING.test(forms.lower[noun! + k] ?? '')))
    return false;
  for (let s = Math.max(0, a - TOLD_BEFORE); s < a; s++) {
    const sentence = t.sentences[s]!;
    for (let i = sentence.firstWord; i < sentence.endWord; i++) if (forms.stems[i] === said) return true;
  }
  return false;
}

/** What a passage loses for a speaker cutting themselves off inside it. */
const RESTARTED = 2;

/** What a passage loses for a "they" with no one named before it. */
const UNNAMED_THEY = 1.5;

/** What a passage loses for saying one thing twice. */
const RESTATED = 2;

/**
 * Whether a passage's last sentence has nearly all its content words from the sentences before it ("…It's just the
 * skillsets are changing."): a tail that says it again. A restatement in the middle builds to the point, and stays.
 */
function restates(forms: WordForms, sentences: readonly Sentence[]): boolean {
  if (sentences.length < 2) return false;
  const stemsOf = (sentence: Sentence) => {
    const stems: string[] = [];
    for (let i = sentence.firstWord; i < sentence.endWord; i++) if (forms.stems[i]) stems.push(forms.stems[i]!);
    return stems;
  };
  const said = new Set(sentences.slice(0, -1).flatMap(stemsOf));
  const tail = stemsOf(sentences.at(-1)!);
  return tail.length >= 2 && tail.filter((x) => said.has(x)).length >= 0.6 * tail.length;
}

/**
 * Whether a sentence says something before any subordinate clause: a verb
 * ahead of its first "if", "when", "because"… ("The Venn diagram of secure
 * and usable are two circles"), not a clause hanging on nothing ("Maybe the
 * maybe if you solve multimodal").
 */
function wholeClause(tags: readonly (string | undefined)[], sentence: Sentence): boolean {
  for (let i = sentence.firstWord; i < sentence.endWord; i++) {
    if (tags[i] === 'SCONJ') return false;
    if (tags[i] === 'VERB' || tags[i] === 'AUX') return true;
  }
  return false;
}

/** Words a fragment runs to before its comma, at most: "Sometimes pair programming, but…". */
const FRAGMENT_WORDS = 5;

/**
 * Whether a passage opens on the rest of a list said before it: a few words with no verb, a comma, then "but", "and"
 * or "or" ("Sometimes pair programming, but it's more like a particular scenario"). A phrase that sets the scene ("In
 * the enterprise, …", "Honestly, …") opens on a preposition or is one word, and is no fragment.
 */
function fragmentOpening(t: Transcript, tags: readonly (string | undefined)[], firstWord: number): boolean {
  const kept: number[] = [];
  for (let i = firstWord; i < t.words.length && kept.length <= FRAGMENT_WORDS; i++) {
    if (t.words[i]!.disfluent) continue;
    kept.push(i);
    // A gerund names an activity ("pair programming") unless a form of "be" makes it a verb; so does a word the tagger
    // read as a verb inside a noun phrase ("pair" before "programming").
    const gerund = /ing$/i.test(t.words[i]!.text) && tags[kept.at(-2) ?? -1] !== 'AUX';
    const modifier = kept.length > 1 && (tags[i + 1] === 'NOUN' || /ing$/i.test(t.words[i + 1]?.text ?? ''));
    if ((tags[i] === 'VERB' && !gerund && !modifier) || tags[i] === 'AUX') return false;
    if (punctuationAfter(t.text, t.words[i]!.end).trim() === ',') {
      const next = t.words[i + 1];
      return (
        kept.length >= 2 &&
        tags[kept[0]!] !== 'ADP' &&
        tags[kept[0]!] !== 'SCONJ' &&
        next !== undefined &&
        /^(?:but|and|or)$/i.test(next.text)
      );
    }
  }
  return false;
}

/** Two passages back to back in one turn: one thought, so one quote. */
function adjacent(t: Transcript, a: Candidate, b: Candidate): boolean {
  if (t.sentences[a.firstSentence]!.turn !== t.sentences[b.firstSentence]!.turn) return false;
  return a.endSentence === b.firstSentence || b.endSentence === a.firstSentence;
}

function overlaps(a: Candidate, b: Candidate): boolean {
  return a.firstWord < b.endWord && b.firstWord < a.endWord;
}

function similar(a: Set<string>, b: Set<string>): number {
  let both = 0;
  for (const x of a) if (b.has(x)) both++;
  return both / (Math.min(a.size, b.size) || 1);
}
