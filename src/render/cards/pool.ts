import { availableParallelism } from 'node:os';
import { isMainThread, Worker } from 'node:worker_threads';
import { workerFile } from '../../paths.js';
import type { FontFace } from './fonts.js';
import { drawn, renderCard, type CardJob, type CardResult, type LaidOutCard } from './render-card.js';
import { loadSharp } from './engines.js';

/** Renders cards, in worker threads and in this thread. */
export interface CardPool {
  /** Worker threads started besides this thread. */
  readonly workers: number;
  /** Jobs finished by workers so far (the rest ran in this thread). */
  readonly workerJobs: number;
  render(job: CardJob): Promise<CardResult>;
  close(): Promise<void>;
}

interface Task {
  id: number;
  job: CardJob;
  resolve: (result: CardResult) => void;
  reject: (error: Error) => void;
}

/**
 * A worker loads satori and parses the fonts before its first card: below
 * this many cards it cannot win that back, and the cards render in this
 * thread (see docs/performance.md).
 */
const MIN_JOBS_FOR_WORKERS = 24;

/** Cards a thread keeps in flight: one being laid out while others are rasterised (in this thread, on libvips' threads). */
const IN_FLIGHT = 3;

/**
 * Render cards on `threads` cores (default: all): this thread plus
 * `threads - 1` workers sharing one queue. This thread starts at once; a
 * worker takes jobs only once it has loaded satori, so a pool is never much
 * slower than one thread. Workers lay cards out and this thread rasterises
 * them (sharp works on libvips' threads, not this one). When the compiled
 * worker is missing (running from the TypeScript sources, as the tests do),
 * or inside a worker (a build of several episodes already runs one per
 * core), everything runs in this thread: same code, same bytes.
 * `thisThread: false` leaves all jobs to the workers (tests use it to
 * exercise them). Whoever creates a pool closes it.
 */
export function createCardPool(faces: FontFace[], options: { threads?: number; jobs?: number; thisThread?: boolean } = {}): CardPool {
  const threads = Math.max(1, Math.min(options.threads ?? availableParallelism(), options.jobs ?? Number.POSITIVE_INFINITY));
  const file = workerFile('card');
  const jobs = options.jobs ?? Number.POSITIVE_INFINITY;
  // An explicit `threads` is obeyed whatever the number of jobs (the benchmark measures the pool that way).
  const enough = options.threads !== undefined || jobs >= MIN_JOBS_FOR_WORKERS;
  const spawned = threads > 1 && enough && isMainThread && file ? threads - 1 : 0;
  const thisThread = options.thisThread ?? true;
  // Workers send their cards as SVG for this thread to rasterise: sharp loads now, before the first arrives.
  if (spawned > 0) void loadSharp();

  const queue: Task[] = [];
  const running = new Map<number, { task: Task; worker: Worker }>();
  // One entry per job a worker can take now: IN_FLIGHT when it is ready, one more per reply.
  const slots: Worker[] = [];
  const workers: Worker[] = [];
  let alive = spawned;
  let nextId = 0;
  let workerJobs = 0;
  // Cards in flight in this thread. More than one: while sharp rasterises a card on libuv's
  // thread pool, this thread lays out the next with satori, so two cores work even without workers.
  let here = 0;

  const pump = (): void => {
    while (slots.length > 0 && queue.length > 0) {
      const task = queue.shift()!;
      const worker = slots.shift()!;
      running.set(task.id, { task, worker });
      worker.postMessage({ id: task.id, job: task.job });
    }
    while (here < IN_FLIGHT && queue.length > 0 && (thisThread || alive === 0)) {
      const task = queue.shift()!;
      here++;
      renderCard(task.job, faces)
        .then(task.resolve, task.reject)
        .finally(() => {
          here--;
          pump();
        });
    }
  };

  const onMessage = (worker: Worker) => (reply: { ready: true } | { id: number; result: LaidOutCard } | { id: number; error: string }) => {
    if ('id' in reply) {
      const task = running.get(reply.id)?.task;
      running.delete(reply.id);
      workerJobs++;
      if ('error' in reply) task?.reject(new Error(reply.error));
      // Rasterised here: sharp's work runs on libvips' threads, not on this one.
      else drawn(reply.result).then((card) => task?.resolve(card), (error: Error) => task?.reject(error));
      slots.push(worker);
    } else {
      for (let i = 0; i < IN_FLIGHT; i++) slots.push(worker);
    }
    pump();
  };
  const onError = (worker: Worker) => (): void => {
    // A dead worker's jobs go back to the queue; the others (or this thread) take them.
    alive--;
    for (let i = slots.length - 1; i >= 0; i--) if (slots[i] === worker) slots.splice(i, 1);
    for (const [id, run] of running) {
      if (run.worker !== worker) continue;
      running.delete(id);
      queue.unshift(run.task);
    }
    pump();
  };

  for (let i = 0; i < spawned; i++) {
    const worker = new Worker(file!);
    worker.postMessage({ faces });
    worker.on('message', onMessage(worker));
    worker.on('error', onError(worker));
    workers.push(worker);
  }

  return {
    workers: spawned,
    get workerJobs() {
      return workerJobs;
    },
    render(job) {
      return new Promise((resolve, reject) => {
        queue.push({ id: nextId++, job, resolve, reject });
        pump();
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
