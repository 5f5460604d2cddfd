import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureCases, parseSummary } from './summary.js';

/** Markup and syntax that must never be inside a piece of speech. */
const SYNTAX = /-->|<\/?[a-z\d]|&(?:amp|gt|lt|nbsp);|\\["n]|\*\*|\{[a-z_]+\}/i;

describe.each(fixtureCases())('format fixture $name', ({ name, input }) => {
  const { text, raw, assembled, summary } = parseSummary(input);

  it('matches the golden summary (UPDATE=1 rewrites it)', () => {
    const golden = path.join(path.dirname(input), 'expected.json');
    const actual = `${JSON.stringify(summary, null, 2)}\n`;
    if (process.env.UPDATE === '1') writeFileSync(golden, actual);
    if (!existsSync(golden)) throw new Error(`no golden file ${golden}: run with UPDATE=1 to create it`);
    expect(actual).toBe(readFileSync(golden, 'utf8'));
  });

  it('detects the format the case is named for', () => {
    expect(name.startsWith(summary.format)).toBe(true);
  });

  it('keeps provenance: every word is text.slice(start, end)', () => {
    expect(assembled.words.length).toBeGreaterThan(5);
    for (const w of assembled.words) expect(text.slice(w.start, w.end)).toBe(w.text);
  });

  it('puts only speech in pieces, never markup or syntax', () => {
    for (const turn of raw.turns) {
      for (const p of turn.pieces) {
        expect(p.end).toBeGreaterThan(p.start);
        expect(text.slice(p.start, p.end)).not.toMatch(SYNTAX);
      }
    }
  });

  it('gives word times that never go backwards', () => {
    for (let i = 1; i < assembled.words.length; i++)
      expect(assembled.words[i]!.time).toBeGreaterThanOrEqual(assembled.words[i - 1]!.time);
  });
});
