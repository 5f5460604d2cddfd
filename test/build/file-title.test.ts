import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildEpisode } from '../../src/build/episode.js';
import { testConfig } from '../helpers/build.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'castwright-title-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('an episode the configuration gives no title', () => {
  it('is titled from its file name, names written as the transcript writes them', async () => {
    const file = path.join(dir, 'js-party-300.md');
    await writeFile(
      file,
      [
        '**Dana Host:** Welcome to JS Party, the show about JS. Today we talk about JS frameworks and the JS ecosystem.',
        '**Sam Guest:** JS frameworks keep changing, and the ecosystem changes with them every year.',
      ].join('\n\n'),
    );
    const result = await buildEpisode(file, 'js-party-300', testConfig(), new Set(), { edits: false });
    expect(result.episode?.title).toBe('JS Party 300');
  });
});
