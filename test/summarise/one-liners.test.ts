import { describe, expect, it } from 'vitest';
import { stem } from '../../src/text/stem.js';
import { isStopword } from '../../src/text/stopwords.js';
import { wordsOf } from '../../src/text/words.js';
import { runContent, seedConfig, seedFile } from './helpers.js';

const stems = (text: string) =>
  new Set(
    wordsOf(text)
      .filter((w) => !isStopword(w))
      .map(stem),
  );

describe("a chapter's one-liner", () => {
  const { summary } = runContent(seedFile, seedConfig);
  const topics = summary.chapters.filter((c) => c.kind === 'topic');

  // Without the title's pull, 4 of the seed's 15 topic one-liners share a word with their title.
  it("says what the chapter's title names in half the chapters or more, so title and line read as one", () => {
    const agreeing = topics.filter((c) => {
      const inLine = stems(c.summary);
      return [...stems(c.title)].some((s) => inLine.has(s));
    });
    expect(topics.length).toBeGreaterThan(10);
    expect(agreeing.length, agreeing.map((c) => c.title).join(' | ')).toBeGreaterThanOrEqual(
      Math.floor(topics.length / 2),
    );
  });
});
