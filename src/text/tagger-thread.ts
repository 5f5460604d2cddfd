import { isMainThread, Worker } from 'node:worker_threads';
import type { Transcript } from '../model/transcript.js';
import { workerFile } from '../paths.js';
import type { PartOfSpeech, TaggingInput } from './pos.js';

/*
 * Part-of-speech tagging in a thread of its own, for a build of one or two
 * episodes. Reading the tagger's model takes about 0.3 s and tagging an hour
 * of talk 0.1 s; started with the build, the model is read while this thread
 * loads the build's code and parses, and a transcript is tagged while this
 * thread segments it. The quotes (and so the cards) wait for the tags, so
 * this takes that time off the path to the first card. Catalogue builds tag
 * in their episode workers instead, which are busy from the start anyway.
 */

interface Pending {
  resolve: (tags: PartOfSpeech[]) => void;
  reject: (error: Error) => void;
}

let started: { worker: Worker; pending: Map<number, Pending> } | undefined;
let nextId = 0;

/** Start the tagger's thread. Does nothing off the main thread or when the compiled worker is missing. */
export function startTagger(): void {
  if (started || !isMainThread) return;
  const file = workerFile('tagger');
  if (!file) return;
  const worker = new Worker(file);
  const pending = new Map<number, Pending>();
  const fail = (error: Error) => {
    if (started?.worker === worker) started = undefined;
    for (const p of pending.values()) p.reject(error);
    pending.clear();
  };
  worker.on('message', (reply: { id: number; tags?: PartOfSpeech[]; error?: string }) => {
    const p = pending.get(reply.id);
    pending.delete(reply.id);
    if (pending.size === 0) worker.unref();
    if (reply.tags) p?.resolve(reply.tags);
    else p?.reject(new Error(reply.error ?? 'the tagger thread failed'));
  });
  worker.on('error', fail);
  worker.on('exit', () => fail(new Error('the tagger thread stopped')));
  // Idle, it must not keep the process alive (after the listeners: a 'message' listener refs it again).
  worker.unref();
  started = { worker, pending };
}

/**
 * The transcript's word tags from the tagger's thread, or undefined when no
 * thread was started (the caller then tags in its own thread, with the same
 * code and the same result).
 */
export function tagInThread(t: Transcript): Promise<PartOfSpeech[]> | undefined {
  if (!started) return undefined;
  const { worker, pending } = started;
  const id = nextId++;
  const input: TaggingInput = {
    text: t.text,
    turns: t.turns.map(({ start, end, firstWord, endWord }) => ({ start, end, firstWord, endWord })),
    words: t.words.map(({ start, end }) => ({ start, end })),
  };
  return new Promise<PartOfSpeech[]>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    worker.ref();
    worker.postMessage({ id, input });
  });
}

/** Stop the tagger's thread: the build tags wherever it builds its episodes. */
export async function stopTagger(): Promise<void> {
  const running = started;
  started = undefined;
  await running?.worker.terminate();
}
