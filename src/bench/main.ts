import { appendFile, rm } from 'node:fs/promises';
import { availableParallelism, cpus, totalmem } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCardBench } from './cards.js';
import { makeCatalogue, makeSeedProject } from './catalogue.js';
import { runContentBench } from './content.js';
import { runParseBench } from './parse.js';
import { measure, type Run } from './measure.js';
import { runScaleBench } from './scale.js';

/**
 * `npm run bench`: stage benchmarks, whole builds of one long transcript at
 * 1, 2, 4 and 8 MB (`BENCH_SKIP_SCALE=1` skips them), then whole-catalogue
 * figures for a cold build, a no-op rebuild and a one-episode change over a
 * synthetic 100-episode catalogue (`BENCH_SKIP_CATALOGUE=1` skips them),
 * each build in its own process. Printed with the machine they came from.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const size = Number(process.env.BENCH_EPISODES ?? 100);

function row(label: string, r: Run): string {
  const stages = Object.entries(r.stages)
    .map(([k, v]) => `${k} ${(v / 1000).toFixed(2)}s`)
    .join(', ');
  const cardsPerSecond =
    r.cards && r.stages['render:cards']
      ? ` | ${(r.cards / (r.stages['render:cards'] / 1000)).toFixed(1)} cards/s of card-stage time`
      : '';
  return `${label.padEnd(22)} wall ${r.wall.toFixed(2)}s | cpu ${r.cpu.toFixed(2)}s | peak RSS ${r.maxRssMb.toFixed(0)} MB | built ${r.built}, unchanged ${r.cached} | cards ${r.cards}${cardsPerSecond}\n${''.padEnd(22)} stage time summed over episodes: ${stages || '(none)'}`;
}

const machine = `${cpus()[0]?.model ?? 'unknown CPU'}, ${availableParallelism()} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
console.log(`castwright bench on ${machine}`);

// Stage benchmarks first, in this process: parse per format, segment + summarise, cards.
if (!process.env.BENCH_SKIP_STAGES) {
  for (const bench of [runParseBench, runContentBench, runCardBench])
    for (const line of await bench()) console.log(line);
}
// Whole builds of one long transcript, 1 to 8 MB: does time grow in step with the input?
if (!process.env.BENCH_SKIP_SCALE) for (const line of await runScaleBench(root)) console.log(line);

if (!process.env.BENCH_SKIP_CATALOGUE) await runCatalogueBench();

/** The catalogue's cold build, no-op rebuild and one-episode change, then the seed's kit. */
async function runCatalogueBench(): Promise<void> {
  const { dir, sources } = await makeCatalogue(root, size);
  console.log(`catalogue: ${size} episodes cycled from ${sources.length} transcripts in ${dir}`);
  try {
    const cold = measure(dir);
    console.log(row('cold build', cold));
    const noop = measure(dir);
    console.log(row('no-op rebuild', noop));
    await appendFile(
      path.join(dir, 'seeds/episode-001.txt'),
      '\n>> One more thing before we go: thanks for listening.\n',
    );
    const one = measure(dir);
    console.log(row('one-episode change', one));
    const seedDir = await makeSeedProject(root);
    // Five cold builds (--force): one process start is at the mercy of the machine's other work.
    const singles = Array.from({ length: 5 }, () => measure(seedDir, ['--force'])).sort((a, b) => a.wall - b.wall);
    const single = singles[2]!;
    console.log(row('seed episode, full kit', single));
    console.log(
      `${''.padEnd(22)} wall over 5 cold builds: min ${singles[0]!.wall.toFixed(2)}s, median ${single.wall.toFixed(2)}s, max ${singles[4]!.wall.toFixed(2)}s`,
    );
    await rm(seedDir, { recursive: true, force: true });
    if ([cold, noop, one, ...singles].some((r) => r.code !== 0)) process.exitCode = 1;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
