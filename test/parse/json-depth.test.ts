import { describe, expect, it } from 'vitest';
import { CastwrightError } from '../../src/errors.js';
import { MAX_JSON_DEPTH } from '../../src/parse/json-depth.js';
import { parse } from '../../src/parse/index.js';

const options = { people: { hosts: [], guests: [] }, wordsPerMinute: 150, format: 'whisper-json' };

describe('deeply nested JSON transcripts', () => {
  it('refuses 100,000 nested arrays with the line and column of the bracket too deep, not a stack overflow', () => {
    const text = `{"segments": [\n${'['.repeat(100_000)}${']'.repeat(100_000)}\n]}`;
    let error: unknown;
    try {
      parse('ep.json', new TextEncoder().encode(text), options);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CastwrightError);
    // Depth 2 is reached on line 1; the bracket that goes past the limit is on line 2.
    expect(String(error)).toBe(`ep.json:2:${MAX_JSON_DEPTH - 1}: JSON nested deeper than ${MAX_JSON_DEPTH} levels`);
  });

  it('ignores brackets inside strings', () => {
    const text = JSON.stringify({ segments: [{ start: 0, end: 1, text: `Hello ${'['.repeat(1000)} there.` }] });
    expect(() => parse('ep.json', new TextEncoder().encode(text), options)).not.toThrow();
  });
});
