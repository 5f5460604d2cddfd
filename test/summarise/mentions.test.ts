import { describe, expect, it } from 'vitest';
import { mentionKind } from '../../src/summarise/mentions.js';
import { parse } from '../../src/parse/index.js';
import { findMentions } from '../../src/summarise/mentions.js';
import { createCorrector } from '../../src/text/corrections.js';
import { runContent, seedConfig, seedFile } from './helpers.js';

/** The mentions of a small Markdown transcript with Dana Host and Sam Guest. */
function mentionsIn(markdown: string, show?: string, givenNames?: ReadonlySet<string>) {
  const people = { hosts: [{ name: 'Dana Host', aliases: [] }], guests: [{ name: 'Sam Guest', aliases: [] }] };
  const { transcript } = parse('episode.md', new TextEncoder().encode(markdown), { people, wordsPerMinute: 160 });
  return findMentions(transcript, createCorrector({}), ['Dana Host', 'Sam Guest'], show, givenNames);
}

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
    // A company by its name's last word, however like a person's the first one is.
    expect(mentionKind('Zed Industries')).toBe('organisation');
    expect(mentionKind('Acme Corp.')).toBe('organisation');
  });

  it('list what a listener would look up in the seed: companies and products, once each', () => {
    const { summary } = runContent(seedFile, seedConfig, 4260);
    const names = summary.mentions.map((m) => m.name);
    expect(summary.mentions.find((m) => m.name === 'Google')?.kind).toBe('organisation');
    expect(names).toEqual(expect.arrayContaining(['OpenAI', 'Gemini', 'Google Brain']));
    // Generic acronyms, places and the people on the show are not "mentioned"; a plural is the same thing.
    for (const name of ['AI', 'RL', 'GPU', 'GPUs', 'PhD', 'San Francisco', 'France', 'French', 'Matt', 'Łukasz Kaiser'])
      expect(names, name).not.toContain(name);
    expect(new Set(names.map((n) => n.replace(/s$/, ''))).size).toBe(names.length);
  });

  it('count a short form under the one longer name it ends, not a name it starts; a day is no mention', () => {
    const mentions = mentionsIn(
      [
        '**Dana Host:** I bought a Raspberry Pi. The Pi runs Go, and so does the Pi Zero, and the Raspberry Pi has pins.',
        '**Sam Guest:** My Pi is old. A Pi Zero is smaller than a Raspberry Pi. I got it on a Friday, the next Friday too.',
      ].join('\n\n'),
    );
    expect(mentions.map((m) => [m.name, m.count])).toEqual([
      ['Raspberry Pi', 5],
      ['Pi Zero', 2],
    ]);
  });

  it('count a plural or a possessive with its name, under the form heard most', () => {
    const mentions = mentionsIn(
      [
        '**Dana Host:** We moved to Postgres in March, and the Macs came later. Sam, you ran the Macs.',
        "**Sam Guest:** Yes, the Mac cluster ran Postgres. Our team liked Postgres's planner, and Dana liked Stripe.",
        '**Dana Host:** Then Stripe bought the company, and we kept Postgres on the Macs with Sam Guest.',
      ].join('\n\n'),
    );
    expect(mentions).toEqual([
      { name: 'Macs', count: 4, kind: 'term' },
      { name: 'Postgres', count: 4, kind: 'term' },
      { name: 'Stripe', count: 2, kind: 'organisation' },
    ]);
  });

  it('list no abbreviation, title or possessive of someone on the show, and read a name inside quotation marks', () => {
    const mentions = mentionsIn(
      [
        '**Dana Host:** In the U.S. we watched "Dune." Then Dr. Ruth said "Dune" was long, and Sam\'s pick was Tenet.',
        "**Sam Guest:** Yes, Sam's pick: Tenet, i.e. the one in St. Petersburg, e.g. the U.S. cut of Tenet.",
      ].join('\n\n'),
    );
    expect(mentions.map((m) => m.name)).toEqual(['Tenet', 'Dune']);
  });

  it('count a given name under the one person the episode names in full with it', () => {
    const markdown = [
      '**Dana Host:** Did you read what Jeff Bezos wrote? I think Jeff Bezos is right about memos.',
      '**Sam Guest:** I agree with Jeff, and Jeff writes well. My Mac Studio and my Mac sit on the desk with the Mac Studio.',
    ].join('\n\n');
    const counts = (given: ReadonlySet<string>) => mentionsIn(markdown, undefined, given).map((m) => [m.name, m.count]);
    expect(counts(new Set(['Jeff']))).toEqual([
      ['Jeff Bezos', 4],
      ['Mac Studio', 2],
    ]);
    // Only a given name of a person named in full ("Mac" is no one's here).
    expect(counts(new Set())).toEqual([
      ['Jeff', 2],
      ['Jeff Bezos', 2],
      ['Mac Studio', 2],
    ]);
  });

  it("leave out the show's own name and an exclamation", () => {
    const mentions = mentionsIn(
      [
        '**Dana Host:** Welcome to Vector Party. Oh my God, Postgres again.',
        '**Sam Guest:** Vector Party listeners love Postgres, my God they do.',
      ].join('\n\n'),
      'Vector Party',
    );
    expect(mentions.map((m) => m.name)).toEqual(['Postgres']);
  });
});
