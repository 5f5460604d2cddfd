import { parentPort, workerData } from 'node:worker_threads';
import { answerTagging, loadTagger } from '../../text/pos.js';
import { isTaggingRequest } from '../../text/tagging-protocol.js';
import { bundledFaces, sameFaces, type FontFace } from './fonts.js';
import { fitCard, type CardJob } from './render-card.js';
import { useCompiledTemplate } from './template.js';
import { warmUp } from './warm-up.js';

/*
 * A card worker. It starts with the bundled fonts, loads satori and warms it
 * up, then says `ready`. A pool first sends the faces its cards use (kept as
 * they are when they equal the bundled ones, whose parsed form satori has
 * cached), then one message per job, and gets back each card fitted and
 * drawn as SVG. The pool's thread rasterises it: sharp does its work on
 * libvips' own threads whichever thread calls it, and loading sharp (about
 * 0.1 s) and starting libvips there keeps that time off the path to this
 * worker's first card.
 *
 * Started with `tagger: true` (the command line's first card worker), it
 * also tags transcripts, and reads the tagger's model first: a build needs
 * the tags before it has any card (`tagger-thread.ts`).
 */
type Message = { faces: FontFace[] } | { id: number; job: CardJob; template?: string };

// Read when first needed (the warm-up, or the pool's faces): reading and unwrapping the
// bundled fonts (about 30 ms) stays off the way to the tags.
let faces: FontFace[] | undefined;
const current = (): FontFace[] => (faces ??= bundledFaces());
let queue = Promise.resolve();

parentPort?.on('message', (message: unknown) => {
  if (isTaggingRequest(message)) {
    parentPort?.postMessage(answerTagging(message));
    return;
  }
  const card = message as Message;
  if ('faces' in card) {
    const now = current();
    faces = sameFaces(card.faces, now) ? now : card.faces;
    return;
  }
  // One card at a time: interleaved, every card would finish only when the last did, and the
  // pool's thread could rasterise none of them before then.
  if (card.template) useCompiledTemplate(card.job.template, card.template);
  const using = current();
  queue = queue.then(() =>
    fitCard(card.job, using).then(
      (result) => parentPort?.postMessage({ id: card.id, result }),
      (error: unknown) => parentPort?.postMessage({ id: card.id, error: error instanceof Error ? error.message : String(error) }),
    ),
  );
});

if ((workerData as { tagger?: boolean } | null)?.tagger) loadTagger();
// The warm-up waits a turn: a tagging request that came while the model loaded is answered
// first, since the build needs the tags before it has any card. Not awaited at the top
// level: the worker is bundled as a CommonJS script (`launch.ts`). A warm-up that fails
// fails the worker, whose pool then renders in its own thread.
setImmediate(() => void warmUp(current()).then(() => parentPort?.postMessage({ ready: true })));
