import { describe, expect, it } from 'vitest';
import { nestQuotes } from '../../src/text/punctuation.js';

describe('quotation marks inside a quote', () => {
  it('turns a straight pair into single curly marks', () => {
    expect(nestQuotes('You need to learn "x" first')).toBe('You need to learn ‘x’ first');
  });

  it('turns a curly pair into single curly marks, punctuation inside it kept', () => {
    expect(nestQuotes('And he said, “Oh, cool.” That was it.')).toBe('And he said, ‘Oh, cool.’ That was it.');
  });

  it('turns every pair, at the start, at the end and in brackets', () => {
    expect(nestQuotes('"Ship it" beats "perfect" (“done”)')).toBe('‘Ship it’ beats ‘perfect’ (‘done’)');
  });

  it('leaves apostrophes as they are, inside a pair and out', () => {
    expect(nestQuotes(`Don't call it "good enough", it's "Lukasz's rule".`)).toBe(
      `Don't call it ‘good enough’, it's ‘Lukasz's rule’.`,
    );
    expect(nestQuotes('We don’t ship on Fridays.')).toBe('We don’t ship on Fridays.');
  });

  it('leaves a lone mark alone: half a pair, or an inch mark', () => {
    expect(nestQuotes('He told me "we ship on Friday')).toBe('He told me "we ship on Friday');
    expect(nestQuotes('a 6" screen and a 10" one')).toBe('a 6" screen and a 10" one');
    expect(nestQuotes('a 6" screen, a "big" one')).toBe('a 6" screen, a ‘big’ one');
  });

  it('leaves text without quotation marks, and text already nested, unchanged', () => {
    expect(nestQuotes('Scaling works.')).toBe('Scaling works.');
    expect(nestQuotes('You need to learn ‘x’ first')).toBe('You need to learn ‘x’ first');
    expect(nestQuotes(nestQuotes('learn "x" first'))).toBe('learn ‘x’ first');
  });
});
