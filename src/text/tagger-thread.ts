import { isMainThread, Worker } from 'node:worker_threads';
import type { Transcript } from '../model/transcript.js';
import { workerFile } from '../paths.js';
import type { PartOfSpeech, TaggingInput } from './pos.js';
import { isTaggingReply, type TaggingRequest } from './tagging-protocol.js';

/*
 * Part-of-speech tagging in another thread, for a build of one or two
 * episodes. Reading the tagger's model takes about 0.2 s and tagging an hour
 * of talk 0.1 s; started with the build, the model is read while this thread
 * loads the build's code and parses, and a transcript is tagged while this
 * thread segments it. The quotes (and so the cards) wait for the tags, so
 * this takes that time off the path to the first card.
 *
 * A build that makes cards tags in its card worker (`tagIn`): it reads the
 * model before loading satori, so the tags come as early as from a thread
 * of their own, and on two cores one thread fewer competes for them while
 * the build starts. Other builds start a tagger thread (`startTagger`).
 * Catalogue builds tag in their episode workers instead, which are busy from
 * the start anyway.
 */

interface Pending {
  resolve: (tags: PartOfSpeech[]) => void;
  reject: (error: Error) => void;
}

interface Tagger {
  worker: Worker;
  /** Started for tagging alone, so stopped with it; else the card worker, which its pool stops. */
  own: boolean;
  pending: Map<number, Pending>;
  detach: () => void;
}

let tagger: Tagger | undefined;
let nextId = 0;

/** Start the tagger's own thread. Does nothing off the main thread or when the compiled worker is missing. */
export function startTagger(): void {
  if (tagger || !isMainThread) return;
  const file = workerFile('tagger');
  if (file) attach(new Worker(file), true);
}

/** Tag in `worker`, a thread started for something else that answers tagging requests (a card worker started with `tagger: true`). */
export function tagIn(worker: Worker): void {
  if (!tagger && isMainThread) attach(worker, false);
}

function attach(worker: Worker, own: boolean): void {
  const pending = new Map<number, Pending>();
  const fail = (error: Error) => {
    if (tagger?.worker === worker) tagger = undefined;
    for (const p of pending.values()) p.reject(error);
    pending.clear();
  };
  const onMessage = (reply: unknown) => {
    if (!isTaggingReply(reply)) return;
    const p = pending.get(reply.tagged);
    pending.delete(reply.tagged);
    if ('tags' in reply) p?.resolve(reply.tags);
    else p?.reject(new Error(reply.error));
  };
  const onError = (error: Error) => fail(error);
  const onExit = () => fail(new Error('the tagging thread stopped'));
  worker.on('message', onMessage);
  worker.on('error', onError);
  worker.on('exit', onExit);
  // Listening refs a worker; the tagger never keeps the process alive by it (a request holds a timer instead).
  worker.unref();
  const detach = () => {
    worker.off('message', onMessage);
    worker.off('error', onError);
    worker.off('exit', onExit);
  };
  tagger = { worker, own, pending, detach };
}

/**
 * The transcript's word tags from the tagging thread, or undefined when
 * there is none (the caller then tags in its own thread, with the same code
 * and the same result).
 */
export function tagInThread(t: Transcript): Promise<PartOfSpeech[]> | undefined {
  if (!tagger) return undefined;
  const { worker, pending } = tagger;
  const id = nextId++;
  const input: TaggingInput = {
    text: t.text,
    turns: t.turns.map(({ start, end, firstWord, endWord }) => ({ start, end, firstWord, endWord })),
    words: t.words.map(({ start, end }) => ({ start, end })),
  };
  // The worker's ref belongs to whoever else uses it (a card pool): a timer keeps this process waiting for the reply.
  const waiting = setInterval(() => undefined, 60_000);
  return new Promise<PartOfSpeech[]>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    worker.postMessage({ tag: id, input } satisfies TaggingRequest);
  }).finally(() => clearInterval(waiting));
}

/** Stop tagging in another thread: the build tags wherever it builds its episodes. A card worker is left to its pool. */
export async function stopTagger(): Promise<void> {
  const current = tagger;
  tagger = undefined;
  if (!current) return;
  current.detach();
  for (const p of current.pending.values()) p.reject(new Error('tagging stopped'));
  if (current.own) await current.worker.terminate();
}
