import { describe, expect, it } from 'vitest';
import type { ChapterSpan } from '../../src/segment/index.js';
import { asideChapters, centralityIn } from '../../src/summarise/centrality.js';

/** Each chapter is two sentences; a sentence's terms are its words. */
function asides(chapters: { kind: ChapterSpan['kind']; words: string }[]): number[] {
  const terms = chapters.flatMap((c) => [c.words.split(' '), c.words.split(' ')]);
  const idf = new Map(terms.flat().map((w) => [w, 1]));
  const spans = chapters.map((c, i) => ({ kind: c.kind, firstSentence: 2 * i, endSentence: 2 * i + 2 }));
  const whole = centralityIn([[0, terms.length]], terms, idf);
  return [...asideChapters(spans, terms, whole)];
}

describe('aside chapters', () => {
  it('are topic chapters whose words are far from the rest of the episode', () => {
    expect(
      asides([
        { kind: 'cold-open', words: 'party welcome' },
        { kind: 'topic', words: 'typescript types compiler javascript' },
        { kind: 'topic', words: 'south park video internet fame' },
        { kind: 'topic', words: 'typescript javascript types runtime' },
        { kind: 'topic', words: 'compiler types typescript syntax' },
        { kind: 'topic', words: 'javascript types syntax runtime' },
      ]),
    ).toEqual([2]);
  });

  it('are none when every chapter talks about the episode', () => {
    expect(
      asides([
        { kind: 'topic', words: 'typescript types compiler javascript' },
        { kind: 'topic', words: 'typescript javascript types runtime' },
        { kind: 'topic', words: 'compiler types typescript syntax' },
      ]),
    ).toEqual([]);
  });
});
