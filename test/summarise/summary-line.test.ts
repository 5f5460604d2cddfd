import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/load.js';
import { summarise } from '../../src/summarise/index.js';
import { summaryOrder } from '../../src/summarise/summary.js';
import { createCorrector } from '../../src/text/corrections.js';
import { chapterPerTurn } from './helpers.js';

describe("the summary's quoted line", () => {
  it('is, among the strongest claims, the one nearest what the whole episode talks about', () => {
    const { t, spans } = chapterPerTurn(
      [
        '**Sam Guest:** Vector databases store embeddings for search. Vector databases answer a query in milliseconds, and the embeddings live in memory. Most vector databases shard the embeddings across nodes.',
        '**Sam Guest:** Every team should measure recall before it trusts its vector databases, because embeddings drift. Search teams rebuild the embeddings every week.',
        '**Sam Guest:** Good coffee is always the best part of the worst mornings, never the other way around. The office espresso machine broke last spring.',
      ].join('\n\n'),
    );
    const config = resolveConfig({ podcast: { title: 'Test Show' } });
    const { summary } = summarise(t, spans, { quotes: config.quotes, correct: createCorrector({}) });
    // The coffee line is the more quotable; the episode is about vector databases.
    expect(summary).toMatch(/says: “[^”]*vector databases/);
    expect(summary).not.toContain('coffee');
  });

  it('is chosen among the five strongest: from the talk before an aside, then the nearest the episode', () => {
    const claims = ['joke', 'near', 'nearest', 'far', 'aside-nearest', 'sixth'];
    const near = (q: string) => ({ joke: 0.5, near: 0.2, nearest: 0.3, far: 0.1, 'aside-nearest': 0.9, sixth: 1 })[q]!;
    const inAside = (q: string) => q === 'joke' || q === 'aside-nearest';
    expect(summaryOrder(claims, near, inAside)).toEqual(['nearest', 'near', 'far', 'aside-nearest', 'joke', 'sixth']);
  });
});
