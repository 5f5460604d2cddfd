import { existsSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../helpers/build.js';
import { castwright, tempProject } from '../helpers/cli.js';

const transcript = readFileSync(path.join(root, 'test/fixtures/render/hostile/transcript.txt'), 'utf8');

describe('castwright build --strict', () => {
  it('warns about missing publishing facts without --strict and writes the feed', async () => {
    const dir = await tempProject({ 'seeds/talk.txt': transcript });
    const run = await castwright(['build', '--only', 'episode,feed'], dir);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('warning pipeline.config.ts: episodes.talk.audio.url missing');
    expect(run.stderr).toContain('warning pipeline.config.ts: podcast.artwork missing');
    expect(existsSync(path.join(dir, 'out/feed.xml'))).toBe(true);
  });

  it('turns them into errors with --strict: exit 1 and nothing written', async () => {
    const dir = await tempProject({ 'seeds/talk.txt': transcript });
    const run = await castwright(['build', '--strict', '--only', 'episode,feed'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('error pipeline.config.ts: episodes.talk.audio.url missing');
    expect(run.stderr).toContain('error pipeline.config.ts: episodes.talk.date missing');
    expect(run.stderr).toContain('nothing written');
    expect(existsSync(path.join(dir, 'out'))).toBe(false);
  });

  it('builds normally with --strict when every fact is given', async () => {
    const dir = await tempProject({ 'seeds/talk.txt': transcript });
    await writeFile(
      path.join(dir, 'pipeline.config.ts'),
      `export default {
  podcast: {
    title: 'Test Show', description: 'A show.', author: 'Ann', siteUrl: 'https://example.com/', feedUrl: 'https://example.com/feed.xml',
    artwork: 'https://example.com/art.png', categories: ['Technology'], owner: { name: 'Ann', email: 'ann@example.com' },
  },
  episodes: { talk: { date: '2025-01-02', audio: { url: 'https://example.com/talk.mp3', length: 1000 } } },
};
`,
    );
    const run = await castwright(['build', '--strict', '--only', 'episode,feed'], dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(readFileSync(path.join(dir, 'out/feed.xml'), 'utf8')).toContain(
      '<enclosure url="https://example.com/talk.mp3" length="1000" type="audio/mpeg"/>',
    );
  });
});
