import { parentPort } from 'node:worker_threads';
import { bundledFaces, sameFaces, type FontFace } from './fonts.js';
import { renderCard, type CardJob } from './render-card.js';
import { warmUp } from './warm-up.js';

/*
 * A card worker. It starts with the bundled fonts, loads satori and sharp and
 * warms them up, then says `ready`. A pool first sends the faces its cards
 * use (kept as they are when they equal the bundled ones, whose parsed form
 * satori has cached), then one message per job. Results carry the PNG
 * buffer as a transferable, so no copy.
 */
type Message = { faces: FontFace[] } | { id: number; job: CardJob };

let faces = bundledFaces();

parentPort?.on('message', (message: Message) => {
  if ('faces' in message) {
    faces = sameFaces(message.faces, faces) ? faces : message.faces;
    return;
  }
  renderCard(message.job, faces).then(
    (result) => parentPort?.postMessage({ id: message.id, result }, [result.png.buffer as ArrayBuffer]),
    (error: unknown) => parentPort?.postMessage({ id: message.id, error: error instanceof Error ? error.message : String(error) }),
  );
});

await warmUp(faces);
parentPort?.postMessage({ ready: true });
