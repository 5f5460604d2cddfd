import { readFile } from 'node:fs/promises';
import { buildEpisode } from '../../src/build/episode.js';
import type { Episode } from '../../src/model/episode.js';
import type { Transcript } from '../../src/model/transcript.js';
import { parse } from '../../src/parse/index.js';
import { seed, testConfig } from '../helpers/build.js';

let cached: Promise<{ episode: Episode; transcript: Transcript }> | undefined;

/**
 * The seed episode as generated (no edits) and its transcript, built once
 * per test file: edits tests apply edits files to it in memory.
 */
export function generatedSeed(): Promise<{ episode: Episode; transcript: Transcript }> {
  cached ??= (async () => {
    const config = testConfig();
    const result = await buildEpisode(seed, 'seed', config, new Set(), { edits: false });
    if (!result.episode) throw new Error(result.error);
    const { transcript } = parse(seed, await readFile(seed), {
      people: config.people,
      wordsPerMinute: config.timing.wordsPerMinute,
    });
    return { episode: result.episode, transcript };
  })();
  return cached;
}

/** Offset of a phrase in the transcript text, with any run of spaces between its words. */
export function offsetOf(t: Transcript, phrase: string): number {
  const pattern = new RegExp(
    phrase
      .split(/\s+/)
      .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('\\s+'),
    'i',
  );
  const m = pattern.exec(t.text);
  if (!m) throw new Error(`"${phrase}" is not in the transcript`);
  return m.index;
}
