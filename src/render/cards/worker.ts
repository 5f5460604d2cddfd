import { parentPort } from 'node:worker_threads';
import { bundledFaces, sameFaces, type FontFace } from './fonts.js';
import { fitCard, type CardJob } from './render-card.js';
import { warmUp } from './warm-up.js';

/*
 * A card worker. It loads satori and warms it up with the bundled fonts,
 * then says `ready`. A pool first sends the faces its cards use (kept as
 * they are when they equal the bundled ones, whose parsed form satori has
 * cached), then one message per job, and gets back each card fitted and
 * drawn as SVG. The pool's thread rasterises it: sharp does its work on
 * libvips' own threads whichever thread calls it.
 */
type Message = { faces: FontFace[] } | { id: number; job: CardJob };

let faces: FontFace[] | undefined;
const current = (): FontFace[] => (faces ??= bundledFaces());
let queue = Promise.resolve();

parentPort?.on('message', (message: Message) => {
  if ('faces' in message) {
    const now = current();
    faces = sameFaces(message.faces, now) ? now : message.faces;
    return;
  }
  // One card at a time: interleaved, every card would finish only when the last did, and the
  // pool's thread could rasterise none of them before then.
  const using = current();
  queue = queue.then(() =>
    fitCard(message.job, using).then(
      (result) => parentPort?.postMessage({ id: message.id, result }),
      (error: unknown) => parentPort?.postMessage({ id: message.id, error: error instanceof Error ? error.message : String(error) }),
    ),
  );
});

// A warm-up that fails fails the worker, whose pool then renders in its own thread.
await warmUp(current());
parentPort?.postMessage({ ready: true });
