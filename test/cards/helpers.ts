import type { UserConfig } from '../../src/config/schema.js';
import type { Warning } from '../../src/errors.js';
import type { Episode, Quote } from '../../src/model/episode.js';
import type { Transcript } from '../../src/model/transcript.js';
import type { EpisodeContext } from '../../src/render/types.js';
import { createCorrector } from '../../src/text/corrections.js';
import { testConfig } from '../helpers/build.js';

export const QUOTES = {
  guest:
    'Machine learning is beautifully forgiving in some sense, in contrast to old software engineering, which would just yell at you when you made a mistake.',
  host: 'Łukasz, you co-wrote the Transformer paper. What did you think would happen when you published it?',
};

/** A card context without a transcript run: the quotes are the transcript, one per line. */
export function cardContext(
  quotes: { text: string; speaker?: string; role?: Quote['role'] }[],
  overrides: Partial<UserConfig> = {},
) {
  const warnings: Warning[] = [];
  const config = testConfig({
    podcast: { title: 'The Test Show', siteUrl: 'https://example.com/podcast/', hashtags: ['AI', 'test show'] },
    people: {
      hosts: [{ name: 'Ada Host', title: 'Host, The Test Show' }],
      guests: [{ name: 'Łukasz Kaiser', title: 'Research scientist, OpenAI' }],
    },
    ...overrides,
  });
  const text = quotes.map((q) => q.text).join('\n');
  let offset = 0;
  const episodeQuotes: Quote[] = quotes.map((q, i) => {
    const start = offset;
    offset += q.text.length + 1;
    return {
      text: q.text,
      display: q.text,
      speaker: q.speaker ?? 'Łukasz Kaiser',
      speakerId: 's1',
      role: q.role ?? 'guest',
      startTime: i * 60,
      endTime: i * 60 + 30,
      source: { start, end: start + q.text.length },
      score: quotes.length - i,
    };
  });
  const episode = {
    schema: 'castwright.episode/1',
    slug: 'ep-1',
    title: 'Why AI Progress Is Not Slowing Down',
    source: { path: 'seeds/ep-1.txt', format: 'plain', sha256: '' },
    quotes: episodeQuotes,
  } as unknown as Episode;
  const ctx: EpisodeContext = {
    episode,
    transcript: { text } as unknown as Transcript,
    config,
    options: {} as EpisodeContext['options'],
    correct: createCorrector({}),
    warn: (w) => warnings.push(w),
  };
  return { ctx, warnings };
}
