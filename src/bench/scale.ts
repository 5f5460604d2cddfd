import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { measure, type Run } from './measure.js';
import { makeParseSample } from './parse.js';

/** Transcript sizes in MB; each doubles the one before. `BENCH_SCALE_MB` changes them ("1,2,4,8,16"). */
const SIZES = (process.env.BENCH_SCALE_MB ?? '1,2,4,8').split(',').map(Number);
/** Builds per size, the median kept: one build is at the mercy of the machine's other work. */
const RUNS = Number(process.env.BENCH_SCALE_RUNS ?? 3);
/** A doubling of the input may cost at most this much more time. */
const MAX_DOUBLING = 2.2;
const WORDS_PER_HOUR = 9000;
/** `cards` apart from the other artifacts (`render`): their number, not the transcript's length, sets their cost. */
const STAGES = ['parse', 'segment', 'summarise', 'cards', 'render'] as const;

type Stage = (typeof STAGES)[number];

/** Seconds per stage of one build; `render` sums every artifact (`render:*`) but the cards. */
function stageSeconds(run: Run): Record<Stage, number> {
  const out = { parse: 0, segment: 0, summarise: 0, cards: 0, render: 0 };
  for (const [name, ms] of Object.entries(run.stages)) {
    const stage = name === 'render:cards' ? 'cards' : name.startsWith('render:') ? 'render' : name;
    if (stage in out) out[stage as Stage] += ms / 1000;
  }
  return out;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * Whole builds (`castwright build --force`, every artifact, in its own
 * process) of one long transcript at each size: the seed's turns, speakers
 * alternating, repeated in plain `>>` form, like a season in one file.
 * Returns lines with each size's time per stage, CPU time and peak
 * memory, then how much each doubling multiplied the time.
 */
export async function runScaleBench(root: string): Promise<string[]> {
  const seedText = await readFile(path.join(root, 'seeds/mad-podcast-lukasz-kaiser.txt'), 'utf8');
  const bytesPerWord = Buffer.byteLength(makeParseSample(seedText, 'plain', WORDS_PER_HOUR)) / WORDS_PER_HOUR;
  const lines = [`scale: one long transcript per size, whole build (--force), median of ${RUNS} builds`];
  const rows: { mb: number; wall: number; cpu: number; rss: number; stages: Record<Stage, number> }[] = [];
  for (const mb of SIZES) {
    const dir = await mkdtemp(path.join(tmpdir(), 'castwright-scale-'));
    try {
      await mkdir(path.join(dir, 'seeds'));
      const text = makeParseSample(seedText, 'plain', Math.round((mb * 2 ** 20) / bytesPerWord));
      await writeFile(path.join(dir, 'seeds/season.txt'), text);
      await copyFile(path.join(root, 'pipeline.config.ts'), path.join(dir, 'pipeline.config.ts'));
      const runs = Array.from({ length: RUNS }, () => measure(dir, ['--force']));
      if (runs.some((r) => r.code !== 0)) throw new Error(`the ${mb} MB build failed`);
      const stages = runs.map(stageSeconds);
      rows.push({
        mb,
        wall: median(runs.map((r) => r.wall)),
        cpu: median(runs.map((r) => r.cpu)),
        rss: Math.max(...runs.map((r) => r.maxRssMb)),
        stages: Object.fromEntries(STAGES.map((s) => [s, median(stages.map((x) => x[s]))])) as Record<Stage, number>,
      });
      const row = rows.at(-1)!;
      lines.push(
        `  ${`${mb} MB`.padStart(6)} wall ${row.wall.toFixed(1)}s | cpu ${row.cpu.toFixed(1)}s | peak RSS ${row.rss.toFixed(0)} MB | ${STAGES.map((s) => `${s} ${row.stages[s].toFixed(2)}s`).join(', ')}`,
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  for (let i = 1; i < rows.length; i++) {
    const [a, b] = [rows[i - 1]!, rows[i]!];
    // CPU time first: on a machine shared with other work it is the figure that work leaves alone.
    const ratios = [
      ['cpu', b.cpu / a.cpu] as const,
      ['wall', b.wall / a.wall] as const,
      ...STAGES.map((s) => [s, b.stages[s] / a.stages[s]] as const),
    ];
    const over = ratios.filter(([, r]) => r > MAX_DOUBLING).map(([name]) => name);
    lines.push(
      `  ${a.mb} → ${b.mb} MB: ${ratios.map(([name, r]) => `${name} ×${r.toFixed(2)}`).join(', ')}${over.length ? `  OVER ×${MAX_DOUBLING}: ${over.join(', ')}` : ''}`,
    );
  }
  return lines;
}
