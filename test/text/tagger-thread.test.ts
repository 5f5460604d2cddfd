import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Transcript } from '../../src/model/transcript.js';
import { parse } from '../../src/parse/index.js';
import { tagWords } from '../../src/text/pos.js';
import type * as EarlyWorker from '../../src/render/cards/early-worker.js';
import type * as TaggerThread from '../../src/text/tagger-thread.js';
import { root, seed } from '../helpers/build.js';

// The tagger's thread needs the compiled worker: this runs against dist/ (`npm test` compiles first).
const compiled = path.join(root, 'dist/text/tagger-thread.js');

function seedTranscript(): Transcript {
  return parse(seed, readFileSync(seed), { people: { hosts: [], guests: [] }, wordsPerMinute: 150 }).transcript;
}

describe.skipIf(!existsSync(compiled))("the tagger's thread", () => {
  it("tags a transcript as this thread does, word for word", async () => {
    const thread = (await import(pathToFileURL(compiled).href)) as typeof TaggerThread;
    const t = seedTranscript();
    thread.startTagger();
    try {
      const fromThread = await thread.tagInThread(t);
      expect(fromThread).toBeDefined();
      const here = tagWords(t);
      expect(fromThread).toEqual(here);
      // Real tags, not the placeholder every word starts with.
      expect(here.filter((tag) => tag === 'NOUN').length).toBeGreaterThan(t.words.length / 10);
      expect(here.filter((tag) => tag === 'X').length).toBeLessThan(t.words.length / 50);
    } finally {
      await thread.stopTagger();
    }
  });

  it('tags in the card worker started with the tagger, which then still renders cards', async () => {
    const thread = (await import(pathToFileURL(compiled).href)) as typeof TaggerThread;
    const early = (await import(pathToFileURL(path.join(root, 'dist/render/cards/early-worker.js')).href)) as typeof EarlyWorker;
    const t = seedTranscript();
    const worker = early.startCardWorker({ tagger: true });
    expect(worker).toBeDefined();
    thread.tagIn(worker!);
    try {
      expect(await thread.tagInThread(t)).toEqual(tagWords(t));
      // Tagging did not stop it being a card worker: it still gets ready for cards.
      const lent = early.borrowCardWorker();
      await expect(lent?.ready).resolves.toBeUndefined();
      if (lent) early.returnCardWorker(lent);
    } finally {
      await thread.stopTagger();
      await early.stopCardWorker();
    }
  });

  it('is not used once stopped: the caller tags in its own thread', async () => {
    const thread = (await import(pathToFileURL(compiled).href)) as typeof TaggerThread;
    thread.startTagger();
    await thread.stopTagger();
    expect(thread.tagInThread(seedTranscript())).toBeUndefined();
  });
});
