import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readUsage } from './usage-line.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = path.join(root, 'dist/bin/castwright.js');
const usage = new URL('./usage.js', import.meta.url).href;

export interface Run {
  code: number;
  wall: number;
  cpu: number;
  maxRssMb: number;
  built: number;
  cached: number;
  cards: number;
  stages: Record<string, number>;
}

/**
 * One build the way a user runs it: the bundled command line in its own
 * process, so wall time includes starting Node and loading modules, and
 * CPU time and peak memory belong to that build alone.
 */
export function measure(dir: string, args: string[] = []): Run {
  const started = performance.now();
  const child = spawnSync(process.execPath, ['--import', usage, bin, 'build', '--json', ...args], {
    cwd: dir,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const wall = (performance.now() - started) / 1000;
  const used = readUsage(child.stderr);
  if (!used) throw new Error(`no usage line from the build in ${dir}: ${child.stderr.slice(-500)}`);
  const report = JSON.parse(child.stdout) as {
    episodes: { cached: boolean; timings: Record<string, number>; files: string[] }[];
  };
  const stages: Record<string, number> = {};
  for (const e of report.episodes)
    for (const [stage, ms] of Object.entries(e.timings)) stages[stage] = (stages[stage] ?? 0) + ms;
  return {
    code: child.status ?? 1,
    wall,
    cpu: used.cpu,
    maxRssMb: used.maxRssMb,
    built: report.episodes.filter((e) => !e.cached).length,
    cached: report.episodes.filter((e) => e.cached).length,
    cards: report.episodes.reduce((n, e) => n + e.files.filter((f) => f.endsWith('.png')).length, 0),
    stages,
  };
}
