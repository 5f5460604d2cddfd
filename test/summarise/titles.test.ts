import { describe, expect, it } from 'vitest';
import { createCorrector } from '../../src/text/corrections.js';
import { runContent, seedConfig, seedFile } from './helpers.js';

describe('chapter titles and episode text on the seed', () => {
  const { summary } = runContent(seedFile, seedConfig, 4260);
  const topics = summary.chapters.filter((c) => c.kind === 'topic');

  it('are short, unique and never generic', () => {
    const titles = topics.map((c) => c.title);
    expect(new Set(titles).size).toBe(titles.length);
    for (const title of titles) {
      expect(title.length).toBeLessThanOrEqual(60);
      expect(title).not.toMatch(/^(?:Part \d+|Conversation|Chapter \d+)$/);
      expect(title).not.toMatch(/^(?:This|That|It)\b| and (?:This|That)$/);
    }
  });

  it('name the introduction after the guest and apply corrections', () => {
    expect(summary.chapters.find((c) => c.kind === 'introduction')?.title).toBe('Introducing Łukasz Kaiser');
    expect(summary.chapters.map((c) => `${c.title} ${c.summary}`).join(' ')).not.toMatch(/\bGPD|\bGVD|Lucas Kaiser/);
  });

  it('summarise the episode in 2–4 sentences with 3–6 takeaways traceable to the transcript', () => {
    const sentences = summary.summary.split(/(?<=[.?!”])\s+(?=[A-Z“])/);
    expect(sentences.length).toBeGreaterThanOrEqual(2);
    expect(sentences.length).toBeLessThanOrEqual(5);
    expect(summary.takeaways.length).toBeGreaterThanOrEqual(3);
    expect(summary.takeaways.length).toBeLessThanOrEqual(6);
    for (const k of summary.takeaways) expect(k.source.end).toBeGreaterThan(k.source.start);
  });

  it('keywords are specific phrases, one per topic', () => {
    expect(summary.keywords).toContain('Reinforcement Learning');
    expect(summary.keywords).not.toContain('RL');
    for (const k of summary.keywords) expect(k).not.toMatch(/^(?:This|Model|Train|Question|Run|Answer)$/);
  });
});

describe('the corrections glossary', () => {
  const correct = createCorrector({ 'GPD 5.1': 'GPT-5.1', GPD: 'GPT', entropic: 'Anthropic' });

  it('matches a model name written with or without separators next to its digits', () => {
    expect(correct('The GPD51 Pro and GPD 5.1 and GPD-5.1')).toBe('The GPT-5.1 Pro and GPT-5.1 and GPT-5.1');
  });

  it('stays whole-word and case-aware', () => {
    expect(correct('GPDX and gpd but Entropic')).toBe('GPDX and gpd but Anthropic');
  });
});
