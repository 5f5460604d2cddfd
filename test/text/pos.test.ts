import { describe, expect, it } from 'vitest';
import { tagWords } from '../../src/text/pos.js';

/** One turn of plain words, each at its offset in `text`. */
function input(text: string) {
  const words = [...text.matchAll(/\S+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  return { text, turns: [{ start: 0, end: text.length, firstWord: 0, endWord: words.length }], words };
}

describe('parts of speech', () => {
  it('tag an indefinite pronoun as a pronoun, even where the model reads a verb', () => {
    const text = 'especially in light of the recent rounds of layoffs and everything else';
    const tags = tagWords(input(text));
    expect(tags[text.split(' ').indexOf('everything')]).toBe('PRON');
  });

  it('tag the other words by the model', () => {
    const tags = tagWords(input('We ship software every day'));
    expect(tags).toEqual(['PRON', 'VERB', 'NOUN', 'DET', 'NOUN']);
  });
});
