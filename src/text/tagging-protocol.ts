import type { PartOfSpeech, TaggingInput } from './pos.js';

/*
 * What a thread that tags says and hears: the tagger's own thread, or the
 * card worker a one-episode build starts, which tags too (see
 * `tagger-thread.ts`). Replies carry `tagged`, never `id`, so a card pool
 * listening to the same worker does not take them for its jobs.
 */

export interface TaggingRequest {
  tag: number;
  input: TaggingInput;
}

export type TaggingReply = { tagged: number; tags: PartOfSpeech[] } | { tagged: number; error: string };

export function isTaggingRequest(message: unknown): message is TaggingRequest {
  return typeof message === 'object' && message !== null && 'tag' in message && 'input' in message;
}

export function isTaggingReply(message: unknown): message is TaggingReply {
  return typeof message === 'object' && message !== null && 'tagged' in message;
}
