import { describe, expect, it } from 'vitest';
import type { Quote } from '../../src/model/episode.js';
import { parse } from '../../src/parse/index.js';
import { hostDescription, summarise } from '../../src/summarise/summary.js';
import { createCorrector } from '../../src/text/corrections.js';

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
    const phrases = summarise(t, [], ['language server', 'remote control', 'type checker', 'machine learning'], []);
    expect(phrases.summary).toBe('Project Manager talks with Sam Rivera about remote control and machine learning.');
  });

  it('names a topic in the plural when it is said so, so it reads without an article', () => {
    const { transcript: said } = parse(
      'episode.md',
      new TextEncoder().encode(
        [
          '**Project Manager:** Reasoning models think first. We tried two reasoning models, and one reasoning model won.',
          '**Sam Rivera:** Home automation is a hobby; my home automations are one script. Reasoning models help.',
        ].join('\n\n'),
      ),
      { people, wordsPerMinute: 160 },
    );
    const { summary } = summarise(said, [], ['reasoning model', 'home automation', 'Raspberry Pi'], []);
    expect(summary).toBe(
      'Project Manager talks with Sam Rivera about reasoning models, home automation and Raspberry Pi.',
    );
  });

  it('names co-hosts beside the host, not among the guests', () => {
    const { transcript: panel } = parse(
      'episode.md',
      new TextEncoder().encode(
        [
          '**Dana Host:** Welcome to the show. With me as always is Lee Cohost, and our guest is Sam Rivera.',
          '**Lee Cohost:** Hello.',
          '**Sam Rivera:** Security comes last.',
        ].join('\n\n'),
      ),
      { people: { hosts: [], guests: [] }, wordsPerMinute: 160 },
    );
    expect(summarise(panel, [], ['agents'], []).summary).toBe(
      'Dana Host and Lee Cohost talk with Sam Rivera about agents.',
    );
  });

  it('names the hosts of an episode without guests as the ones who talk', () => {
    const { transcript: panel } = parse(
      'episode.md',
      new TextEncoder().encode(
        [
          "**Dana Host:** Welcome. We're having a full panel episode with all of our hosts. Joining me is Lee Cohost.",
          '**Lee Cohost:** Hello.',
        ].join('\n\n'),
      ),
      { people: { hosts: [], guests: [] }, wordsPerMinute: 160 },
    );
    expect(summarise(panel, [], ['agents'], []).summary).toBe('Dana Host and Lee Cohost talk about agents.');
  });

  it('counts the guests of a panel too large to name in a sentence', () => {
    const names = ['Ada Byron', 'Ben Cole', 'Cleo Dunn', 'Dev Eze', 'Eve Ford'];
    const { transcript: panel } = parse(
      'episode.md',
      new TextEncoder().encode(
        ['**Dana Host:** Welcome, everyone.', ...names.map((n) => `**${n}:** Security comes last.`)].join('\n\n'),
      ),
      { people: { hosts: [], guests: [] }, wordsPerMinute: 160 },
    );
    expect(summarise(panel, [], ['agents'], []).summary).toBe('Dana Host talks with 5 guests about agents.');
    const four = { ...panel, speakers: panel.speakers.slice(0, 5) };
    expect(summarise(four, [], ['agents'], []).summary).toBe(
      'Dana Host talks with Ada Byron, Ben Cole, Cleo Dunn and Dev Eze about agents.',
    );
  });

  it('joins the themes a host lists to the description they explain', () => {
    const source = { start: 0, end: 1 };
    const { summary } = summarise(
      t,
      [
        { text: 'This episode is a deep exploration of the AI frontier.', source },
        {
          text: 'Why the slowdown narrative is wrong, the puzzles that still stump models, and where AI goes next.',
          source,
        },
      ],
      ['agents'],
      [],
    );
    expect(summary).toContain(
      'This episode is a deep exploration of the AI frontier: why the slowdown narrative is wrong, the puzzles',
    );
    const plain = summarise(
      t,
      [
        { text: 'This episode is about agents.', source },
        { text: 'Why do they fail?', source },
      ],
      ['agents'],
      [],
    );
    expect(plain.summary).toContain('This episode is about agents. Why do they fail?');
  });

  it('credits a quoted line to a role label as it is, and to a person by first name', () => {
    expect(summarise(t, [], ['agents'], [claim('Project Manager')]).summary).toContain('Project Manager says:');
    expect(summarise(t, [], ['agents'], [claim('Sam Rivera')]).summary).toContain('Sam says:');
  });
});

describe("the host's description of the episode", () => {
  const { transcript: opening } = parse(
    'episode.md',
    new TextEncoder().encode(
      [
        "**Dana Host:** Alright, Sam, we're here to talk about measuring the agents in our organizations.",
        "**Sam Rivera:** They're everywhere!",
        '**Dana Host:** Somebody has to track them.',
      ].join('\n\n'),
    ),
    {
      people: { hosts: [{ name: 'Dana Host', aliases: [] }], guests: [{ name: 'Sam Rivera', aliases: [] }] },
      wordsPerMinute: 160,
    },
  );
  const all = { start: 0, end: opening.text.length };

  it('is the host saying what the episode is about, without the opening word and the name it is said to', () => {
    expect(hostDescription(opening, all, createCorrector({})).map((d) => d.text)).toEqual([
      "We're here to talk about measuring the agents in our organizations.",
    ]);
  });

  it('is no promise that names nothing, and takes no broken sentence after it', () => {
    const described = (lines: string[]) => {
      const { transcript } = parse(
        'episode.md',
        new TextEncoder().encode([...lines, '**Sam Rivera:** Hello!'].join('\n\n')),
        {
          people: { hosts: [{ name: 'Dana Host', aliases: [] }], guests: [{ name: 'Sam Rivera', aliases: [] }] },
          wordsPerMinute: 160,
        },
      );
      return hostDescription(transcript, { start: 0, end: transcript.text.length }, createCorrector({})).map(
        (d) => d.text,
      );
    };
    expect(
      described([
        "**Dana Host:** It's a fun one. We'll talk about it in more detail soon. And the causal reasons why I ended up doing those things that I'm doing.",
      ]),
    ).toEqual([]);
    expect(
      described([
        "**Dana Host:** Today we're playing a very special game. This is Gophers Say, a game show all about the opinions of our listeners.",
      ]),
    ).toEqual([
      "Today we're playing a very special game.",
      'This is Gophers Say, a game show all about the opinions of our listeners.',
    ]);
    expect(
      described([
        "**Dana Host:** Today we talk about causal inference in practice. And the causal reasons why I ended up doing those things that I'm doing.",
      ]),
    ).toEqual(['Today we talk about causal inference in practice.']);
    // Leaning on what came before: "With that in mind, …".
    expect(
      described([
        "**Dana Host:** With that in mind, I'll be taking a break from the show after this episode. Today we talk about Kaizen.",
      ]),
    ).toEqual(['Today we talk about Kaizen.']);
    // Words lost to the transcriber inside it: "I only read what's on the [unintelligible] I'm Mat, and today we're…".
    expect(
      described([
        "**Dana Host:** I only read what's on the \\[unintelligible 00:02:49.05\\] I'm Dana, and today we're discussing Go in languages other than English.",
      ]),
    ).toEqual([]);
  });
});
