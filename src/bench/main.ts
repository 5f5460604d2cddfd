import { execFileSync } from 'node:child_process';
import { appendFile, rm } from 'node:fs/promises';
import { availableParallelism, cpus, totalmem } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCardBench } from './cards.js';
import { makeCatalogue } from './catalogue.js';
import { runContentBench } from './content.js';
import { runParseBench } from './parse.js';

/**
 * `npm run bench`: whole-catalogue figures for a cold build, a no-op rebuild
 * and a one-episode change over a synthetic 100-episode catalogue, each in
 * its own process. Printed with the machine they came from.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const runner = fileURLToPath(new URL('./run-build.js', import.meta.url));
const size = Number(process.env.BENCH_EPISODES ?? 100);

interface Run {
  code: number;
  wall: number;
  cpu: number;
  maxRssMb: number;
  built: number;
  cached: number;
  cards: number;
  stages: Record<string, number>;
}

function measure(dir: string, args: string[] = []): Run {
  const line = execFileSync(process.execPath, [runner, 'out', ...args], { cwd: dir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(line.trim().split('\n').at(-1)!) as Run;
}

function row(label: string, r: Run): string {
  const stages = Object.entries(r.stages)
    .map(([k, v]) => `${k} ${(v / 1000).toFixed(2)}s`)
    .join(', ');
  const cardsPerSecond = r.cards && r.stages['render:cards'] ? ` | ${(r.cards / (r.stages['render:cards'] / 1000)).toFixed(1)} cards/s of card-stage time` : '';
  return `${label.padEnd(22)} wall ${r.wall.toFixed(2)}s | cpu ${r.cpu.toFixed(2)}s | peak RSS ${r.maxRssMb.toFixed(0)} MB | built ${r.built}, unchanged ${r.cached} | cards ${r.cards}${cardsPerSecond}\n${''.padEnd(22)} stage time summed over episodes: ${stages || '(none)'}`;
}

const machine = `${cpus()[0]?.model ?? 'unknown CPU'}, ${availableParallelism()} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
console.log(`castwright bench on ${machine}`);

// Stage benchmarks first, in this process: parse per format, segment + summarise, cards.
if (!process.env.BENCH_SKIP_STAGES) {
  for (const bench of [runParseBench, runContentBench, runCardBench]) for (const line of await bench()) console.log(line);
}

const { dir, sources } = await makeCatalogue(root, size);
console.log(`catalogue: ${size} episodes cycled from ${sources.length} transcripts in ${dir}`);
try {
  const cold = measure(dir);
  console.log(row('cold build', cold));
  const noop = measure(dir);
  console.log(row('no-op rebuild', noop));
  await appendFile(path.join(dir, 'seeds/episode-001.txt'), '\n>> One more thing before we go: thanks for listening.\n');
  const one = measure(dir);
  console.log(row('one-episode change', one));
  const seedOnly = await makeCatalogue(root, 1);
  const single = measure(seedOnly.dir);
  console.log(row('seed episode, full kit', single));
  await rm(seedOnly.dir, { recursive: true, force: true });
  if ([cold, noop, one, single].some((r) => r.code !== 0)) process.exitCode = 1;
} finally {
  await rm(dir, { recursive: true, force: true });
}
