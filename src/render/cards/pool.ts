import { availableParallelism } from 'node:os';
import { isMainThread, Worker } from 'node:worker_threads';
import { workerFile } from '../../paths.js';
import { borrowCardWorker, returnCardWorker } from './early-worker.js';
import type { FontFace } from './fonts.js';
import { drawn, renderCard, type CardJob, type CardResult, type LaidOutCard } from './render-card.js';
import { loadSharp } from './engines.js';
import { compileCardTemplate } from './template.js';

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

/** Cards a thread keeps in flight: one being laid out while others are rasterised (in this thread, on libvips' threads). */
const IN_FLIGHT = 3;

/**
 * Render cards on `threads` cores (default: all): this thread plus
 * `threads - 1` workers sharing one queue. This thread starts at once; a
 * worker takes jobs only after it has loaded satori (about a second on a
 * busy machine), so a pool is never much slower than one thread, and a few
 * cards never wait for workers to start. A card worker started early
 * (`startCardWorker`, as the command line does) is one of the workers; with
 * too few cards for more threads it takes them all, and this thread is free
 * to render the other artifacts meanwhile. Workers lay cards out and this
 * thread rasterises them (sharp works on libvips' threads, not this one).
 * When the compiled worker is missing (running from TypeScript sources, as
 * the tests do), or inside a worker (a build of several episodes already
 * runs one per core), everything runs in this thread: same code, same
 * bytes. `thisThread: false` leaves all jobs to the workers (tests use it
 * to exercise them).
 */
export function createCardPool(faces: FontFace[], options: { threads?: number; jobs?: number; thisThread?: boolean } = {}): CardPool {
  const threads = Math.max(1, Math.min(options.threads ?? availableParallelism(), options.jobs ?? Number.POSITIVE_INFINITY));
  const file = workerFile('card');
  const jobs = options.jobs ?? Number.POSITIVE_INFINITY;
  // An explicit `threads` is obeyed whatever the number of jobs (the benchmark measures the pool that way).
  const enough = options.threads !== undefined || jobs >= MIN_JOBS_FOR_WORKERS;
  const lent = options.threads === 1 ? undefined : borrowCardWorker();
  const spawned = threads > 1 && enough && isMainThread && file ? threads - 1 - (lent ? 1 : 0) : 0;
  const thisThread = options.thisThread ?? !(lent && !enough);
  // Workers send their cards as SVG for this thread to rasterise: sharp loads now, before the first arrives.
  if (lent || spawned > 0) void loadSharp();

  const queue: Task[] = [];
  const running = new Map<number, { task: Task; worker: Worker }>();
  // One entry per job a worker can take now: IN_FLIGHT when it is ready, one more per reply.
  const slots: Worker[] = [];
  const workers: Worker[] = [];
  let alive = spawned + (lent ? 1 : 0);
  let lentAlive = lent !== undefined;
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
      // With its template compiled here: the worker runs it instead of compiling it before its first card.
      worker.postMessage({ id: task.id, job: task.job, template: compileCardTemplate(task.job.template) });
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

  // Several jobs per worker, so it always has the next card to lay out when it sends one. A
  // worker working alone gets them all: this thread, busy with the other artifacts, may not
  // read its replies (and hand it the next jobs) for a tenth of a second at a time.
  const depth = lent && !thisThread && spawned === 0 && Number.isFinite(jobs) ? Math.max(IN_FLIGHT, jobs) : IN_FLIGHT;
  const opened = (worker: Worker) => {
    for (let i = 0; i < depth; i++) slots.push(worker);
  };
  const onMessage = (worker: Worker) => (reply: { ready: true } | { id: number; result: LaidOutCard } | { id: number; error: string } | { tagged: number }) => {
    // A card worker that also tags answers the tagger on the same channel: not for this pool.
    if ('tagged' in reply) return;
    if ('id' in reply) {
      const task = running.get(reply.id)?.task;
      running.delete(reply.id);
      workerJobs++;
      if ('error' in reply) task?.reject(new Error(reply.error));
      // Rasterised here: sharp's work runs on libvips' threads, not on this one.
      else drawn(reply.result).then((card) => task?.resolve(card), (error: Error) => task?.reject(error));
      slots.push(worker);
    } else if (worker !== lent?.worker) {
      // A lent worker's readiness comes through `lent.ready`: it may have said so before it was lent.
      opened(worker);
    }
    pump();
  };
  const onError = (worker: Worker) => (): void => {
    // A dead worker's jobs go back to the queue; the others (or this thread) take them.
    alive--;
    if (worker === lent?.worker) lentAlive = false;
    for (let i = slots.length - 1; i >= 0; i--) if (slots[i] === worker) slots.splice(i, 1);
    for (const [id, run] of running) {
      if (run.worker !== worker) continue;
      running.delete(id);
      queue.unshift(run.task);
    }
    pump();
  };

  const listeners = lent ? { message: onMessage(lent.worker), error: onError(lent.worker) } : undefined;
  if (lent && listeners) {
    lent.worker.postMessage({ faces });
    lent.worker.on('message', listeners.message);
    lent.worker.on('error', listeners.error);
    // Working alone, it gets its jobs at once, even while it is still warming up: it picks
    // them up as soon as it can, whereas a reply to this thread waits until this thread is free.
    if (!thisThread) opened(lent.worker);
    lent.ready.then(
      () => {
        if (thisThread) opened(lent.worker);
        pump();
      },
      // It never started: the cards go to the other workers or this thread.
      () => {
        if (lentAlive) onError(lent.worker)();
      },
    );
  }
  for (let i = 0; i < spawned; i++) {
    const worker = new Worker(file!);
    worker.postMessage({ faces });
    worker.on('message', onMessage(worker));
    worker.on('error', onError(worker));
    workers.push(worker);
  }

  return {
    workers: spawned + (lent ? 1 : 0),
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
      if (lent && listeners) {
        lent.worker.off('message', listeners.message);
        lent.worker.off('error', listeners.error);
        if (lentAlive) returnCardWorker(lent);
      }
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
