import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildEpisode } from '../../src/build/episode.js';
import type { Chapter } from '../../src/model/episode.js';
import type { EpisodeResult } from '../../src/build/types.js';
import { seed, testConfig } from '../helpers/build.js';

const bare = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

describe('a quote the producer adds', () => {
  // The seed built once as generated, then again with one chapter's summary added as a quote.
  let chapter: Chapter;
  let after: EpisodeResult;
  beforeAll(async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'castwright-edits-'));
    const input = path.join(dir, 'seed.txt');
    copyFileSync(seed, input);
    const config = testConfig();
    const before = await buildEpisode(input, 'seed', config, new Set(['episode']));
    chapter = before.episode!.chapters.find((c) => c.kind === 'topic' && c.summary.split(/\s+/).length >= 10)!;
    writeFileSync(
      path.join(dir, 'seed.edits.yaml'),
      `version: 1\nquotes:\n  - add: ${JSON.stringify(chapter.summary)}\n`,
    );
    after = await buildEpisode(input, 'seed', config, new Set(['episode']));
  });

  it('leads the quotes, without warnings', () => {
    expect(after.warnings.filter((w) => w.rule?.startsWith('edits/'))).toEqual([]);
    expect(bare(after.episode!.quotes[0]!.display)).toBe(bare(chapter.summary));
  });

  it("is not repeated as a chapter's summary or a takeaway", () => {
    const same = after.episode!.chapters.find((c) => c.startTime === chapter.startTime)!;
    expect(bare(same.summary)).not.toBe(bare(chapter.summary));
    for (const k of after.episode!.takeaways) expect(bare(k.text)).not.toContain(bare(chapter.summary));
  });
});
