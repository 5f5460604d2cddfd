import { describe, expect, it } from 'vitest';
import type { PhraseCount } from '../../src/summarise/phrases.js';
import { isSpecific } from '../../src/summarise/titles.js';
import { isExclaimed, isGeneric, isInterjection } from '../../src/summarise/generic.js';
import { episodeKeywords } from '../../src/summarise/keywords.js';
import { createCorrector } from '../../src/text/corrections.js';

/** A phrase heard three times, always in this form. */
function phrase(form: string): PhraseCount {
  return {
    key: form.toLowerCase(),
    forms: new Map([[form, 3]]),
    count: 3,
    words: form.split(' ').length,
    at: [0, 1, 2],
    initial: 0,
  };
}

/** A phrase heard `count` times across three sentences. */
function counted(form: string, count: number, key = form.toLowerCase()): PhraseCount {
  return {
    ...phrase(form),
    key,
    forms: new Map([[form, count]]),
    count,
    at: Array.from({ length: count }, (_, k) => k % 3),
  };
}

describe('what can be a topic, a title word or a keyword', () => {
  it('is no everyday noun of work and technology alone', () => {
    for (const word of [
      'company',
      'developers',
      'features',
      'organization',
      'business',
      'Language',
      'research',
      'Community',
      'website',
      'conference',
      'Improvements',
      'Monday',
      'Fridays',
      'September',
      'information',
      'solution',
      'Request',
    ])
      expect(isSpecific(phrase(word)), word).toBe(false);
  });

  it('keeps an everyday noun inside a phrase, and a term of the field alone', () => {
    for (const form of [
      'product management',
      'application developer',
      'infrastructure',
      'robotics',
      'CoffeeScript',
      'pull request',
      'design pattern',
    ])
      expect(isSpecific(phrase(form)), form).toBe(true);
  });

  it('is no short word whose capital only ever opens a sentence ("Glad…"), but a name written with one', () => {
    expect(isSpecific({ ...phrase('Glad'), initial: 3 })).toBe(false);
    expect(isSpecific({ ...phrase('Glad'), initial: 2 })).toBe(true);
    expect(isSpecific({ ...phrase('Zed'), initial: 1 })).toBe(true);
  });

  it('is no number and starts with none ("Five Six", "Billion Users", "1.3 Billion")', () => {
    for (const form of ['Five Six', 'Thirty Five', 'billion users', 'two', '1.3 Billion', '2.3 Megabytes'])
      expect(isSpecific(phrase(form)), form).toBe(false);
  });

  it('is no interjection, however it is spelled', () => {
    for (const word of ['Kay', 'okay', 'Hmm', 'dude', 'Bye', 'Yikes']) expect(isInterjection(word), word).toBe(true);
    expect(isInterjection('Kubernetes')).toBe(false);
  });

  it('is no generic word in its plural, which the stemmer reads apart ("Episodes")', () => {
    for (const word of ['episodes', 'Episodes', 'questions', 'topics']) expect(isGeneric(word), word).toBe(true);
    expect(isSpecific(phrase('Episodes'))).toBe(false);
    expect(isGeneric('embeddings')).toBe(false);
  });

  it('is no word said in an exclamation ("oh my God", "God knows"), but the same word talked about', () => {
    const at = (sentence: string, word: string) => {
      const lower = sentence.toLowerCase().split(' ');
      return isExclaimed(lower, lower.indexOf(word));
    };
    expect(at('oh my god that is fast', 'god')).toBe(true);
    expect(at('god knows why', 'god')).toBe(true);
    expect(at('thank goodness it worked', 'goodness')).toBe(true);
    expect(at('the god of war game', 'god')).toBe(false);
    expect(at('my rust code is fast', 'rust')).toBe(false);
  });
});

describe('a phrase opening on an "-ing" word', () => {
  it('is a topic when the word is one of its own ("reasoning models"), not when it ends on a vague one', () => {
    expect(isSpecific(phrase('reasoning models'))).toBe(true);
    expect(isGeneric('reasoning')).toBe(true);
    expect(isGeneric('reasoning', false)).toBe(false);
    expect(isSpecific(phrase('language processing'))).toBe(false);
  });
});

describe('episode keywords', () => {
  it("lead with a phrase the episode's own title names", () => {
    const whole = new Map([
      ['googl', counted('Google', 12, 'googl')],
      ['reinforc learn', counted('reinforcement learning', 8, 'reinforc learn')],
      ['reason model', counted('reasoning models', 4, 'reason model')],
    ]);
    const spans = [{ kind: 'topic', firstSentence: 0, endSentence: 3 }] as never;
    const keywords = (titled?: (p: PhraseCount) => boolean) =>
      episodeKeywords(whole, spans, createCorrector({}), new Set(), () => false, titled);
    expect(keywords()).toEqual(['Reinforcement Learning', 'Google', 'Reasoning Models']);
    expect(keywords((p) => p.key === 'reason model')).toEqual(['Reasoning Models', 'Reinforcement Learning', 'Google']);
  });

  it('keep the capitals a name is written with ("iPhone", not "IPhone")', () => {
    const whole = new Map([
      ['iphon', { ...phrase('iPhone'), key: 'iphon' }],
      ['embed', { ...phrase('embeddings'), key: 'embed' }],
    ]);
    const spans = [{ kind: 'topic', firstSentence: 0, endSentence: 3 }] as never;
    const keywords = episodeKeywords(whole, spans, createCorrector({}), new Set());
    expect(keywords).toContain('iPhone');
    expect(keywords).toContain('Embeddings');
  });

  it('name a thing by its full name: "Raspberry Pi", not "Pi" and "Raspberry"', () => {
    // "Pi" is said 50 times, 18 of them in "Raspberry Pi"; "Raspberry" only there.
    const whole = new Map([
      ['pi', counted('Pi', 50)],
      ['raspberri pi', counted('Raspberry Pi', 18, 'raspberri pi')],
      ['raspberri', counted('Raspberry', 18, 'raspberri')],
      ['home autom', counted('home automation', 9, 'home autom')],
    ]);
    const spans = [{ kind: 'topic', firstSentence: 0, endSentence: 3 }] as never;
    expect(episodeKeywords(whole, spans, createCorrector({}), new Set())).toEqual(['Raspberry Pi', 'Home Automation']);
  });
});
