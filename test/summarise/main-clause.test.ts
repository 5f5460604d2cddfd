import { describe, expect, it } from 'vitest';
import { lacksMainClause } from '../../src/summarise/main-clause.js';

/** "a/DET mission/NOUN …" split into words and the tagger's parts of speech. */
function check(tagged: string): boolean {
  const pairs = tagged.split(' ').map((w) => w.split('/'));
  return lacksMainClause(
    pairs.map(([w]) => w!),
    pairs.map(([, tag]) => tag),
  );
}

describe('a line without a main clause', () => {
  it('is a noun phrase whose only verb is in its relative clause', () => {
    expect(
      check('A/DET much/ADV bigger/ADJ mission/NOUN that/PRON you/PRON can/AUX have/VERB an/DET impact/NOUN on/ADP'),
    ).toBe(true);
    expect(
      check('Even/ADV in/ADP languages/NOUN that/PRON LLMs/PROPN are/AUX not/PART as/ADV well/ADV suited/VERB for/ADP'),
    ).toBe(true);
  });

  it('has its main verb after the relative clause, or before it', () => {
    expect(check('The/DET model/NOUN that/PRON we/PRON trained/VERB works/VERB well/ADV')).toBe(false);
    expect(check('The/DET teams/NOUN that/PRON ship/VERB daily/ADV have/AUX learned/VERB to/PART test/VERB')).toBe(
      false,
    );
    expect(check('Vector/NOUN databases/NOUN store/VERB embeddings/NOUN that/PRON search/VERB uses/VERB')).toBe(false);
  });
});
