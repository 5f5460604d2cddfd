import { describe, expect, it } from 'vitest';
import { quotesOf } from './helpers.js';

describe('quotes from one turn', () => {
  it('never take two passages back to back: one thought, one card', () => {
    const quotes = quotesOf(
      [
        '**Sam Guest:** Machine learning is beautifully forgiving compared to old software engineering that yells at every mistake. Distributed training systems give worse results quietly when you configure them wrong. Reinforcement learning is far more finicky than pre-training ever was for anyone.',
        '**Dana Host:** Okay.',
      ].join('\n\n'),
    );
    const starts = quotes.map((q) => q.source.start).sort((a, b) => a - b);
    expect(quotes.length).toBeGreaterThan(0);
    for (let k = 1; k < quotes.length; k++) {
      const before = quotes.find((q) => q.source.start === starts[k - 1])!;
      expect(starts[k]! - before.source.end, 'a sentence or more between two quotes').toBeGreaterThan(2);
    }
  });
});

describe('a tag question in a quote', () => {
  it('is left out when it closes the quote, which ends on a full stop', () => {
    const quotes = quotesOf(
      [
        "**Sam Guest:** You can't really fix a system if you don't understand the layers below it, you know?",
        '**Dana Host:** Okay.',
      ].join('\n\n'),
    );
    expect(quotes[0]!.display).toBe("You can't really fix a system if you don't understand the layers below it.");
    expect(quotes[0]!.text).not.toMatch(/you know$/);
  });

  it('asks nothing after a whole clause, but a clause hanging on nothing reads as a question', () => {
    const quotes = quotesOf(
      [
        '**Sam Guest:** Security and usability are two separate circles, right? Nobody has found the overlap yet.',
        '**Dana Host:** Maybe the maybe if you solve multimodal, right? Nobody has found the overlap yet either.',
      ].join('\n\n'),
    );
    const whole = quotes.find((q) => q.display.startsWith('Security'));
    const hanging = quotes.find((q) => q.display.startsWith('Maybe'));
    expect(whole).toBeDefined();
    expect(whole!.score).toBeGreaterThan((hanging?.score ?? -Infinity) + 2);
  });
});
