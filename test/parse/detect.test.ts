import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeParseSample } from '../../src/bench/parse.js';
import { parse } from '../../src/parse/index.js';
import { seed } from '../helpers/build.js';

const seedText = readFileSync(seed, 'utf8');
const options = { people: { hosts: [], guests: [] }, wordsPerMinute: 150 };
const FORMATS = [
  'plain',
  'speaker-labelled',
  'markdown',
  'otter',
  'srt',
  'vtt',
  'youtube-vtt',
  'whisper-json',
  'podcast-json',
  'json-turns',
];
const EXPECTED_TIMING: Record<string, string> = { plain: 'estimated', markdown: 'interpolated' };

describe.each(FORMATS)('a 2000-word %s transcript made from the seed', (format) => {
  const bytes = new TextEncoder().encode(makeParseSample(seedText, format, 2000));
  const { transcript } = parse(`sample.${format}`, bytes, options);

  it('is detected as its format, however long its header fields are', () => {
    expect(transcript.format).toBe(format);
  });

  it('keeps every word once, in order, with the timing the format allows', () => {
    expect(transcript.words).toHaveLength(2000);
    expect(transcript.timing).toBe(EXPECTED_TIMING[format] ?? 'timestamps');
    const sourceWords = seedText.split(/\n?>>/).join(' ').split(/\s+/).filter(Boolean).slice(0, 40);
    const firstWords = transcript.words.slice(0, 40).map((w) => w.text);
    // The seed's words, stripped of punctuation, come out in the same order in every format.
    expect(firstWords.join(' ')).toBe(
      sourceWords
        .join(' ')
        .replace(/[^\p{L}\p{N}'’\s.-]|\.(?!\d)/gu, '')
        .split(/\s+/)
        .filter(Boolean)
        .join(' '),
    );
  });
});

describe('--format', () => {
  it('overrides detection', () => {
    const srt = new TextEncoder().encode(makeParseSample(seedText, 'srt', 200));
    expect(parse('x.srt', srt, { ...options, format: 'plain' }).transcript.format).toBe('plain');
  });
});
