import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildEpisode } from '../../src/build/episode.js';
import { seed, testConfig } from '../helpers/build.js';

const bare = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

describe('a quote the producer adds', () => {
  it('leads the quotes, without warnings', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'castwright-edits-'));
    const input = path.join(dir, 'seed.txt');
    copyFileSync(seed, input);
    const config = testConfig();
    const before = await buildEpisode(input, 'seed', config, new Set(['episode']));
    const chapter = before.episode!.chapters.find((c) => c.kind === 'topic' && c.summary.split(/\s+/).length >= 10)!;
    writeFileSync(
      path.join(dir, 'seed.edits.yaml'),
      `version: 1\nquotes:\n  - add: ${JSON.stringify(chapter.summary)}\n`,
    );

    const after = await buildEpisode(input, 'seed', config, new Set(['episode']));
    expect(after.warnings.filter((w) => w.rule?.startsWith('edits/'))).toEqual([]);
    expect(bare(after.episode!.quotes[0]!.display)).toBe(bare(chapter.summary));
  });

  it("is not repeated as a chapter's summary or a takeaway", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'castwright-edits-'));
    const input = path.join(dir, 'seed.txt');
    copyFileSync(seed, input);
    const config = testConfig();
    const before = await buildEpisode(input, 'seed', config, new Set(['episode']));
    const chapter = before.episode!.chapters.find((c) => c.kind === 'topic' && c.summary.split(/\s+/).length >= 10)!;
    writeFileSync(
      path.join(dir, 'seed.edits.yaml'),
      `version: 1\nquotes:\n  - add: ${JSON.stringify(chapter.summary)}\n`,
    );

    const after = await buildEpisode(input, 'seed', config, new Set(['episode']));
    const same = after.episode!.chapters.find((c) => c.startTime === chapter.startTime)!;
    expect(bare(same.summary)).not.toBe(bare(chapter.summary));
    for (const k of after.episode!.takeaways) expect(bare(k.text)).not.toContain(bare(chapter.summary));
  });
});
