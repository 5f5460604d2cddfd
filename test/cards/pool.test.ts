import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { prepareCards as PrepareCards } from '../../src/render/cards/index.js';
import type { createCardPool as CreateCardPool } from '../../src/render/cards/pool.js';
import { renderCard } from '../../src/render/cards/render-card.js';
import { root } from '../helpers/build.js';
import { cardContext, QUOTES } from './helpers.js';

// Worker threads need the compiled worker: this runs against dist/ (`npm test` compiles first).
const dist = path.join(root, 'dist/render/cards');
const load = async <T>(file: string): Promise<T> => (await import(pathToFileURL(path.join(dist, file)).href)) as T;

describe.skipIf(!existsSync(path.join(dist, 'worker.js')))('cards in worker threads', () => {
  it('are byte-identical to cards rendered in this thread', async () => {
    const { prepareCards } = await load<{ prepareCards: typeof PrepareCards }>('index.js');
    const { createCardPool } = await load<{ createCardPool: typeof CreateCardPool }>('pool.js');
    const { ctx } = cardContext([{ text: QUOTES.guest }, { text: QUOTES.host, speaker: 'Ada Host', role: 'host' }], { cards: { count: 2, presets: ['square', 'landscape'] } });
    const prepared = await prepareCards(ctx);
    const pool = createCardPool(prepared.faces, { threads: 2, thisThread: false });
    try {
      const fromWorkers = await Promise.all(prepared.jobs.map((j) => pool.render(j.job)));
      expect(pool.workerJobs).toBe(prepared.jobs.length);
      for (const [i, { job }] of prepared.jobs.entries()) {
        const here = await renderCard(job, prepared.faces);
        expect(fromWorkers[i]!.fontSize).toBe(here.fontSize);
        expect(Buffer.from(fromWorkers[i]!.png).equals(Buffer.from(here.png))).toBe(true);
      }
    } finally {
      await pool.close();
    }
  });

  it('reject each card of a design that does not compile, with the parse error, and go on', async () => {
    const { prepareCards } = await load<{ prepareCards: typeof PrepareCards }>('index.js');
    const { createCardPool } = await load<{ createCardPool: typeof CreateCardPool }>('pool.js');
    const { ctx } = cardContext([{ text: QUOTES.guest }], { cards: { count: 1, presets: ['square', 'story'] } });
    const prepared = await prepareCards(ctx);
    const broken = { ...prepared.jobs[0]!.job, template: '<div data-fit="1" style="display:flex">{{#if quote}}<div data-quote="1">{{quote.text}}</div>' };
    const pool = createCardPool(prepared.faces, { threads: 2, thisThread: false });
    try {
      const outcomes = await Promise.allSettled([pool.render(broken), pool.render(prepared.jobs[1]!.job)]);
      expect(outcomes[0]!.status).toBe('rejected');
      expect(String((outcomes[0] as PromiseRejectedResult).reason)).toMatch(/Parse error|Expecting/);
      expect(outcomes[1]!.status).toBe('fulfilled');
    } finally {
      await pool.close();
    }
  });
});

