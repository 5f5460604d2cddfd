import { parentPort, workerData } from 'node:worker_threads';
import { loadTagger } from '../../text/pos.js';
import { answerTagging, isTaggingRequest } from '../../text/tagging-protocol.js';
import { bundledFaces, sameFaces, type FontFace } from './fonts.js';
import { renderCard, type CardJob } from './render-card.js';
import { warmUp } from './warm-up.js';

/*
 * A card worker. It starts with the bundled fonts, loads satori and sharp and
 * warms them up, then says `ready`. A pool first sends the faces its cards
 * use (kept as they are when they equal the bundled ones, whose parsed form
 * satori has cached), then one message per job. Results carry the PNG
 * buffer as a transferable, so no copy.
 *
 * Started with `tagger: true` (the command line's first card worker), it
 * also tags transcripts, and reads the tagger's model first: a build needs
 * the tags before it has any card (`tagger-thread.ts`).
 */
type Message = { faces: FontFace[] } | { id: number; job: CardJob };

let faces = bundledFaces();

parentPort?.on('message', (message: unknown) => {
  if (isTaggingRequest(message)) {
    parentPort?.postMessage(answerTagging(message));
    return;
  }
  const card = message as Message;
  if ('faces' in card) {
    faces = sameFaces(card.faces, faces) ? faces : card.faces;
    return;
  }
  renderCard(card.job, faces).then(
    (result) => parentPort?.postMessage({ id: card.id, result }, [result.png.buffer as ArrayBuffer]),
    (error: unknown) => parentPort?.postMessage({ id: card.id, error: error instanceof Error ? error.message : String(error) }),
  );
});

if ((workerData as { tagger?: boolean } | null)?.tagger) loadTagger();
await warmUp(faces);
parentPort?.postMessage({ ready: true });
