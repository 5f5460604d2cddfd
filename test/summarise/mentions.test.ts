import { describe, expect, it } from 'vitest';
import { mentionKind } from '../../src/summarise/mentions.js';
import { runContent, seedConfig, seedFile } from './helpers.js';

describe('mention kinds', () => {
  it('take technical acronyms as terms, not organisations', () => {
    for (const name of ['AI', 'RL', 'GPUs', 'LLM', 'RLHF', 'GPT']) expect(mentionKind(name), name).toBe('term');
  });

  it('take places as terms, never people', () => {
    expect(mentionKind('San Francisco')).toBe('term');
    expect(mentionKind('Silicon Valley')).toBe('term');
  });

  it('know configured people and companies, and read other names by shape', () => {
    const people = new Set(['Matt Turck', 'Matt']);
    expect(mentionKind('Matt', people)).toBe('person');
    expect(mentionKind('Google Brain')).toBe('organisation');
    expect(mentionKind('OpenAI')).toBe('organisation');
    expect(mentionKind('Drew Houston')).toBe('person');
    expect(mentionKind('Frontier AI')).toBe('term');
    expect(mentionKind('NASA')).toBe('organisation');
    expect(mentionKind('TypeScript')).toBe('term');
  });

  it('label the seed: AI and RL are terms, the host is a person, San Francisco is no person', () => {
    const { summary } = runContent(seedFile, seedConfig, 4260);
    const kind = (name: string) => summary.mentions.find((m) => m.name === name)?.kind;
    expect(kind('AI')).toBe('term');
    expect(kind('RL')).toBe('term');
    expect(kind('Matt')).toBe('person');
    expect(kind('San Francisco')).not.toBe('person');
    expect(kind('Google')).toBe('organisation');
  });
});
