import { describe, expect, it } from 'vitest';
import { createCorrector } from '../../src/text/corrections.js';

describe('the corrections glossary', () => {
  const correct = createCorrector({ 'GPD 5.1': 'GPT-5.1', GPD: 'GPT', entropic: 'Anthropic', Luc: 'Łukasz' });

  it('leaves text without any key as it is, and matches keys as before the one-pass check', () => {
    expect(correct('Nothing to fix here.')).toBe('Nothing to fix here.');
    // A key with capitals matches only as written, though the check for any key ignores case.
    expect(correct('the gpd is not a key here')).toBe('the gpd is not a key here');
    expect(correct('Entropic and GPD51 and Luc')).toBe('Anthropic and GPT-5.1 and Łukasz');
    // Whole words only.
    expect(correct('Lucky GPDs')).toBe('Lucky GPDs');
  });

  it('gives the same answer when asked again, also after forgetting', () => {
    expect(correct('Entropic said so.')).toBe('Anthropic said so.');
    expect(correct('Entropic said so.')).toBe('Anthropic said so.');
    for (let i = 0; i < 20_100; i++) correct(`sentence ${i} with GPD`);
    expect(correct('sentence 5 with GPD')).toBe('sentence 5 with GPT');
    expect(correct('Entropic said so.')).toBe('Anthropic said so.');
  });
});
