import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ResolvedConfig } from '../config/schema.js';
import { workerFile } from '../paths.js';
import { buildEpisode } from './episode.js';
import type { PlannedEpisode } from './plan.js';
import type { EpisodeResult } from './types.js';
import { workerFailureCode, workerFailureReason } from './worker-failure.js';

/** Workers only pay off for several episodes: one or two build faster in this thread (see docs/performance.md). */
const MIN_EPISODES_FOR_WORKERS = 3;

/** Old-generation heap per episode worker: a one-hour episode with cards needs well under this. */
const WORKER_HEAP_MB = 192;

/**
 * Build planned episodes, yielding each result as it completes. Several
 * episodes run in worker threads sized to the cores; one or two run in this
 * thread. Order of results is completion order; callers sort where order
 * matters.
 */
export async function* runEpisodes(
  planned: readonly PlannedEpisode[],
  config: ResolvedConfig,
  selected: ReadonlySet<string>,
  options: { workers?: number; workerFile?: string } = {},
): AsyncGenerator<EpisodeResult> {
  // `workerFile` lets tests run the pool with a worker that dies in a chosen way.
  const file = options.workerFile ?? workerFile('episode');
  const size = Math.min(options.workers ?? availableParallelism(), planned.length);
  // Under a TypeScript runner the compiled worker does not exist: build in this thread.
  if (size < 2 || planned.length < MIN_EPISODES_FOR_WORKERS || !file) {
    for (const p of planned) yield await buildEpisode(p.input, p.slug, config, selected);
    return;
  }

  const queue = planned.map((p, id) => ({ id, ...p }));
  const done: EpisodeResult[] = [];
  const retry: PlannedEpisode[] = [];
  let wake: (() => void) | undefined;
  let closing = false;
  const workers = new Set<Worker>();
  const start = (): void => {
    // A heap cap keeps a catalogue build's memory flat: V8 in a worker otherwise grows its heap
    // lazily towards a limit sized to the machine. An episode too large for it reruns here.
    const worker = new Worker(file, {
      workerData: { config, selected: [...selected] },
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    });
    let current: PlannedEpisode | undefined;
    const feed = () => {
      const task = queue.shift();
      current = task;
      if (task) worker.postMessage(task);
    };
    // A worker that dies takes only its episode with it: that episode fails with the reason, a new worker takes the rest.
    // An idle one (no episode left to give it) is simply gone.
    // Whatever the worker threw arrives as it was thrown: not always an Error.
    const lost = (error: unknown) => {
      if (!workers.delete(worker) || closing) return;
      if (workerFailureCode(error) === 'ERR_WORKER_OUT_OF_MEMORY' && current) retry.push(current);
      else if (current)
        done.push({
          input: current.input,
          slug: current.slug,
          ok: false,
          error: `${current.input}: ${workerFailureReason(error)}`,
          files: [],
          warnings: [],
          timings: {},
        });
      if (current && queue.length > 0) start();
      wake?.();
    };
    worker.on('message', ({ result }: { result: EpisodeResult }) => {
      done.push(result);
      feed();
      wake?.();
    });
    worker.on('error', lost);
    worker.on('exit', (code) => lost(new Error(`the episode worker stopped (exit code ${code})`)));
    workers.add(worker);
    feed();
  };
  for (let i = 0; i < size; i++) start();
  try {
    for (let received = 0; received < planned.length;) {
      const next = done.shift();
      if (next) {
        received++;
        yield next;
        continue;
      }
      const big = retry.shift();
      if (big) {
        received++;
        yield await buildEpisode(big.input, big.slug, config, selected);
        continue;
      }
      await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    closing = true;
    await Promise.all([...workers].map((w) => w.terminate()));
  }
}
