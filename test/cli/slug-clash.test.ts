import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { castwright, tempProject } from '../helpers/cli.js';

const talk = (topic: string) =>
  `>> Welcome to the show. My guest today is Ada. What is new with ${topic}?\n>> We build ${topic} that compute. The ${topic} read cards and weave patterns, and that idea shaped computing for a century.\n`;

const config = `export default {
  podcast: { title: 'Test Show', siteUrl: 'https://example.com/', feedUrl: 'https://example.com/feed.xml' },
  episodes: { looms: { slug: 'ep-1' } },
};
`;

describe('a new transcript whose slug an episode already published has', () => {
  it("stops the build (exit 2, nothing written) and leaves the published episode's folder, URL and guid", async () => {
    const dir = await tempProject({ 'pipeline.config.ts': config, 'seeds/looms.txt': talk('looms') });
    expect((await castwright(['build', '--only', 'episode,feed'], dir)).code).toBe(0);
    const out = path.join(dir, 'out');
    const feed = await readFile(path.join(out, 'feed.xml'), 'utf8');
    const episode = await readFile(path.join(out, 'ep-1/episode.json'), 'utf8');
    const entries = await readdir(out);

    // "Ep 1.txt" sorts first and slugs to ep-1, the folder the published episode has.
    await writeFile(path.join(dir, 'seeds/Ep 1.txt'), talk('engines'));
    const run = await castwright(['build', '--only', 'episode,feed'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('seeds/Ep 1.txt');
    expect(run.stderr).toContain('seeds/looms.txt is already published as "ep-1"');
    expect(run.stderr).toContain('episodes.Ep 1.slug');
    expect(await readdir(out)).toEqual(entries);
    expect(existsSync(path.join(out, 'ep-1-2'))).toBe(false);
    expect(await readFile(path.join(out, 'ep-1/episode.json'), 'utf8')).toBe(episode);
    expect(await readFile(path.join(out, 'feed.xml'), 'utf8')).toBe(feed);

    // Building the newcomer alone must not take the published episode's folder either.
    const alone = await castwright(['build', '--only', 'episode,feed', 'seeds/Ep 1.txt'], dir);
    expect(alone.code).toBe(2);
    expect(alone.stderr).toContain('episodes.Ep 1.slug');
    expect(await readFile(path.join(out, 'ep-1/episode.json'), 'utf8')).toBe(episode);
    expect(await readFile(path.join(out, 'feed.xml'), 'utf8')).toBe(feed);
  });
});
