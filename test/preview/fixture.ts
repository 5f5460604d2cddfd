import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import type { Episode } from '../../src/model/episode.js';
import type { Transcript } from '../../src/model/transcript.js';
import type { EpisodeContext, OutputFile } from '../../src/render/types.js';
import { createCorrector } from '../../src/text/corrections.js';
import { root, testConfig } from '../helpers/build.js';

const goldenDir = path.join(root, 'test/preview/golden');

/** Compare with a golden file; `UPDATE=1 npx vitest run test/preview` rewrites them (review the diff). */
export function expectGolden(name: string, actual: string): void {
  const file = path.join(goldenDir, name);
  if (process.env.UPDATE === '1') {
    mkdirSync(goldenDir, { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  if (!existsSync(file)) throw new Error(`no golden file ${name}: run with UPDATE=1 to create it`);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

/** The hand-written render fixture (its title holds `&`, quotes and angle brackets). */
export function fixtureEpisode(): Episode {
  return JSON.parse(readFileSync(path.join(root, 'test/fixtures/render/episode.json'), 'utf8')) as Episode;
}

/**
 * A transcript whose text the fixture's quote offsets point into: numbered
 * words, with markup planted inside the first quote's passage so escaping
 * is tested where transcript text reaches the page.
 */
export function fixtureTranscript(): Transcript {
  let text = '';
  for (let i = 0; text.length < 3200; i++) text += `word${i} `;
  text = `${text.slice(0, 310)}<script>alert("x")</script>${text.slice(337)}`;
  return {
    path: 'seeds/fixture-episode.txt',
    format: 'speaker-labelled',
    text,
    sha256: '0',
    speakers: [],
    turns: [],
    sentences: [],
    words: [],
    markers: [],
    timing: 'timestamps',
    duration: 3000,
  };
}

/** A tiny valid PNG header of the given size (the preview reads only the IHDR). */
export function pngOf(width: number, height: number): Uint8Array {
  const bytes = new Uint8Array(33);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  const view = new DataView(bytes.buffer);
  view.setUint32(16, width);
  view.setUint32(20, height);
  return bytes;
}

export function previewContext(
  episode: Episode,
  files: OutputFile[],
  warnings: EpisodeContext['warnings'] = [],
): EpisodeContext {
  return {
    episode,
    transcript: fixtureTranscript(),
    config: testConfig({ podcast: { title: 'Fixture <Show> & Friends' } }),
    options: { type: 'full' },
    correct: createCorrector({}),
    warn: () => {},
    files,
    warnings,
  };
}
