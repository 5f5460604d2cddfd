import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { isMainThread, Worker } from 'node:worker_threads';
import type { FontFace } from './fonts.js';
import { renderCard, type CardJob, type CardResult } from './render-card.js';

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
 * A worker pays for loading satori and parsing the fonts (0.3–2 s, depending
 * on how busy the machine is) before its first card: below this many cards
 * it cannot win that back.
 */
const MIN_JOBS_FOR_WORKERS = 24;

/** Cards this thread keeps in flight: one being laid out while others are rasterised. */
const IN_FLIGHT = 3;

/**
 * Render cards on `threads` cores (default: all): this thread plus
 * `threads - 1` workers sharing one queue. This thread starts at once; a
 * worker takes jobs only after it has loaded satori (about a second on a
 * busy machine), so a pool is never much slower than one thread, and a few
 * cards never wait for workers to start. When the compiled worker is not
 * beside this module (running from TypeScript sources, as the tests do), or
 * inside a worker (a build of several episodes already runs one per core),
 * everything runs in this thread: same code, same bytes. `thisThread:
 * false` leaves all jobs to the workers (tests use it to exercise them).
 */
export function createCardPool(faces: FontFace[], options: { threads?: number; jobs?: number; thisThread?: boolean } = {}): CardPool {
  const threads = Math.max(1, Math.min(options.threads ?? availableParallelism(), options.jobs ?? Number.POSITIVE_INFINITY));
  const workerFile = fileURLToPath(new URL('./worker.js', import.meta.url));
  const jobs = options.jobs ?? Number.POSITIVE_INFINITY;
  // An explicit `threads` is obeyed whatever the number of jobs (the benchmark measures the pool that way).
  const enough = options.threads !== undefined || jobs >= MIN_JOBS_FOR_WORKERS;
  const workerCount = threads > 1 && enough && isMainThread && existsSync(workerFile) ? threads - 1 : 0;

  const queue: Task[] = [];
  const running = new Map<number, Task>();
  const ready: Worker[] = [];
  const workers: Worker[] = [];
  let nextId = 0;
  let workerJobs = 0;
  // Cards in flight in this thread. More than one: while sharp rasterises a card on libuv's
  // thread pool, this thread lays out the next with satori, so two cores work even without workers.
  let here = 0;

  const pump = (): void => {
    while (ready.length > 0 && queue.length > 0) {
      const task = queue.shift()!;
      running.set(task.id, task);
      ready.pop()!.postMessage({ id: task.id, job: task.job });
    }
    while (here < IN_FLIGHT && queue.length > 0 && (options.thisThread !== false || workerCount === 0)) {
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

  for (let i = 0; i < workerCount; i++) {
    const worker = new Worker(workerFile, { workerData: { faces } });
    worker.on('message', (reply: { ready: true } | { id: number; result: CardResult } | { id: number; error: string }) => {
      if ('id' in reply) {
        const task = running.get(reply.id);
        running.delete(reply.id);
        workerJobs++;
        if ('error' in reply) task?.reject(new Error(reply.error));
        else task?.resolve({ ...reply.result, png: new Uint8Array(reply.result.png) });
      }
      ready.push(worker);
      pump();
    });
    worker.on('error', () => {
      // A dead worker's jobs go back to the queue; the others (or this thread) take them.
      for (const [id, task] of running) {
        running.delete(id);
        queue.unshift(task);
      }
      pump();
    });
    workers.push(worker);
  }

  return {
    workers: workerCount,
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
