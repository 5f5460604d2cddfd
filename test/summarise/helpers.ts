import { readFileSync } from 'node:fs';
import path from 'node:path';
import { resolveConfig } from '../../src/config/load.js';
import type { UserConfig } from '../../src/config/schema.js';
import type { Transcript } from '../../src/model/transcript.js';
import { parse } from '../../src/parse/index.js';
import { segment, type ChapterSpan } from '../../src/segment/index.js';
import { summarise } from '../../src/summarise/index.js';
import { scorePassages, selectQuotes } from '../../src/summarise/quotes.js';
import { inverseFrequency, sentenceTerms } from '../../src/text/terms.js';
import { correctorFor, createCorrector } from '../../src/text/corrections.js';

export const root = path.resolve(import.meta.dirname, '../..');
export const seedFile = path.join(root, 'seeds/mad-podcast-lukasz-kaiser.txt');
export const panelFile = path.join(root, 'test/fixtures/summarise/panel-interview.md');

/** The seed's people and glossary, as in pipeline.config.ts. */
export const seedConfig: Partial<UserConfig> = {
  people: {
    hosts: [{ name: 'Matt Turck', aliases: ['Matt'] }],
    guests: [{ name: 'Łukasz Kaiser', aliases: ['Lucas Kaiser', 'Luc', 'Lush', 'Lukasz'] }],
  },
  corrections: {
    'Lucas Kaiser': 'Łukasz Kaiser',
    'GPD 5.1': 'GPT-5.1',
    GVD51: 'GPT-5.1',
    'GPD 5': 'GPT-5',
    GPD: 'GPT',
    Chad: 'ChatGPT',
  },
};

/** Parse, segment and summarise one transcript in memory, the way a build does. */
export function runContent(file: string, overrides: Partial<UserConfig> = {}, duration?: number) {
  const config = resolveConfig({ podcast: { title: 'Test Show' }, ...overrides });
  const { transcript } = parse(file, readFileSync(file), {
    people: { hosts: config.people.hosts, guests: config.people.guests },
    wordsPerMinute: config.timing.wordsPerMinute,
    ...(duration === undefined ? {} : { duration }),
  });
  const spans = segment(transcript, config.segmentation);
  const summary = summarise(transcript, spans, {
    quotes: config.quotes,
    correct: correctorFor(transcript, config.corrections),
  });
  return { transcript, spans, summary, config };
}

/** The quotes of a short Markdown transcript with Dana Host and Sam Guest, ranked as a build ranks them. */
export function quotesOf(markdown: string) {
  const people = { hosts: [{ name: 'Dana Host', aliases: [] }], guests: [{ name: 'Sam Guest', aliases: [] }] };
  const { transcript: t } = parse('episode.md', new TextEncoder().encode(markdown), { people, wordsPerMinute: 160 });
  const passages = scorePassages(t, inverseFrequency(sentenceTerms(t)), { minWords: 8, maxWords: 40 });
  return selectQuotes(t, passages, [0], createCorrector({}), { count: 10, minWords: 8, maxWords: 40 });
}

/** The host and guest of the small Markdown transcripts written in tests. */
export const DANA_AND_SAM = {
  hosts: [{ name: 'Dana Host', aliases: [] }],
  guests: [{ name: 'Sam Guest', aliases: [] }],
};

/** One chapter per turn of a small Markdown transcript, of the `kinds` given (else topics): chapters placed by hand. */
export function chapterPerTurn(markdown: string, kinds: readonly ChapterSpan['kind'][] = []) {
  const { transcript: t } = parse('episode.md', new TextEncoder().encode(markdown), {
    people: DANA_AND_SAM,
    wordsPerMinute: 160,
  });
  const spans = t.turns.map((turn, k) => {
    const first = t.sentences.findIndex((s) => s.turn === turn.index);
    return {
      kind: kinds[k] ?? ('topic' as const),
      firstSentence: first,
      endSentence: first + t.sentences.filter((s) => s.turn === turn.index).length,
      startTime: t.words[turn.firstWord]!.time,
      endTime: t.words[turn.endWord - 1]!.time,
      start: turn.start,
      end: turn.end,
    };
  });
  return { t, spans };
}

/** One chapter of the given kind spanning the whole transcript. */
export function wholeSpan(t: Transcript, kind: ChapterSpan['kind']): ChapterSpan {
  return {
    kind,
    firstSentence: 0,
    endSentence: t.sentences.length,
    startTime: 0,
    endTime: t.duration,
    start: 0,
    end: t.text.length,
  };
}
