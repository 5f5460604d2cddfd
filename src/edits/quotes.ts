import { CastwrightError, type Warning } from '../errors.js';
import type { Quote } from '../model/episode.js';
import type { Transcript } from '../model/transcript.js';
import { quoteRecord } from '../summarise/quote-record.js';
import { formatClock } from '../text/clock.js';
import type { Corrector } from '../text/corrections.js';
import { closestPhrase, excerpt, findPhrase, phraseWords, turnOfWord, type WordRun } from './locate.js';
import type { Edits, QuoteChange } from './types.js';

/** A shorter or longer version of a generated quote still names it when it shares this many words in a row. */
const MIN_SHARED_WORDS = 5;

/**
 * Apply the quote entries: reject generated quotes, and add quotes a person
 * chose. An added quote must be spoken in the transcript word for word
 * (fillers may be left out); otherwise the edits file is wrong and the
 * episode fails with the line to fix. Added quotes rank above the generated
 * ones, in the order written; a generated quote they overlap is dropped.
 */
export function applyQuoteEdits(
  quotes: readonly Quote[],
  t: Transcript,
  edits: Edits,
  correct: Corrector,
  warnings: Warning[],
): Quote[] {
  const rejected = new Set<number>();
  const claimed = new Map<number, number>();
  const added: Quote[] = [];
  for (const entry of edits.quotes) {
    if (entry.type === 'add') {
      added.push(addQuote(entry.text, entry.line, t, correct, edits.file));
      continue;
    }
    const index = identify(entry, quotes);
    if (index === undefined) {
      warnings.push({
        file: edits.file,
        line: entry.line,
        message: `no generated quote "${short(entry.quote)}"${entry.at === undefined ? '' : ` near ${formatClock(entry.at)}`} any more; this entry is not applied — remove it${entry.reject ? ' (the quote is already gone)' : ''}`,
        rule: 'edits/quote-not-found',
      });
      continue;
    }
    const earlier = claimed.get(index);
    if (earlier !== undefined) {
      warnings.push({
        file: edits.file,
        line: entry.line,
        message: `quote "${short(quotes[index]!.text)}" is already edited on line ${earlier}; this entry is not applied`,
        rule: 'edits/duplicate-quote',
      });
      continue;
    }
    claimed.set(index, entry.line);
    if (entry.reject) rejected.add(index);
  }

  const top = quotes.reduce((max, q) => Math.max(max, q.score), 0);
  const ranked = added.map((q, i) => ({ ...q, score: Math.round((top + added.length - i) * 1000) / 1000 }));
  const overlaps = (q: Quote) => ranked.some((a) => a.source.start < q.source.end && q.source.start < a.source.end);
  return [...ranked, ...quotes.filter((q, i) => !rejected.has(i) && !overlaps(q))];
}

/** The generated quote an entry names: same words, or one containing the other; `at` breaks ties. */
function identify(entry: QuoteChange, quotes: readonly Quote[]): number | undefined {
  const wanted = phraseWords(entry.quote).join(' ');
  const candidates: number[] = [];
  quotes.forEach((q, i) => {
    const words = phraseWords(q.text).join(' ');
    const displayed = phraseWords(q.display).join(' ');
    if (words === wanted || displayed === wanted) candidates.unshift(i);
    else if (sharesRun(words, wanted) || sharesRun(displayed, wanted)) candidates.push(i);
  });
  if (candidates.length === 0) return undefined;
  const near = (i: number) => (entry.at === undefined ? 0 : Math.abs(quotes[i]!.startTime - entry.at));
  const exact = candidates.filter((i) =>
    [phraseWords(quotes[i]!.text).join(' '), phraseWords(quotes[i]!.display).join(' ')].includes(wanted),
  );
  const pool = exact.length > 0 ? exact : candidates;
  return [...pool].sort((a, b) => near(a) - near(b) || a - b)[0];
}

function sharesRun(a: string, b: string): boolean {
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  return shorter.split(' ').length >= MIN_SHARED_WORDS && ` ${longer} `.includes(` ${shorter} `);
}

function addQuote(text: string, line: number, t: Transcript, correct: Corrector, file: string): Quote {
  const runs = findPhrase(t, text);
  if (runs.length === 0) {
    const close = closestPhrase(t, text);
    const hint = close
      ? ` The closest passage, at ${formatClock(t.words[close.run.firstWord]!.time)}, matches the first ${close.matched} words ("${excerpt(t, close.run)}")${close.next ? ` and then says "${close.next}"` : ''}.`
      : '';
    throw new CastwrightError(
      `quote not found verbatim in the transcript: "${short(text)}". A quote must be the transcript's own words (fillers such as "uh" may be left out).${hint}`,
      { file, line },
    );
  }
  // A cold open repeats a later passage: quote the passage where it is really said.
  const chosen = runs.find((r) => !t.turns[turnOfWord(t, r.firstWord)]!.coldOpen) ?? runs[0]!;
  return quoteFrom(t, chosen, correct);
}

function quoteFrom(t: Transcript, run: WordRun, correct: Corrector): Quote {
  return quoteRecord(t, run.firstWord, run.endWord, turnOfWord(t, run.firstWord), correct);
}

function short(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
