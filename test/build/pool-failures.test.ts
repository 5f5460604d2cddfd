import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runEpisodes } from '../../src/build/pool.js';
import type { EpisodeResult } from '../../src/build/types.js';
import { testConfig } from '../helpers/build.js';

/** A worker script that receives an episode and dies the way `body` says. */
async function dyingWorker(body: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'castwright-worker-'));
  const file = path.join(dir, 'worker.mjs');
  await writeFile(
    file,
    `import { parentPort } from 'node:worker_threads';\nparentPort.on('message', () => { ${body} });\n`,
  );
  return file;
}

const planned = [1, 2, 3].map((i) => ({ input: `seeds/ep-${i}.txt`, slug: `ep-${i}` }));

async function resultsWith(body: string): Promise<EpisodeResult[]> {
  const results: EpisodeResult[] = [];
  const workerFile = await dyingWorker(body);
  for await (const r of runEpisodes(planned, testConfig(), new Set(['episode']), { workers: 2, workerFile }))
    results.push(r);
  return results.sort((a, b) => a.input.localeCompare(b.input));
}

describe('an episode worker that dies', () => {
  it('fails each episode it was building with the exit code, and a new worker takes the rest', async () => {
    const results = await resultsWith('process.exit(3);');
    expect(results.map((r) => [r.ok, r.error])).toEqual(
      planned.map((p) => [false, `${p.input}: the episode worker stopped (exit code 3)`]),
    );
  });

  it('gives the reason when the worker throws a string', async () => {
    const results = await resultsWith("throw 'the loom jammed';");
    expect(results.map((r) => r.error)).toEqual(planned.map((p) => `${p.input}: the loom jammed`));
  });

  it('still fails the episode, with a reason, when the worker throws null', async () => {
    const results = await resultsWith('throw null;');
    expect(results.map((r) => r.error)).toEqual(
      planned.map((p) => `${p.input}: the episode worker failed with a value that is not an error: null`),
    );
  });

  it('gives the message when the worker throws an Error', async () => {
    const results = await resultsWith("throw new Error('card stock ran out');");
    expect(results.map((r) => r.error)).toEqual(planned.map((p) => `${p.input}: card stock ran out`));
  });
});
