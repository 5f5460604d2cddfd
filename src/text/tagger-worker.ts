import { parentPort } from 'node:worker_threads';
import { loadTagger, tagWords, type TaggingInput } from './pos.js';

/*
 * The part-of-speech tagger's thread. It reads wink-nlp's model as soon as it
 * starts, then tags one transcript per message and replies with the tags.
 */
parentPort?.on('message', (message: { id: number; input: TaggingInput }) => {
  try {
    parentPort?.postMessage({ id: message.id, tags: tagWords(message.input) });
  } catch (error) {
    parentPort?.postMessage({ id: message.id, error: error instanceof Error ? error.message : String(error) });
  }
});

loadTagger();
