import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { formatSuggestions } from '../../src/cli/suggest-corrections.js';
import { assemble } from '../../src/parse/assemble.js';
import { decodeTranscript } from '../../src/parse/decode.js';
import { detectFormat } from '../../src/parse/detect.js';
import { createCorrector } from '../../src/text/corrections.js';
import { suggestCorrections } from '../../src/text/suggest-corrections.js';
import { seed } from '../helpers/build.js';

const dictionary = new Set(createRequire(import.meta.url)('an-array-of-english-words') as string[]);
const isWord = (w: string) => dictionary.has(w);

function wordsOf(text: string) {
  return assemble(detectFormat(text, 't.txt').parse(text, 't.txt'), text, { wordsPerMinute: 150 }).words;
}

function suggest(text: string, options: Parameters<typeof suggestCorrections>[2] = {}) {
  return suggestCorrections(text, wordsOf(text), { isWord, ...options });
}

describe('suggest-corrections', () => {
  it('clusters acronyms that differ in letters that sound alike, and leaves others apart', () => {
    const text =
      'We use GPT daily. GPT is fast.\nThe GPD model and GBD 5.1 and GVD51 Pro.\nWe need GPUs, a GPU and GDP growth.\n';
    const [gpt, ...rest] = suggest(text);
    expect(rest).toEqual([]);
    expect(gpt!.term).toBe('GPT');
    expect(gpt!.variants.map((v) => `${v.form}×${v.count}@${v.line}:${v.column}`)).toEqual([
      'GPT×2@1:8',
      'GBD×1@2:19',
      'GPD×1@2:5',
    ]);
    expect(gpt!.versions.map((v) => `${v.form}→${v.meant}`)).toEqual(['GBD 5.1→GPT 5.1', 'GVD51→GPT 5.1']);
    expect(gpt!.corrections).toEqual({ 'GBD 5.1': 'GPT 5.1', GVD51: 'GPT 5.1', GBD: 'GPT', GPD: 'GPT' });
  });

  it('takes a known spelling as the term and copies its hyphen style for versions', () => {
    const [gpt] = suggest('GPD 5.1 is out. GPD is good. GPD again. GPT once.\n', { known: ['GPT-5.1'] });
    expect(gpt!.term).toBe('GPT');
    expect(gpt!.corrections['GPD 5.1']).toBe('GPT-5.1');
  });

  it('clusters a non-word next to a proper noun, but never two dictionary words', () => {
    const text =
      'We tried Codex today. Then codeex again, and codeex once more. We train models. Google Brain did it.\n';
    const found = suggest(text);
    expect(found.map((s) => s.term)).toEqual(['Codex']);
    expect(found[0]!.corrections).toEqual({ codeex: 'Codex' });
  });

  it('finds sound-alike spellings of configured names', () => {
    const found = suggest('So Lucas Kaiser joined us, thanks to Matt Turk.\n', {
      known: ['Łukasz Kaiser', 'Matt Turck'],
    });
    expect(Object.assign({}, ...found.map((s) => s.corrections))).toEqual({
      'Lucas Kaiser': 'Łukasz Kaiser',
      Lucas: 'Łukasz',
      'Matt Turk': 'Matt Turck',
    });
  });

  it('marks spellings the glossary already fixes and proposes nothing for them', () => {
    const [gpt] = suggest('GPT here, GPT again. GPD there. GBD too.\n', { correct: createCorrector({ GPD: 'GPT' }) });
    expect(gpt!.variants.find((v) => v.form === 'GPD')!.covered).toBe(true);
    expect(gpt!.corrections).toEqual({ GBD: 'GPT' });
  });

  it('finds a common word heard with one vowel wrong, next to the word itself, and nothing a consonant apart', () => {
    const found = suggest(
      'Multimodal models are next. The multimodel part lags behind. A multimodel system and a multimodal one. The tokenizer and the tokenized text.',
    );
    const word = found.find((f) => f.term === 'multimodal');
    expect(word?.corrections).toEqual({ multimodel: 'multimodal' });
    expect(found.some((f) => f.term.startsWith('tokeni'))).toBe(false);
  });

  it('on the seed, finds GPD/GBD/GVD next to GPT and codeex next to Codex, at their first positions', () => {
    const text = decodeTranscript(readFileSync(seed), 'seed');
    const found = suggestCorrections(text, wordsOf(text), { isWord });
    const gpt = found.find((s) => s.term === 'GPT')!;
    expect(gpt.variants.map((v) => v.form).sort()).toEqual(['GBD', 'GPD', 'GPT']);
    expect(gpt.versions.map((v) => v.form)).toEqual(
      expect.arrayContaining(['GPD 5.1', 'GBD 5.1', 'GVD51', 'GPD51', 'GPD4']),
    );
    expect(gpt.versions.find((v) => v.form === 'GPD51')!.meant).toBe('GPT 5.1');
    expect(found.find((s) => s.term === 'Codex')!.corrections).toEqual({ codeex: 'Codex' });
    const lines = text.split('\n');
    for (const v of [...gpt.variants, ...gpt.versions])
      expect(lines[v.line - 1]!.slice(v.column - 1).startsWith(v.form)).toBe(true);
    const report = formatSuggestions('seed.txt', found, 0);
    expect(report).toContain('"GVD51": "GPT 5.1",');
    expect(report.split('\n')[0]).toBe(`seed.txt: ${found.length} terms with likely mis-transcriptions`);
  });
});
