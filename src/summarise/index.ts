import type { ResolvedConfig } from '../config/schema.js';
import type { Chapter, Mention, Quote, Source, Takeaway } from '../model/episode.js';
import type { Transcript } from '../model/transcript.js';
import type { ChapterSpan } from '../segment/index.js';
import type { Corrector } from '../text/corrections.js';
import { inverseFrequency, sentenceTerms } from '../text/terms.js';
import { titleCase } from '../text/title-case.js';
import { findMentions } from './mentions.js';
import { passageText } from './passage.js';
import { commonForm, countPhrases, rankPhrases } from './phrases.js';
import { selectQuotes } from './quotes.js';
import { summarise as summariseEpisode } from './summary.js';
import { isSpecific, titleChapter } from './titles.js';

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
}

/**
 * Stage 3: from chapter spans to what an editor would write: chapter titles
 * and one-sentence summaries, ranked verbatim quotes, an episode summary,
 * takeaways, keywords and mentions. All extractive and traceable: every
 * piece names the transcript span it came from.
 */
export function summarise(t: Transcript, spans: readonly ChapterSpan[], options: SummariseOptions): Summary {
  const vocabulary = episodeVocabulary(t);
  const quotes = pickQuotes(t, spans, vocabulary, options);
  return { ...describe(t, spans, quotes, vocabulary, options), quotes };
}

/** Each sentence's terms and their inverse frequency over the episode: what quotes, summaries and takeaways are ranked by. */
export interface Vocabulary {
  terms: string[][];
  idf: ReadonlyMap<string, number>;
}

export function episodeVocabulary(t: Transcript): Vocabulary {
  const terms = sentenceTerms(t);
  return { terms, idf: inverseFrequency(terms) };
}

/**
 * The first half of summarise on its own: the ranked quotes, which is all
 * the quote cards need. A build starts the cards with these while the rest
 * of the episode is summarised.
 */
export function pickQuotes(t: Transcript, spans: readonly ChapterSpan[], vocabulary: Vocabulary, options: SummariseOptions): Quote[] {
  return selectQuotes(t, spans.map((s) => s.firstSentence), vocabulary.idf, options.correct, options.quotes, framingSentences(spans));
}

/** Only the conversation is quotable: not the cold open, the host's introduction or the outro. */
function framingSentences(spans: readonly ChapterSpan[]): (sentence: number) => boolean {
  const framing = spans.filter((s) => s.kind !== 'topic');
  return (sentence) => framing.some((s) => s.firstSentence <= sentence && sentence < s.endSentence);
}

/** The second half: everything but the quotes, which it is given (takeaways avoid repeating them). */
export function describe(t: Transcript, spans: readonly ChapterSpan[], quotes: readonly Quote[], vocabulary: Vocabulary, options: SummariseOptions): Omit<Summary, 'quotes'> {
  const { correct } = options;
  const { terms, idf } = vocabulary;
  const whole = countPhrases(t, 0, t.sentences.length);
  const guest = t.speakers.find((s) => s.role === 'guest' && !/^guest$/i.test(s.name));

  // Speakers' names are who talks, not what about: never a title's topic.
  const speakerWords = new Set(t.speakers.flatMap((s) => [s.name, ...s.labels].flatMap((n) => n.toLowerCase().split(/\s+/))));
  const used = new Set<string>();
  const chapters: Chapter[] = spans.map((span) => {
    const ranked = rankPhrases(countPhrases(t, span.firstSentence, span.endSentence), whole, spans.length, [span.firstSentence, span.endSentence]);
    return {
      title: titleChapter(t, span, ranked, used, correct, guest?.name, speakerWords),
      startTime: span.startTime,
      endTime: span.endTime,
      summary: chapterSummary(t, span, terms, idf, correct),
      source: { start: span.start, end: span.end },
      kind: span.kind,
      reviewed: false,
    };
  });

  const chapterStarts = spans.map((s) => s.firstSentence);
  // Takeaways: the strongest claims that are not already quotes, one per chapter at most, 3–6 of them.
  const takeawayCount = Math.max(3, Math.min(6, spans.length));
  const claims = selectQuotes(t, chapterStarts, idf, correct, { count: takeawayCount * 3, minWords: 10, maxWords: 35 }, framingSentences(spans));
  const fresh = claims.filter((k) => !quotes.some((q) => q.source.start < k.source.end && k.source.start < q.source.end));
  const takeawayQuotes = [...fresh, ...claims.filter((k) => !fresh.includes(k))].slice(0, takeawayCount).sort((a, b) => a.startTime - b.startTime);
  const keywords = episodeKeywords(whole, correct);
  const { summary, sources } = summariseEpisode(t, chapters, keywords, takeawayQuotes, correct);
  return {
    chapters,
    summary,
    summarySources: sources,
    takeaways: takeawayQuotes.map((q) => ({ text: q.display, speaker: q.speaker, startTime: q.startTime, source: q.source })),
    keywords,
    mentions: findMentions(t, correct, t.speakers.map((s) => s.name)),
  };
}

/** The sentence that best represents the chapter's vocabulary, 8–40 words, not a question. */
function chapterSummary(t: Transcript, span: ChapterSpan, terms: string[][], idf: ReadonlyMap<string, number>, correct: Corrector): string {
  const weight = new Map<string, number>();
  for (let s = span.firstSentence; s < span.endSentence; s++) for (const term of terms[s]!) weight.set(term, (weight.get(term) ?? 0) + (idf.get(term) ?? 0));
  let best = -1;
  let bestScore = -Infinity;
  for (let s = span.firstSentence; s < span.endSentence; s++) {
    const sentence = t.sentences[s]!;
    const size = sentence.endWord - sentence.firstWord;
    if (size < 8 || size > 40 || sentence.question) continue;
    const unique = new Set(terms[s]);
    let score = 0;
    for (const term of unique) score += weight.get(term) ?? 0;
    score /= Math.sqrt(size);
    if (/^(?:and|but|so|because|it|that|this|they|yeah|yes)\b/i.test(t.words[sentence.firstWord]!.text)) score *= 0.6;
    score *= readability(t, sentence);
    if (score > bestScore) {
      bestScore = score;
      best = s;
    }
  }
  if (best === -1) best = span.firstSentence;
  const s = t.sentences[best]!;
  return passageText(t, s.firstWord, s.endWord, correct, true).display;
}

/** Spoken tics that make a sentence read badly as a summary. */
const TICS = /\b(?:you know|kind of|sort of|i mean|cuz|gonna|like,|or something|i guess)\b/gi;
/** Calls to subscribe or review: an outro's housekeeping, not its content. */
const PROMO = /\b(?:subscrib\w*|leave (?:us )?a (?:positive )?review|rate (?:us|the show)|patreon|sponsor\w*|promo code)\b/i;
/** An unpunctuated question ("Are the releases aligned…") is no summary either. */
const QUESTION_START = /^(?:are|is|do|does|did|can|could|would|will|what|how|why|when|where|which|who)\b/i;

/**
 * How well a sentence reads on its own, 0–1: few fillers and tics, a
 * closing full stop, not a question. Multiplies the representativeness score,
 * so the summary is the most typical sentence among those that read well.
 */
function readability(t: Transcript, sentence: Transcript['sentences'][number]): number {
  const size = sentence.endWord - sentence.firstWord;
  let disfluent = 0;
  for (let i = sentence.firstWord; i < sentence.endWord; i++) if (t.words[i]!.disfluent) disfluent++;
  const text = t.text.slice(sentence.start, sentence.end + 1);
  let factor = 1 - 0.2 * Math.min(3, (text.match(TICS) ?? []).length) - (disfluent / size) * 1.5;
  if (!/[.!]$/.test(text)) factor *= 0.7;
  if (QUESTION_START.test(t.words[sentence.firstWord]!.text)) factor *= 0.5;
  if (PROMO.test(text)) factor *= 0.01;
  return Math.max(0.05, factor);
}

function episodeKeywords(whole: ReturnType<typeof countPhrases>, correct: Corrector): string[] {
  const ranked = [...whole.values()]
    .filter((p) => p.count >= 3 && isSpecific(p))
    .map((p) => ({ p, score: p.count * (1 + 1.5 * (p.words - 1)) }))
    .sort((a, b) => b.score - a.score || (a.p.key < b.p.key ? -1 : 1));
  const out: string[] = [];
  const keys: string[] = [];
  for (const { p } of ranked) {
    if (keys.some((k) => k.includes(p.key) || p.key.includes(k) || isInitialism(p, k))) continue;
    keys.push(p.key);
    out.push(titleCase(correct(commonForm(p))).replace(/^\p{Ll}/u, (c) => c.toUpperCase()));
    if (out.length >= 10) break;
  }
  return out;
}

/** "RL" next to "reinforcement learning": the same keyword twice. */
function isInitialism(p: ReturnType<typeof countPhrases> extends Map<string, infer P> ? P : never, key: string): boolean {
  const form = commonForm(p);
  if (!/^\p{Lu}{2,5}s?$/u.test(form)) return false;
  const initials = key.split(' ').map((w) => w[0]).join('');
  return initials === form.replace(/s$/, '').toLowerCase();
}
