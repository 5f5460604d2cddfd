import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ResolvedConfig } from '../config/schema.js';
import { workerFile } from '../paths.js';
import { stopCardWorker } from '../render/cards/early-worker.js';
import { stopTagger } from '../text/tagger-thread.js';
import { buildEpisode } from './episode.js';
import type { PlannedEpisode } from './plan.js';
import type { EpisodeResult } from './types.js';

/** Workers only pay off for several episodes; starting one costs ~100 ms. */
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
  options: { workers?: number } = {},
): AsyncGenerator<EpisodeResult> {
  // Nothing to build (an unchanged catalogue): the threads started with the build have no work.
  if (planned.length === 0) {
    void stopCardWorker();
    void stopTagger();
  }
  const file = workerFile('episode');
  const size = Math.min(options.workers ?? availableParallelism(), planned.length);
  // Under a TypeScript runner the compiled worker does not exist: build in this thread.
  if (size < 2 || planned.length < MIN_EPISODES_FOR_WORKERS || !file) {
    for (const [i, p] of planned.entries()) {
      const result = await buildEpisode(p.input, p.slug, config, selected);
      // The last one is built: the threads started with the build stop now, while its files are written, not at exit.
      if (i === planned.length - 1) void Promise.all([stopCardWorker(), stopTagger()]);
      yield result;
    }
    return;
  }
  // Episode workers render their own cards and tag their own transcripts: threads started for this one would only hold memory.
  await Promise.all([stopCardWorker(), stopTagger()]);

  const queue = planned.map((p, id) => ({ id, ...p }));
  const done: EpisodeResult[] = [];
  const retry: PlannedEpisode[] = [];
  let wake: (() => void) | undefined;
  let failure: unknown;
  const workers = new Set<Worker>();
  const start = (): void => {
    // A heap cap keeps a catalogue build's memory flat: V8 in a worker otherwise grows its heap
    // lazily towards a limit sized to the machine. An episode too large for it reruns here.
    const worker = new Worker(file, { workerData: { config, selected: [...selected] }, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
    let current: PlannedEpisode | undefined;
    const feed = () => {
      const task = queue.shift();
      current = task;
      if (task) worker.postMessage(task);
    };
    worker.on('message', ({ result }: { result: EpisodeResult }) => {
      done.push(result);
      feed();
      wake?.();
    });
    worker.on('error', (error: Error & { code?: string }) => {
      workers.delete(worker);
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY' && current) {
        retry.push(current);
        start();
      } else failure = error;
      wake?.();
    });
    workers.add(worker);
    feed();
  };
  for (let i = 0; i < size; i++) start();
  try {
    for (let received = 0; received < planned.length; ) {
      if (failure) throw failure;
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
    await Promise.all([...workers].map((w) => w.terminate()));
  }
}
