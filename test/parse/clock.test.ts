import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/index.js';
import { parseClock } from '../../src/parse/timestamp.js';

const options = { people: { hosts: [], guests: [] }, wordsPerMinute: 150 };
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('clock strings', () => {
  it('reads minutes past 59 when no hour field is written', () => {
    expect(parseClock('61:54')).toBe(61 * 60 + 54);
    expect(parseClock('125:00.5')).toBe(125 * 60 + 0.5);
  });

  it('still refuses minutes past 59 beside an hour field, and seconds past 59', () => {
    expect(parseClock('1:61:54')).toBeUndefined();
    expect(parseClock('61:75')).toBeUndefined();
  });

  it('places an Otter turn written past the hour as 61:54 at an hour and a bit', () => {
    const text = 'Ann Lee  0:03\nHello and welcome to the show.\n\nBob Ray  61:54\nThanks for having me on today.\n';
    const { transcript } = parse('o.txt', utf8(text), { ...options, format: 'otter' });
    expect(transcript.turns.at(-1)!.startTime).toBe(3714);
  });
});
