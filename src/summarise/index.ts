import type { ResolvedConfig } from '../config/schema.js';
import {
  QUOTES_IN_NOTES,
  type Chapter,
  type Mention,
  type Quote,
  type Source,
  type Takeaway,
} from '../model/episode.js';
import type { Transcript } from '../model/transcript.js';
import type { ChapterSpan } from '../segment/index.js';
import type { Corrector } from '../text/corrections.js';
import { stem } from '../text/stem.js';
import { isStopword } from '../text/stopwords.js';
import { inverseFrequency, sentenceTerms } from '../text/terms.js';
import { wordsOf } from '../text/words.js';
import { houseSpelling } from '../text/spelling.js';
import { normalise } from '../text/words.js';
import { hasVerb } from '../text/pos.js';
import { asideChapters, centralityIn } from './centrality.js';
import { claimFeatures } from './claims.js';
import { findMentions } from './mentions.js';
import { breaksOff } from './standalone.js';
import { commonForm, countPhrases, rankPhrases, type PhraseCount } from './phrases.js';
import { scorePassages, selectQuotes, type Passages } from './quotes.js';
import { ShownPassages } from './repeats.js';
import { spanAt } from './span-at.js';
import { hostDescription, summarise as summariseEpisode, summaryOrder } from './summary.js';
import { namesSomething, namesSpeaker, speakerNameWords } from './about.js';
import { loosePointers, pointsBack, theyWithoutReferent } from './pointers.js';
import { episodeKeywords, episodeWidePhrases } from './keywords.js';
import { firstNamesIn, titleChapter } from './titles.js';
import { chapterSummary } from './one-liner.js';

export interface Summary {
  chapters: Chapter[];
  quotes: Quote[];
  summary: string;
  summarySources: Source[];
  takeaways: Takeaway[];
  keywords: string[];
  mentions: Mention[];
}

export interface SummariseOptions {
  quotes: ResolvedConfig['quotes'];
  correct: Corrector;
  /** The episode's title as the producer wrote it: the summary's quoted line is the claim that shares most words with it. */
  title?: string;
  /** The show's name ("JS Party"): heard in every episode, so never one episode's topic, keyword or chapter title. */
  show?: string;
  /**
   * The quotes the notes will print, given the ranked ones: the producer's quote edits (rejected,
   * promoted, added). The other sections avoid repeating these. Default: the ranked quotes.
   */
  shownQuotes?: (ranked: readonly Quote[]) => readonly Quote[];
}

/**
 * Stage 3: from chapter spans to what an editor would write: chapter titles
 * and one-sentence summaries, ranked verbatim quotes, an episode summary,
 * takeaways, keywords and mentions. All extractive and traceable: every
 * piece names the transcript span it came from.
 */
export function summarise(t: Transcript, spans: readonly ChapterSpan[], options: SummariseOptions): Summary {
  const vocabulary = episodeVocabulary(t);
  const passages = quotablePassages(t, spans, vocabulary, options);
  // Speakers' names are who talks, not what about: no card speaks to them, and never a title's topic.
  const speakerWords = speakerNameWords(t);
  const quotes = pickQuotes(t, spans, passages, speakerWords, options);
  const shown = options.shownQuotes ? options.shownQuotes(quotes) : quotes;
  return { ...describe(t, spans, shown, vocabulary, passages, speakerWords, options), quotes };
}

/** Each sentence's terms and their inverse frequency over the episode: what quotes, summaries and takeaways are ranked by. */
export interface Vocabulary {
  terms: string[][];
  idf: ReadonlyMap<string, number>;
}

function episodeVocabulary(t: Transcript): Vocabulary {
  const terms = sentenceTerms(t);
  return { terms, idf: inverseFrequency(terms) };
}

/** Length of a takeaway, in spoken words: shorter than a card's quote may be. */
const TAKEAWAY_WORDS = { minWords: 10, maxWords: 35 };

/** The passages quotes and takeaways are picked from, scored once for both. */
function quotablePassages(
  t: Transcript,
  spans: readonly ChapterSpan[],
  vocabulary: Vocabulary,
  options: SummariseOptions,
): Passages {
  const lengths = {
    minWords: Math.min(options.quotes.minWords, TAKEAWAY_WORDS.minWords),
    maxWords: Math.max(options.quotes.maxWords, TAKEAWAY_WORDS.maxWords),
  };
  return scorePassages(t, vocabulary.idf, lengths, framingSentences(spans), {
    chapters: spans.map((s) => [s.firstSentence, s.endSentence] as const),
    terms: vocabulary.terms,
  });
}

/** The ranked quotes: what the cards show and the other sections avoid repeating. */
function pickQuotes(
  t: Transcript,
  spans: readonly ChapterSpan[],
  passages: Passages,
  speakerWords: ReadonlySet<string>,
  options: SummariseOptions,
): Quote[] {
  // A card that names someone on the show or talks to them ("If you're familiar with this, Gerhard, please praise it
  // up") is the conversation between the people present, not a line for the listener.
  const toThePeople = (c: Passages['candidates'][number]) =>
    namesSpeaker(t.text.slice(t.words[c.firstWord]!.start, t.words[c.endWord - 1]!.end), speakerWords);
  return selectQuotes(
    t,
    { candidates: passages.candidates.filter((c) => !toThePeople(c)) },
    spans.map((s) => s.firstSentence),
    options.correct,
    options.quotes,
  );
}

/** Only the conversation is quotable: not the cold open, the host's introduction or the outro. */
function framingSentences(spans: readonly ChapterSpan[]): (sentence: number) => boolean {
  const framing = spans.filter((s) => s.kind !== 'topic');
  return (sentence) => framing.some((s) => s.firstSentence <= sentence && sentence < s.endSentence);
}

/** Everything but the quotes, which it is given (the other sections avoid repeating them). */
function describe(
  t: Transcript,
  spans: readonly ChapterSpan[],
  quotes: readonly Quote[],
  vocabulary: Vocabulary,
  passages: Passages,
  speakerWords: ReadonlySet<string>,
  options: SummariseOptions,
): Omit<Summary, 'quotes'> {
  const { correct } = options;
  const { terms, idf } = vocabulary;
  const whole = countPhrases(t, 0, t.sentences.length);
  // Generic labels ("Guest", "Speaker 2") name nobody: those introductions stay "Introduction".
  const guests = t.speakers
    .filter((s) => s.role === 'guest' && !/^(?:guest|speaker)(?: \d+)?$/i.test(s.name))
    .map((s) => s.name);

  const used = new Set<string>();
  // "JS Party", "Party" or "JS Party panelists": the show's name, alone or inside a longer phrase.
  const showWords = wordsOf(options.show ?? '');
  const namesShow = (p: PhraseCount) => {
    const words = commonForm(p).split(/\s+/).map(normalise);
    return (
      showWords.length > 0 &&
      (words.every((w) => showWords.includes(w)) || ` ${words.join(' ')} `.includes(` ${showWords.join(' ')} `))
    );
  };

  // Each section of the notes says something new, the most read first. The quotes (on the cards
  // already) and the host's description of the episode come first; the summary quotes the strongest
  // claim that is neither; the takeaways are the next claims that repeat nothing; chapter summaries
  // avoid all of these. Repeats fill in only when too few passages are new.
  const shown = new ShownPassages(t.text);
  for (const q of quotes.slice(0, QUOTES_IN_NOTES)) shown.add(q.source);
  const description = hostDescription(t, openingRange(t, spans), correct);
  for (const d of description) shown.add(d.source);

  // Claims: the strongest passages, spread over the chapters.
  const takeawayCount = Math.max(3, Math.min(6, spans.length));
  const chapterStarts = spans.map((s) => s.firstSentence);
  // Takeaways are whole thoughts: a passage that breaks off inside ("they'll be... Like, okay") is no lesson.
  // So is one that opens on a fragment ("Not single player mode, but more multiplayer mode.").
  const wholeThoughts: Passages = {
    candidates: passages.candidates.filter(
      (c) => !breaksOff(t, c.firstWord, c.endWord) && hasVerb(t, t.sentences[c.firstSentence]!),
    ),
  };
  const claims = selectQuotes(t, wholeThoughts, chapterStarts, correct, {
    count: takeawayCount * 3,
    ...TAKEAWAY_WORDS,
  });
  // A claim that names someone in the conversation ("Jerod has a high standard", "when they added Nick as the MC") is
  // about the people, not the ideas: the summary and takeaways take it only when nothing else is left, not even a line
  // the cards already show.
  const aboutPeople = (q: Quote) => (namesSpeaker(q.text, speakerWords) ? 1 : 0);
  // "There is a ton of extremely obvious things to fix": a claim that names nothing in particular teaches nothing.
  const namesNothing = (q: Quote) => !namesSomething(t, q.source);
  const wholeEpisode = centralityIn([[0, t.sentences.length]], terms, idf);
  const aside = asideChapters(spans, terms, wholeEpisode);
  // A phrase heard mostly in aside chapters ("Hugh Glass" in the opening joke) is not what the episode is about.
  const inAsides = (p: PhraseCount) =>
    p.at.filter((at) =>
      aside.has(
        spanAt(
          spans,
          at,
          (c) => c.firstSentence,
          (c) => c.endSentence,
        ),
      ),
    ).length >=
    p.at.length / 2;
  const titleTerms = new Set(
    wordsOf(options.title ?? '')
      .filter((w) => !isStopword(w) && !speakerWords.has(w))
      .map(stem),
  );
  // The producer's title names what the episode is about ("…on Reasoning Models and Why AI Progress…"): a phrase it
  // names leads the episode's topics.
  const titled = (p: PhraseCount) => p.key.split(' ').every((w) => titleTerms.has(w));
  const keywords = episodeKeywords(whole, spans, correct, speakerWords, (p) => namesShow(p) || inAsides(p), titled);
  // The summary's one quoted line must read alone: no "that's the thing" pointing back.
  const aboutTitle = titleWords(t, terms, titleTerms);
  const inAside = (q: Quote) =>
    aside.has(
      spanAt(
        spans,
        q.source.start,
        (c) => c.start,
        (c) => c.end,
      ),
    )
      ? 1
      : 0;
  const leads = newFirst(
    summaryOrder(
      claims,
      (q) => wholeEpisode(0, contentStems(q.text)),
      (q) => inAside(q) === 1,
    ),
    shown,
    (q) => aboutTitle(q) - 2 * Math.min(1, loosePointers(wordsOf(q.text))),
    // A line about the people present is worse than one the cards already show: the summary's line is about the topic.
    (q) => namesNothing(q) || aboutPeople(q) === 1,
  );
  const { summary, sources, quoted } = summariseEpisode(t, description, keywords, leads, correct);
  for (const q of leads.slice(0, quoted)) shown.add(q.source);

  // Takeaways are what the episode is about, said so they read alone: the claims nearest the episode's own vocabulary,
  // none leaning on an "it" or "that" said before. Ranked once, then shown in the order they were said.
  const lesson = (q: Quote) =>
    // Only an opening "it" or "that" leans on what came before; later ones have their referent in the passage.
    q.score + 4 * wholeEpisode(0, contentStems(q.text)) - 1.5 * loosePointers(wordsOf(q.text).slice(0, 10));
  const lessons = new Map(claims.map((q) => [q, lesson(q)]));
  const byLesson = [...claims].sort((a, b) => lessons.get(b)! - lessons.get(a)!);
  // The speaker's own story in the past tense ("Usually, the extension was cut off, and I just picked…") is an anecdote,
  // not a lesson; "We found that seventy five percent of users…" reports a finding and stays.
  const story = (q: Quote) => {
    const f = claimFeatures(wordsOf(q.text).join(' '));
    return f.past > f.present && f.firstPerson > 0;
  };
  // Listeners came for the guests' ideas: a host's claim ("The skinny is forks are abounding…") is the question, the news
  // read or the aside around them, and a takeaway only when too few of the guests' claims are left.
  const interview = t.speakers.some((s) => s.role === 'guest');
  const hosted = (q: Quote) => (interview && q.role === 'host' ? 1 : 0);
  const takeawayQuotes = newFirst(
    byLesson,
    shown,
    (q) => -inAside(q) - (REPORTS_ON_US.test(q.display) ? 1 : 0) - hosted(q),
    (q) =>
      namesNothing(q) ||
      aboutPeople(q) === 1 ||
      story(q) ||
      pointsBack(wordsOf(q.text)) ||
      theyWithoutReferent(wordsOf(q.text)),
  )
    .slice(0, takeawayCount)
    .sort((a, b) => a.startTime - b.startTime);
  // Takeaways are read before the chapters: they get the strongest claims, and the chapter summaries avoid them.
  for (const q of takeawayQuotes) shown.add(q.source);

  const episodeWide = episodeWidePhrases(whole, spans);
  const firstNames = firstNamesIn(t, whole);
  const anchored = new Map<string, number>();
  const centrality = centralityIn(
    spans.map((s) => [s.firstSentence, s.endSentence] as const),
    terms,
    idf,
  );
  const spell = houseSpelling(t.words);
  const chapters: Chapter[] = spans.map((span) => {
    const ranked = rankPhrases(countPhrases(t, span.firstSentence, span.endSentence), whole, spans.length, [
      span.firstSentence,
      span.endSentence,
    ]).filter((p) => !namesShow(p));
    const title = spell(
      titleChapter(t, span, ranked, used, correct, {
        guestNames: guests,
        speakerWords,
        episodeWide,
        firstNames,
        anchored,
        ...(options.show === undefined ? {} : { show: options.show }),
      }),
    );
    const titleStems = new Set(
      wordsOf(title)
        .filter((w) => !isStopword(w))
        .map(stem),
    );
    return {
      title,
      startTime: span.startTime,
      endTime: span.endTime,
      summary: chapterSummary(t, span, terms, centrality, correct, shown, speakerWords, titleStems),
      source: { start: span.start, end: span.end },
      kind: span.kind,
      reviewed: false,
    };
  });
  return {
    chapters,
    summary,
    summarySources: sources,
    takeaways: takeawayQuotes.map((q) => ({
      text: q.display,
      speaker: q.speaker,
      startTime: q.startTime,
      source: q.source,
    })),
    keywords,
    mentions: findMentions(
      t,
      correct,
      t.speakers.map((s) => s.name),
      options.show,
      firstNames,
    ),
  };
}

/**
 * Claims that repeat nothing shown first, then the rest; within each group
 * the higher `preference` first, then rank order (the sort is stable).
 * Claims `last` marks come after all others, new or not: a repeat reads
 * better than a line that says nothing.
 */
function newFirst(
  claims: readonly Quote[],
  shown: ShownPassages,
  preference: (q: Quote) => number = () => 0,
  last: (q: Quote) => boolean = () => false,
): Quote[] {
  const keys = new Map(
    claims.map((k) => [
      k,
      { usable: last(k) ? 0 : 1, fresh: shown.repeats(k.source) ? 0 : 1, preference: preference(k) },
    ]),
  );
  return [...claims].sort((a, b) => {
    const x = keys.get(a)!;
    const y = keys.get(b)!;
    return y.usable - x.usable || y.fresh - x.fresh || y.preference - x.preference;
  });
}

/**
 * A line that reports what the speaker or their team does ("We are collecting data from over 400 organizations", "We're
 * seeing more code throughput", "I don't have any React in there"): news of one team, not a lesson for the listener. A
 * belief, a rule or a finding owned in the first person ("We know…", "I think…", "We need to…", "We found that…") is not
 * one.
 */
const REPORTS_ON_US =
  /^(?:we|i)(?:['’](?:re|ve|m)| are| have| am| were| was)? (?!(?:all |really |just )?(?:know|think|believe|need|should|must|have to|can't|cannot|don't think|don't believe|would argue|found|learned|discovered|measured)\b)/i;

/** A passage's content words, stemmed: what it is about. */
function contentStems(text: string): Set<string> {
  return new Set(
    wordsOf(text)
      .filter((w) => !isStopword(w))
      .map(stem),
  );
}

/** Sentences at the top of the first chapter where a host says what the episode is about, when there is no introduction. */
const OPENING_SENTENCES = 8;

/**
 * Where the host introduces the episode: the introduction chapter, or without one the first sentences of the first
 * chapter after any cold open ("Alright, Abi, we're here to talk about measuring these AI agents…").
 */
function openingRange(t: Transcript, spans: readonly ChapterSpan[]): Source | undefined {
  const intro = spans.find((s) => s.kind === 'introduction');
  if (intro) return { start: intro.start, end: intro.end };
  const first = spans.find((s) => s.kind !== 'cold-open');
  if (!first) return undefined;
  const last = t.sentences[Math.min(first.endSentence, first.firstSentence + OPENING_SENTENCES) - 1]!;
  return { start: first.start, end: last.end };
}

/**
 * How many of the title's words a claim says. A producer's title names the
 * episode's thesis ("Why AI Progress Is Not Slowing Down"): the summary
 * quotes the new claim that shares most with it, so it speaks to that rather
 * than to the most quotable aside. Without a title every claim scores 0 and
 * the order is the rank.
 */
function titleWords(t: Transcript, terms: string[][], titleTerms: ReadonlySet<string>): (q: Quote) => number {
  return (q) => {
    const found = new Set<string>();
    for (const [s, sentence] of t.sentences.entries()) {
      if (sentence.start < q.source.start || sentence.end > q.source.end) continue;
      for (const term of terms[s]!) if (titleTerms.has(term)) found.add(term);
    }
    return found.size;
  };
}
