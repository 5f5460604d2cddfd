import { describe, expect, it } from 'vitest';
import type { Quote } from '../../src/model/episode.js';
import { parse } from '../../src/parse/index.js';
import { summarise } from '../../src/summarise/summary.js';

const people = {
  hosts: [{ name: 'Project Manager', aliases: [] }],
  guests: [{ name: 'Sam Rivera', aliases: [] }],
};
const { transcript: t } = parse(
  'episode.md',
  new TextEncoder().encode(
    ['**Project Manager:** Developers ship agents to every company now.', '**Sam Rivera:** Security comes last.'].join(
      '\n\n',
    ),
  ),
  { people, wordsPerMinute: 160 },
);

const claim = (speaker: string): Quote => ({
  text: 'Security comes last',
  display: 'Security comes last.',
  speaker,
  speakerId: 'x',
  role: 'host',
  startTime: 0,
  endTime: 1,
  source: { start: 0, end: 1 },
  score: 1,
});

describe("the episode summary's opening sentence", () => {
  it('names topics that read without an article: names, phrases, plurals and mass nouns, not a lone "developer"', () => {
    const { summary } = summarise(t, [], ['developer', 'Claude Code', 'company', 'agents', 'security'], []);
    expect(summary).toBe('Project Manager talks with Sam Rivera about Claude Code, agents and security.');
  });

  it('credits a quoted line to a role label as it is, and to a person by first name', () => {
    expect(summarise(t, [], ['agents'], [claim('Project Manager')]).summary).toContain('Project Manager says:');
    expect(summarise(t, [], ['agents'], [claim('Sam Rivera')]).summary).toContain('Sam says:');
  });
});
