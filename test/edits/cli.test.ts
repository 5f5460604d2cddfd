import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Episode } from '../../src/model/episode.js';
import { seed } from '../helpers/build.js';
import { castwright, tempProject } from '../helpers/cli.js';

const EDITS = 'seeds/talk.edits.yaml';
const ONLY = ['--only', 'episode,show-notes'];

async function project(): Promise<string> {
  return tempProject({ 'seeds/talk.txt': await readFile(seed) });
}

const episodeOf = async (dir: string) =>
  JSON.parse(await readFile(path.join(dir, 'out/talk/episode.json'), 'utf8')) as Episode;

describe('castwright edits', () => {
  it('`edits init` writes an edits file with the generated chapters and quotes, and will not overwrite it without --force', async () => {
    const dir = await project();
    const first = await castwright(['edits', 'init', 'seeds/talk.txt'], dir);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^Wrote seeds\/talk\.edits\.yaml \(\d+ chapters, \d+ quotes\)\n$/);
    const text = await readFile(path.join(dir, EDITS), 'utf8');
    expect(text).toMatch(/^# Edits for seeds\/talk\.txt\n/);

    // The pre-filled file changes nothing, and the build reads it without a warning.
    const build = await castwright(['build', ...ONLY], dir);
    expect(build.code).toBe(0);
    expect(build.stderr).toBe('');
    const episode = await episodeOf(dir);
    for (const [i, c] of episode.chapters.entries())
      expect(text).toContain(`  - chapter: ${i + 1}\n    was: ${JSON.stringify(c.title)}\n`);
    for (const q of episode.quotes) expect(text).toContain(`  - quote: ${JSON.stringify(q.text)}\n`);

    await writeFile(path.join(dir, EDITS), 'version: 1\nreviewed: true\n');
    const again = await castwright(['edits', 'init', 'seeds/talk.txt'], dir);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('seeds/talk.edits.yaml: an edits file already exists; edit it, or pass --force');
    expect(await readFile(path.join(dir, EDITS), 'utf8')).toBe('version: 1\nreviewed: true\n');

    // --force starts again from the generated episode, not from the edited one.
    expect((await castwright(['edits', 'init', 'seeds/talk.txt', '--force'], dir)).code).toBe(0);
    expect(await readFile(path.join(dir, EDITS), 'utf8')).toBe(text);
  });

  it('a build applies the edits, warns with the line of an entry that no longer matches, and rebuilds when only the edits file changes', async () => {
    const dir = await project();
    expect((await castwright(['build', ...ONLY], dir)).code).toBe(0);
    const generated = await episodeOf(dir);
    const renamed = generated.chapters[2]!;

    await writeFile(
      path.join(dir, EDITS),
      `version: 1\nreviewed: true\nchapters:\n  - was: ${JSON.stringify(renamed.title)}\n    title: "A title a person wrote"\n  - was: "A chapter that is gone"\n    remove: true\n`,
    );
    const build = await castwright(['build', ...ONLY], dir);
    expect(build.code).toBe(0);
    expect(build.stdout).toMatch(/for 1 episode/);
    expect(build.stderr).toContain(
      'warning seeds/talk.edits.yaml:6: no generated chapter titled "A chapter that is gone" any more',
    );
    const edited = await episodeOf(dir);
    expect(edited.chapters[2]!.title).toBe('A title a person wrote');
    const notes = await readFile(path.join(dir, 'out/talk/show-notes.md'), 'utf8');
    expect(notes).toContain('A title a person wrote');
    expect(notes).toContain('## Chapters\n');
    expect(notes).not.toContain('automatically created');
  });

  it('an invalid edits file fails the episode with the file and line to fix', async () => {
    const dir = await project();
    await writeFile(path.join(dir, EDITS), 'version: 1\nquotes:\n  - add: "words nobody in this episode ever said"\n');
    const build = await castwright(['build', ...ONLY], dir);
    expect(build.code).toBe(1);
    expect(build.stderr).toContain(
      'error seeds/talk.edits.yaml:3: quote not found verbatim in the transcript: "words nobody in this episode ever said"',
    );
  });

  it('cards show the edited quotes: a rejected quote gets no card, and each card points at its quote in episode.json', async () => {
    const dir = await project();
    const before = await castwright(['build', '--only', 'episode,cards'], dir);
    expect(before.code).toBe(0);
    const generated = await episodeOf(dir);
    const top = generated.quotes[generated.cards![0]!.quote]!;
    await writeFile(
      path.join(dir, EDITS),
      `version: 1\nquotes:\n  - quote: ${JSON.stringify(top.text)}\n    reject: true\n`,
    );
    const after = await castwright(['build', '--only', 'episode,cards,social'], dir);
    expect(after.code).toBe(0);
    expect(after.stderr).toBe('');
    const edited = await episodeOf(dir);
    expect(edited.quotes.map((q) => q.text)).not.toContain(top.text);
    expect(edited.cards!.length).toBe(generated.cards!.length);
    for (const card of edited.cards!) {
      const quote = edited.quotes[card.quote]!;
      expect(card.speaker).toBe(quote.speaker);
      // Cards set quotation marks and apostrophes typographically: compare the words.
      const plain = (s: string) => s.replace(/["“”]/g, '').replace(/[‘’]/g, "'");
      for (const image of card.images)
        expect(plain(quote.display)).toContain(plain(image.text).replace(/…$/, '').slice(0, 40));
    }
    const social = await readFile(path.join(dir, 'out/talk/social.md'), 'utf8');
    expect(social).not.toContain(top.display.slice(0, 60));
  });
});
