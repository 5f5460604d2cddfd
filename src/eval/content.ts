import { createRequire } from 'node:module';
import type { Source } from '../model/episode.js';
import type { Summary } from '../summarise/index.js';
import type { ChapterSpan } from '../segment/index.js';
import type { EvalCase } from './dataset.js';

const require = createRequire(import.meta.url);
/** A standard English stopword list (the `stopwords-en` package), as the dataset's README asks. */
const STOPWORDS: ReadonlySet<string> = new Set(require('stopwords-en') as string[]);

/** What an editor reads of one episode, scored. */
export interface ContentScores {
  name: string;
  /** How many of the first 10 quotes overlap an editor's pick; undefined without picks. */
  quoteHits?: number;
  /** Mean ROUGE-1 F1 of the generated chapter titles against the creators' titles. */
  titleRouge: number;
  /** The same for titles made of each chapter's three most frequent content words. */
  baselineRouge: number;
  /** Printed items that are junk, and all printed items. */
  junk: number;
  items: number;
  /** The junk items with the reason, for reading. */
  junkItems: string[];
  /** Each generated title beside the creator's title it was scored against, for reading. */
  titles: TitleScore[];
}

/** One generated chapter title, the creator's title it overlaps most, and both scores. */
export interface TitleScore {
  title: string;
  against: string;
  rouge: number;
  baseline: string;
  baselineRouge: number;
}

/** Score the notes of one case: quotes against the editors' picks, titles against the creators', junk among printed items. */
export function scoreContent(c: EvalCase, spans: readonly ChapterSpan[], summary: Summary): ContentScores {
  const t = c.transcript;
  const printed = [
    ...summary.takeaways.map((k) => k.text),
    // An outro of thanks alone prints no one-liner.
    ...summary.chapters.map((ch) => ch.summary).filter((line) => line !== ''),
    ...summary.quotes.slice(0, 3).map((q) => q.display),
  ];
  const junkItems = printed.flatMap((item) => {
    const why = junkReason(item);
    return why ? [`${why}: ${item}`] : [];
  });
  const ranges = spans.map(
    (s) => [t.sentences[s.firstSentence]!.firstWord, t.sentences[s.endSentence - 1]!.endWord] as const,
  );
  const creators = c.chapters.map((ch, i) => ({
    title: ch.title,
    from: ch.word,
    to: c.chapters[i + 1]?.word ?? t.words.length,
  }));
  const titles = summary.chapters.flatMap((chapter, i): TitleScore[] => {
    const [from, to] = ranges[i]!;
    const best = mostOverlapping(creators, from, to);
    if (!best) return [];
    const baseline = frequentWords(t.words.slice(from, to).map((w) => w.text));
    return [
      {
        title: chapter.title,
        against: best.title,
        rouge: rouge1(chapter.title, best.title),
        baseline,
        baselineRouge: rouge1(baseline, best.title),
      },
    ];
  });
  const sum = (scores: number[]) => scores.reduce((a, b) => a + b, 0);
  const n = Math.max(1, summary.chapters.length);
  return {
    name: c.name,
    ...(c.picks
      ? {
          quoteHits: quoteHits(
            summary.quotes.slice(0, 10).map((q) => q.source),
            c.picks,
          ),
        }
      : {}),
    titleRouge: sum(titles.map((s) => s.rouge)) / n,
    baselineRouge: sum(titles.map((s) => s.baselineRouge)) / n,
    junk: junkItems.length,
    items: printed.length,
    junkItems,
    titles,
  };
}

/** Quotes whose source overlaps at least one pick. */
export function quoteHits(quotes: readonly Source[], picks: readonly Source[]): number {
  return quotes.filter((q) => picks.some((p) => q.start < p.end && p.start < q.end)).length;
}

function mostOverlapping<T extends { from: number; to: number }>(
  chapters: readonly T[],
  from: number,
  to: number,
): T | undefined {
  let best: T | undefined;
  let most = 0;
  for (const ch of chapters) {
    const shared = Math.min(to, ch.to) - Math.max(from, ch.from);
    if (shared > most) {
      most = shared;
      best = ch;
    }
  }
  return best;
}

/** Lower-cased content words: the units ROUGE-1 counts. */
export function contentWords(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’]\p{L}+)?/gu) ?? []).filter(
    (w) => !STOPWORDS.has(w.replace('’', "'")),
  );
}

/** ROUGE-1 F1 over content words, with clipped counts. */
export function rouge1(candidate: string, reference: string): number {
  const a = contentWords(candidate);
  const b = contentWords(reference);
  if (a.length === 0 || b.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const w of b) counts.set(w, (counts.get(w) ?? 0) + 1);
  let overlap = 0;
  for (const w of a) {
    const left = counts.get(w) ?? 0;
    if (left > 0) {
      overlap++;
      counts.set(w, left - 1);
    }
  }
  if (overlap === 0) return 0;
  const precision = overlap / a.length;
  const recall = overlap / b.length;
  return (2 * precision * recall) / (precision + recall);
}

/** The baseline title: a chapter's three most frequent content words (ties: first heard). */
export function frequentWords(words: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const w of contentWords(words.join(' '))) counts.set(w, (counts.get(w) ?? 0) + 1);
  return [...counts.entries()]
    .sort((x, y) => y[1] - x[1])
    .slice(0, 3)
    .map(([w]) => w)
    .join(' ');
}

/** Words an item may not open on: a pronoun pointing outside it, or a connective. */
const OPENERS = new Set(
  "it its it's they they're them their he she his her him this that these those and but or so because cause like which then also plus though although yet anyway well".split(
    ' ',
  ),
);

/**
 * Why a printed item is junk, or undefined: under 5 words, opening on a
 * pronoun or connective, trailing off, or holding a transcriber's note.
 */
export function junkReason(item: string): string | undefined {
  const words = item.match(/[\p{L}\p{N}]+(?:['’]\p{L}+)?/gu) ?? [];
  if (words.length < 5) return 'short';
  if (OPENERS.has(words[0]!.toLowerCase().replace('’', "'"))) return 'opener';
  if (/(?:\.\.\.|…|--|[-–—])\s*["”’]?$/.test(item.trim())) return 'trails off';
  if (/[[\]♪]|\b(?:unintelligible|inaudible|crosstalk|laughter)\b|\d{1,2}:\d{2}:\d{2}/i.test(item)) return 'note';
  return undefined;
}
