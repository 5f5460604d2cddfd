import { open, rm } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildEpisode } from '../../src/build/episode.js';
import { testConfig } from '../helpers/build.js';
import { castwright, tempProject } from '../helpers/cli.js';

const talk =
  '>> Welcome to the show. My guest today is Ada. What are you building?\n>> We build looms that compute. The loom reads cards and weaves patterns, and that idea shaped computing for a century.\n';

describe('a transcript above the size limit', () => {
  it('fails its episode before the file is read, naming its size, the limit and the config field', async () => {
    const dir = await tempProject();
    const input = path.join(dir, 'season.txt');
    // 17 MiB of nothing (a sparse file): were it read, it would be parsed, and would fail or build otherwise.
    const file = await open(input, 'w');
    await file.truncate(17 * 2 ** 20);
    await file.close();
    try {
      const result = await buildEpisode(input, 'season', testConfig(), new Set(['episode']));
      expect(result.ok).toBe(false);
      expect(result.error).toBe(
        `${input}: is 17 MB, above the limit of 16 MB set by maxTranscriptBytes in the config; raise it to build this file`,
      );
      expect(result.timings).toEqual({});
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('is refused by the limit the config sets, while the other episodes build', async () => {
    const dir = await tempProject({
      'pipeline.config.ts': "export default { podcast: { title: 'Test Show' }, maxTranscriptBytes: 300 };\n",
      'seeds/short.txt': talk,
      'seeds/long.txt': talk.repeat(3),
    });
    try {
      const run = await castwright(['build', '--only', 'episode'], dir);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(
        /^error seeds\/long\.txt: is 570 bytes, above the limit of 300 bytes set by maxTranscriptBytes in the config; raise it to build this file$/m,
      );
      expect(run.stdout).toMatch(/Wrote .* for 1 episode .*; 1 failed/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
