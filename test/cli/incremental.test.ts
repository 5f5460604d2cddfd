import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { castwright, tempProject } from '../helpers/cli.js';

const talk = (topic: string) =>
  `>> Welcome to the show. My guest today is Ada. What is new with ${topic}?\n>> We build ${topic} that compute. The ${topic} read cards and weave patterns, and that idea shaped computing for a century.\n`;

async function catalogue(n: number): Promise<string> {
  const files: Record<string, string> = {};
  for (let i = 1; i <= n; i++) files[`seeds/episode-${String(i).padStart(2, '0')}.txt`] = talk(`looms ${i}`);
  return tempProject(files);
}

async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of await readdir(path.join(dir, 'out'), { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.parentPath.includes('.castwright-cache')) continue;
    const file = path.join(entry.parentPath, entry.name);
    out[path.relative(dir, file)] = (await readFile(file)).toString('base64');
  }
  return out;
}

describe('incremental, parallel and sharded builds', () => {
  it('skips unchanged episodes and rebuilds only the changed one', async () => {
    const dir = await catalogue(3);
    expect((await castwright(['build'], dir)).code).toBe(0);
    const noop = await castwright(['build'], dir);
    expect(noop.stdout).not.toMatch(/^Wrote out\/episode/m);
    expect(noop.stdout).toMatch(/Wrote 0 files for 0 episodes .*; 3 unchanged/);

    await writeFile(path.join(dir, 'seeds/episode-02.txt'), talk('engines'));
    const one = await castwright(['build'], dir);
    const episodeLines = one.stdout.split('\n').filter((l) => /^Wrote out\/episode-/.test(l));
    expect(episodeLines.length).toBeGreaterThan(0);
    expect(episodeLines.every((l) => l.startsWith('Wrote out/episode-02/'))).toBe(true);
    expect(one.stdout).toMatch(/for 1 episode .*; 2 unchanged/);

    const forced = await castwright(['build', '--force'], dir);
    expect(forced.stdout).toMatch(/for 3 episodes in/);
  });

  it('rebuilds an episode whose edits file or config changed', async () => {
    const dir = await catalogue(1);
    await castwright(['build'], dir);
    await writeFile(path.join(dir, 'pipeline.config.ts'), `export default { podcast: { title: 'Renamed Show' } };\n`);
    expect((await castwright(['build'], dir)).stdout).toMatch(/for 1 episode in/);
    await writeFile(path.join(dir, 'seeds/episode-01.edits.yaml'), '# no edits yet\n');
    expect((await castwright(['build'], dir)).stdout).toMatch(/for 1 episode in/);
  });

  it('gives byte-identical output with worker threads and without', async () => {
    const dir = await catalogue(4);
    expect((await castwright(['build', '--workers', '2'], dir)).code).toBe(0);
    const parallel = await snapshot(dir);
    expect((await castwright(['build', '--force', '--workers', '1'], dir)).code).toBe(0);
    expect(await snapshot(dir)).toEqual(parallel);
  });

  it('splits a catalogue into disjoint shards that cover it', async () => {
    const dir = await catalogue(6);
    const built = new Set<string>();
    for (const shard of ['1/3', '2/3', '3/3']) {
      const run = await castwright(['build', '--shard', shard, '--json'], dir);
      const report = JSON.parse(run.stdout);
      for (const e of report.episodes) {
        expect(built.has(e.slug)).toBe(false);
        built.add(e.slug);
      }
      expect(report.showFiles).toEqual([]);
    }
    expect(built.size).toBe(6);
    const bad = await castwright(['build', '--shard', '4/3'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/invalid --shard "4\/3"/);
  });

  it('repairs what a killed build left behind', async () => {
    const dir = await catalogue(2);
    await castwright(['build'], dir);
    const out = path.join(dir, 'out');
    // Killed between moving the old folder aside and moving the new one in, and mid-way through a temp folder.
    await rename(path.join(out, 'episode-01'), path.join(out, '.castwright-old-episode-01'));
    await mkdir(path.join(out, '.castwright-tmp-episode-02'));
    const run = await castwright(['build'], dir);
    expect(run.code).toBe(0);
    expect(existsSync(path.join(out, 'episode-01/episode.json'))).toBe(true);
    expect((await readdir(out)).filter((n) => /^\.castwright-(tmp|old)-/.test(n))).toEqual([]);
  });

  it('assembles show files from episodes on disk with `castwright feed`', async () => {
    const dir = await catalogue(2);
    await castwright(['build', '--shard', '1/1'], dir);
    const run = await castwright(['feed'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/show files for 2 episodes/);
    const empty = await tempProject();
    const none = await castwright(['feed'], empty);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/out: no output folder/);
  });
});
