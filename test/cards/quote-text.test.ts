import { describe, expect, it } from 'vitest';
import { curlyQuotes, hasWords, stripEmoji, trimQuote } from '../../src/render/cards/quote-text.js';

describe('card text', () => {
  it('makes straight quotes and apostrophes curly', () => {
    expect(curlyQuotes(`It's "the" model's 'best' run - really...`)).toBe(
      'It\u2019s \u201Cthe\u201D model\u2019s \u2018best\u2019 run \u2013 really\u2026',
    );
  });

  it('keeps a quote that fits as it is', () => {
    expect(trimQuote('Short and sweet.', 100)).toEqual({ text: 'Short and sweet.', trimmed: false });
  });

  it('trims a long quote after the last whole sentence that fits, with an ellipsis', () => {
    const text =
      'The first sentence is here. The second one is a little longer than that. The third sentence will not fit at all.';
    const { text: out, trimmed } = trimQuote(text, 80);
    expect(trimmed).toBe(true);
    expect(out).toBe('The first sentence is here. The second one is a little longer than that\u2026');
    expect(out.length).toBeLessThanOrEqual(80);
  });

  it('falls back to a clause break when the first sentence is too long', () => {
    const text =
      'When the model reads a long document, it keeps the facts it needs, drops the rest, and then answers the question in one go without looking back.';
    const out = trimQuote(text, 90).text;
    expect(out).toBe('When the model reads a long document, it keeps the facts it needs, drops the rest\u2026');
  });

  it('on a card, keeps a quote a little over the budget whole rather than cut before the turn of a contrast', () => {
    const text =
      "In my impression, you can build some impressive muscles on gym machines, but you're not gonna get that street toughness that you will with kettlebells.";
    expect(trimQuote(text, 120, 1.5)).toEqual({ text, trimmed: false });
    // A caption's limit is hard; far over the budget a card cuts too.
    const cut = 'In my impression, you can build some impressive muscles on gym machines\u2026';
    expect(trimQuote(text, 120).text).toBe(cut);
    expect(trimQuote(text, 80, 1.5).text).toBe(cut);
    // A sentence that does not turn is cut after as before; one that does stays.
    const two = 'Caches hide slow queries until the traffic doubles. Then every page waits on the database at once.';
    expect(trimQuote(two, 70, 1.5).text).toBe('Caches hide slow queries until the traffic doubles\u2026');
    const turning = 'Caches hide slow queries until the traffic doubles. But nobody measures the traffic.';
    expect(trimQuote(turning, 70, 1.5)).toEqual({ text: turning, trimmed: false });
    // "But yeah" only moves the talk on.
    const moving = 'Caches hide slow queries until the traffic doubles. But yeah, nobody measures the traffic.';
    expect(trimQuote(moving, 70, 1.5).text).toBe('Caches hide slow queries until the traffic doubles\u2026');
  });

  it('cuts a 2,000-character quote to the budget at a boundary', () => {
    const text = 'Scaling works, and it keeps working. '.repeat(56);
    expect(text.length).toBeGreaterThan(2000);
    const out = trimQuote(text, 220).text;
    expect(out.length).toBeLessThanOrEqual(220);
    expect(out.endsWith('working\u2026')).toBe(true);
  });

  it('knows an emoji-only quote has nothing to show', () => {
    expect(hasWords(stripEmoji('🔥🔥 🚀 👍🏽').text)).toBe(false);
    expect(stripEmoji('Ship it 🚀 today').text).toBe('Ship it today');
    expect(hasWords('Łódź')).toBe(true);
  });
});
