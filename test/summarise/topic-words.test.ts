import { describe, expect, it } from 'vitest';
import type { PhraseCount } from '../../src/summarise/phrases.js';
import { isSpecific } from '../../src/summarise/titles.js';
import { isInterjection } from '../../src/summarise/generic.js';

/** A phrase heard three times, always in this form. */
function phrase(form: string): PhraseCount {
  return {
    key: form.toLowerCase(),
    forms: new Map([[form, 3]]),
    count: 3,
    words: form.split(' ').length,
    at: [0, 1, 2],
  };
}

describe('what can be a topic, a title word or a keyword', () => {
  it('is no everyday noun of work and technology alone', () => {
    for (const word of ['company', 'developers', 'features', 'organization', 'business', 'Language', 'research'])
      expect(isSpecific(phrase(word)), word).toBe(false);
  });

  it('keeps an everyday noun inside a phrase, and a term of the field alone', () => {
    for (const form of ['product management', 'application developer', 'infrastructure', 'robotics', 'CoffeeScript'])
      expect(isSpecific(phrase(form)), form).toBe(true);
  });

  it('is no number and starts with none ("Five Six", "Billion Users")', () => {
    for (const form of ['Five Six', 'Thirty Five', 'billion users', 'two'])
      expect(isSpecific(phrase(form)), form).toBe(false);
  });

  it('is no interjection, however it is spelled', () => {
    for (const word of ['Kay', 'okay', 'Hmm', 'dude']) expect(isInterjection(word), word).toBe(true);
    expect(isInterjection('Kubernetes')).toBe(false);
  });
});
