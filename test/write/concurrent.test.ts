import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Manifest } from '../../src/write/manifest.js';
import { Writer, type EpisodeToWrite } from '../../src/write/writer.js';

function episode(slug: string, text: string): EpisodeToWrite {
  return {
    input: `seeds/${slug}.txt`,
    slug,
    ok: true,
    files: [{ path: `${slug}/episode.json`, contents: text }],
    warnings: [],
  };
}

const manifest = (): Manifest => ({ version: 1, episodes: {} });

/** A promise with its resolve function, to hold a write at a hook until the test lets it go. */
function gate(): { promise: Promise<void>; open(): void } {
  let open = () => {};
  const promise = new Promise<void>((resolve) => (open = resolve));
  return { promise, open };
}

const temporaries = async (out: string) => (await readdir(out)).filter((n) => /^\.castwright-(tmp|old)-/.test(n));

/** A first build writing `ep-1`, paused just before it swaps its folder in until `release.open()`. */
async function pausedBeforeSwap(out: string) {
  const reached = gate();
  const release = gate();
  const first = await Writer.open(out, manifest(), {
    beforeSwap: async () => {
      reached.open();
      await release.promise;
    },
  });
  const writing = first.writeEpisode(episode('ep-1', 'first'));
  await reached.promise;
  return { writing, release };
}

describe('two builds writing into one output folder', () => {
  let out: string;
  beforeEach(async () => {
    out = path.join(await mkdtemp(path.join(tmpdir(), 'castwright-race-')), 'out');
  });
  afterEach(async () => {
    await rm(path.dirname(out), { recursive: true, force: true });
  });

  it("do not delete each other's temporary folders when one opens while the other is mid-swap", async () => {
    const { writing, release } = await pausedBeforeSwap(out);
    // The second build starts (and cleans up) while the first's folder waits to be swapped in.
    const second = await Writer.open(out, manifest());
    await second.writeEpisode(episode('ep-2', 'second'));
    release.open();
    await expect(writing).resolves.toEqual(['ep-1/episode.json']);
    expect(await readFile(path.join(out, 'ep-1/episode.json'), 'utf8')).toBe('first');
    expect(await readFile(path.join(out, 'ep-2/episode.json'), 'utf8')).toBe('second');
    expect(await temporaries(out)).toEqual([]);
  });

  it('write the same episode without sharing a temporary folder', async () => {
    const { writing, release } = await pausedBeforeSwap(out);
    const second = await Writer.open(out, manifest());
    await second.writeEpisode(episode('ep-1', 'second'));
    release.open();
    await writing;
    // The later swap wins, whole: never a mixture, never a missing folder.
    expect(await readFile(path.join(out, 'ep-1/episode.json'), 'utf8')).toBe('first');
    expect(await temporaries(out)).toEqual([]);
  });

  it('still clean up what a build that is no longer running left behind', async () => {
    await mkdir(path.join(out, 'ep-1'), { recursive: true });
    // A process id above any system's limit: that build is certainly gone.
    await mkdir(path.join(out, '.castwright-tmp-4294967295-0123456789ab-ep-1'));
    await mkdir(path.join(out, '.castwright-old-4294967295-0123456789ab-ep-2'));
    await Writer.open(out, manifest());
    expect(await temporaries(out)).toEqual([]);
    expect(existsSync(path.join(out, 'ep-2'))).toBe(true);
  });
});
