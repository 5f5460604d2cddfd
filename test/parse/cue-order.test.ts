import { describe, expect, it } from 'vitest';
import { checkCueOrder } from '../../src/parse/formats/cue-order.js';

describe('cue order warnings', () => {
  const line = (i: number) => i + 1;

  it('ignores float noise below a millisecond', () => {
    const cues = [
      { startTime: 3180, endTime: 3186.0000000000005 },
      { startTime: 3186, endTime: 3190 },
    ];
    expect(checkCueOrder(cues, line, 'ep.json', { overlap: true })).toEqual([]);
  });

  it('warns about a real overlap and an unordered cue, with lines', () => {
    const cues = [
      { startTime: 10, endTime: 14 },
      { startTime: 13.5, endTime: 16 },
      { startTime: 12, endTime: 13 },
    ];
    const warnings = checkCueOrder(cues, line, 'ep.srt', { overlap: true });
    expect(warnings.map((w) => [w.rule, w.line])).toEqual([
      ['timing/overlap', 2],
      ['timing/unordered', 3],
    ]);
    expect(warnings[0]!.message).toBe('cue starts at 13.5s, before the previous cue (line 1) ends at 14s');
  });
});
