import { parentPort, workerData } from 'node:worker_threads';
import type { FontFace } from './fonts.js';
import { renderCard, type CardJob } from './render-card.js';

/*
 * A card worker: fonts arrive once with `workerData`; it says `ready` once
 * satori and sharp are loaded, then each message is one job. Results carry
 * the PNG buffer as a transferable, so no copy.
 */
const faces = (workerData as { faces: FontFace[] }).faces;

parentPort?.on('message', (message: { id: number; job: CardJob }) => {
  renderCard(message.job, faces).then(
    (result) => parentPort?.postMessage({ id: message.id, result }, [result.png.buffer as ArrayBuffer]),
    (error: unknown) => parentPort?.postMessage({ id: message.id, error: error instanceof Error ? error.message : String(error) }),
  );
});
parentPort?.postMessage({ ready: true });
