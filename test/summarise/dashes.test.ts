import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/index.js';
import { passageText } from '../../src/summarise/passage.js';
import { createCorrector } from '../../src/text/corrections.js';

const options = { people: { hosts: [], guests: [] }, wordsPerMinute: 150 };

function printed(line: string): { verbatim: string; display: string } {
  const input = `**Ann:** ${line}\n\n**Bob:** Sure thing, that was quite a night.\n`;
  const { transcript: t } = parse('ep.md', new TextEncoder().encode(input), { ...options, format: 'markdown' });
  const turn = t.turns[0]!;
  return passageText(t, turn.firstWord, turn.endWord, createCorrector({}), true);
}

describe('a dash set off by spaces', () => {
  it('is printed as a dash, so an aside does not run into the sentence around it', () => {
    const { display, verbatim } = printed('Working off of some of our - again, shameless plug - wonderful hosts.');
    expect(display).toBe('Working off of some of our — again, shameless plug — wonderful hosts.');
    expect(verbatim).toBe('Working off of some of our again shameless plug wonderful hosts');
  });

  it('is printed the same written as two hyphens or an en dash', () => {
    expect(printed('It was fast -- faster than we hoped.').display).toBe('It was fast — faster than we hoped.');
    expect(printed('It was fast – faster than we hoped.').display).toBe('It was fast — faster than we hoped.');
  });

  it('leaves a hyphenated word and a dash written onto its words as they are', () => {
    expect(printed('We did pre-training first.').display).toBe('We did pre-training first.');
    expect(printed('It was fast—faster than we hoped.').display).toBe('It was fast—faster than we hoped.');
  });
});

describe('a doubled apostrophe', () => {
  it('prints as the one meant', () => {
    expect(printed("Maybe it''s not for you and never was.").display).toBe("Maybe it's not for you and never was.");
  });
});
