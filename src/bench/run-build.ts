import { runBuild } from '../cli/build-command.js';

/**
 * One measured build in its own process, so peak memory and CPU time belong
 * to that build alone. Prints one JSON line: wall and CPU seconds, peak RSS,
 * and the summed stage timings from the build report.
 */
const [outDir, ...rest] = process.argv.slice(2);
const force = rest.includes('--force');
const started = performance.now();
const cpu = process.cpuUsage();

// Capture the --json report instead of printing it.
let report = '';
const write = process.stdout.write.bind(process.stdout);
process.stdout.write = ((chunk: string | Uint8Array) => {
  report += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
  return true;
}) as typeof process.stdout.write;
const code = await runBuild(['seeds'], { config: 'pipeline.config.ts', out: outDir ?? 'out', json: true, force }, 'bench');
process.stdout.write = write;

const used = process.cpuUsage(cpu);
const parsed = JSON.parse(report) as { episodes: { cached: boolean; timings: Record<string, number>; files: string[] }[] };
const stages: Record<string, number> = {};
for (const e of parsed.episodes) for (const [stage, ms] of Object.entries(e.timings)) stages[stage] = (stages[stage] ?? 0) + ms;
const cards = parsed.episodes.reduce((n, e) => n + e.files.filter((f) => f.endsWith('.png')).length, 0);
process.stdout.write(
  `${JSON.stringify({
    code,
    wall: (performance.now() - started) / 1000,
    cpu: (used.user + used.system) / 1e6,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    built: parsed.episodes.filter((e) => !e.cached).length,
    cached: parsed.episodes.filter((e) => e.cached).length,
    cards,
    stages,
  })}\n`,
);
