import { parentPort } from 'node:worker_threads';
import { answerTagging, loadTagger } from './pos.js';
import { isTaggingRequest } from './tagging-protocol.js';

/*
 * The part-of-speech tagger's own thread, for builds that make no cards. It
 * reads wink-nlp's model as soon as it starts, then tags one transcript per
 * message and replies with the tags.
 */
parentPort?.on('message', (message: unknown) => {
  if (isTaggingRequest(message)) parentPort?.postMessage(answerTagging(message));
});

loadTagger();
