import { describe, expect, it } from 'vitest';
import { wordsOf } from '../../src/text/words.js';
import { panelFile, runContent, seedConfig, seedFile } from './helpers.js';

const fixtures = [
  { name: 'seed', run: () => runContent(seedFile, seedConfig, 4260) },
  {
    name: 'panel interview',
    run: () => runContent(panelFile, { people: { hosts: [{ name: 'Dana Host', aliases: [] }], guests: [] } }),
  },
];

/** True when `needle` occurs in order (not necessarily adjacent) within `haystack`. */
function inOrder(needle: readonly string[], haystack: readonly string[]): boolean {
  let k = 0;
  for (const w of haystack) if (k < needle.length && w === needle[k]) k++;
  return k === needle.length;
}

describe.each(fixtures)('quotes of the $name', ({ run }) => {
  const { transcript, summary, spans } = run();

  it('are verbatim: every word of the quote appears, in order, in its source passage', () => {
    expect(summary.quotes.length).toBeGreaterThan(0);
    for (const q of [...summary.quotes]) {
      const source = wordsOf(transcript.text.slice(q.source.start, q.source.end));
      expect(inOrder(wordsOf(q.text), source), q.text).toBe(true);
      // Only fillers and stutters may be dropped.
      const dropped = source.length - wordsOf(q.text).length;
      expect(dropped).toBeLessThanOrEqual(Math.ceil(source.length / 4));
    }
  });

  it('take 8–40 spoken words and never come from the introduction, outro or a promo', () => {
    const framing = spans.filter((s) => s.kind !== 'topic');
    for (const q of summary.quotes) {
      const n = wordsOf(q.text).length;
      expect(n).toBeGreaterThanOrEqual(8);
      expect(n).toBeLessThanOrEqual(40);
      expect(q.display).not.toMatch(
        /subscrib|leaving a (?:positive )?review|welcome to|my guest today|thanks for listening/i,
      );
      for (const f of framing)
        expect(q.source.start >= f.start && q.source.start <= f.end, `${q.display} in ${f.kind}`).toBe(false);
    }
  });

  it('are no near-duplicates of each other', () => {
    const sets = summary.quotes.map((q) => new Set(wordsOf(q.text)));
    for (let i = 0; i < sets.length; i++) {
      for (let j = i + 1; j < sets.length; j++) {
        const shared = [...sets[i]!].filter((w) => sets[j]!.has(w)).length;
        expect(shared / Math.min(sets[i]!.size, sets[j]!.size)).toBeLessThan(0.7);
      }
    }
  });
});

describe('quotes of the seed', () => {
  const { summary } = runContent(seedFile, seedConfig, 4260);

  it('show corrected display text (the glossary fixes "GPD51" though it lists "GPD 5.1")', () => {
    const all = summary.quotes.map((q) => q.display).join(' ');
    expect(all).not.toMatch(/\bGPD|\bGVD|\bGBD/);
  });

  it('quote the cold open passage at most once', () => {
    const smooth = summary.quotes.filter((q) => /smooth exponential increase/i.test(q.text));
    expect(smooth.length).toBeLessThanOrEqual(1);
  });

  it('come mostly from the guest', () => {
    const guest = summary.quotes.filter((q) => q.role === 'guest').length;
    expect(guest).toBeGreaterThan(summary.quotes.length / 2);
  });
});
