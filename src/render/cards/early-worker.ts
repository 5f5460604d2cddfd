import { isMainThread, Worker } from 'node:worker_threads';
import { workerFile } from '../../paths.js';

/** A card worker and the moment it has loaded satori, sharp and the fonts. */
export interface StartedWorker {
  worker: Worker;
  ready: Promise<void>;
}

let started: StartedWorker | undefined;

/**
 * Start a card worker before any card is known. Loading satori and sharp,
 * parsing the fonts and warming the layout code take the worker about half
 * a second; started when a build begins, that happens on the second core
 * while this thread loads the config and parses, segments and summarises
 * the transcript, and the cards then render while this thread renders the
 * other artifacts. With `tagger: true` it first reads the part-of-speech
 * tagger's model and then tags the build's transcripts (`tagIn`). Returns
 * the worker; does nothing off the main thread or when the compiled worker
 * is missing (running from the TypeScript sources).
 */
export function startCardWorker(options: { tagger?: boolean } = {}): Worker | undefined {
  if (started || !isMainThread) return started?.worker;
  const file = workerFile('card');
  if (!file) return undefined;
  const worker = new Worker(file, { workerData: { tagger: options.tagger ?? false } });
  const ready = new Promise<void>((resolve, reject) => {
    const onMessage = (message: { ready?: true }) => {
      if (!message.ready) return;
      worker.off('message', onMessage);
      resolve();
    };
    worker.on('message', onMessage);
    worker.once('error', reject);
  });
  // Idle, it must not keep the process alive: a build that makes no cards (nothing changed)
  // simply ends. After the listeners: adding a 'message' listener refs the worker again.
  worker.unref();
  // A worker that fails to start only means the cards render in this thread.
  ready.catch(() => {
    if (started?.worker === worker) started = undefined;
  });
  started = { worker, ready };
  return worker;
}

/** The started card worker, if any, for a pool to use; give it back with `returnCardWorker`. */
export function borrowCardWorker(): StartedWorker | undefined {
  const lent = started;
  started = undefined;
  lent?.worker.ref();
  return lent;
}

/** A borrowed worker goes back, idle, for the next episode built in this thread. */
export function returnCardWorker(lent: StartedWorker): void {
  lent.worker.unref();
  if (started) void lent.worker.terminate();
  else started = lent;
}

/** Stop the started worker: the build renders no cards in this thread. */
export async function stopCardWorker(): Promise<void> {
  const lent = started;
  started = undefined;
  await lent?.worker.terminate();
}
