import { describe, expect, it } from 'vitest';
import { frequentWords, junkReason, quoteHits, rouge1 } from '../../src/eval/content.js';

describe('what the eval measures in the notes', () => {
  it('scores ROUGE-1 over content words, with stopwords left out and counts clipped', () => {
    // "at" is a stopword: 2 of 3 content words match on each side.
    expect(rouge1('Configuration Management at Walmart', 'Scale configuration management')).toBeCloseTo(2 / 3, 5);
    expect(rouge1('Puppet Puppet Puppet', 'Puppet servers')).toBeCloseTo((2 * (1 / 3) * (1 / 2)) / (1 / 3 + 1 / 2), 5);
    expect(rouge1('The JSDoc trend', 'The JSDoc trend')).toBe(1);
    expect(rouge1('and the of', 'The JSDoc trend')).toBe(0);
  });

  it('titles the baseline by the three most frequent content words', () => {
    expect(frequentWords('puppet servers puppet the store puppet servers walmart'.split(' '))).toBe(
      'puppet servers store',
    );
  });

  it('counts quotes overlapping a pick', () => {
    expect(
      quoteHits(
        [
          { start: 0, end: 10 },
          { start: 20, end: 30 },
          { start: 50, end: 60 },
        ],
        [{ start: 5, end: 25 }],
      ),
    ).toBe(2);
  });

  it('calls an item junk when short, leaning on what came before, trailing off or holding a note', () => {
    expect(junkReason('Caches hide slow queries until the traffic doubles.')).toBeUndefined();
    expect(junkReason('Yes, exactly right.')).toBe('short');
    expect(junkReason('It breaks on a Friday every single time.')).toBe('opener');
    expect(junkReason('Because every cool thing coming out is old news.')).toBe('opener');
    expect(junkReason('We were all slowly becoming PHP developers again...')).toBe('trails off');
    expect(junkReason('Laughter unintelligible 00:56:53.17 I will just say that it works.')).toBe('note');
  });
});
