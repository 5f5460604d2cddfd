import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/load.js';
import { parse } from '../../src/parse/index.js';
import { segment } from '../../src/segment/index.js';
import { summarise } from '../../src/summarise/index.js';
import { createCorrector } from '../../src/text/corrections.js';

const people = { hosts: [{ name: 'Dana Host', aliases: [] }], guests: [{ name: 'Sam Guest', aliases: [] }] };

function takeaways(markdown: string): string[] {
  const config = resolveConfig({ podcast: { title: 'Test Show' }, people });
  const { transcript } = parse('episode.md', new TextEncoder().encode(markdown), { people, wordsPerMinute: 160 });
  const spans = segment(transcript, config.segmentation);
  return summarise(transcript, spans, { quotes: config.quotes, correct: createCorrector({}) }).takeaways.map(
    (k) => k.text,
  );
}

/**
 * An episode about deploy pipelines: an opening answer, then three lessons and a finding reported in the past. Only
 * the opening answer differs between the cases.
 */
function deployEpisode(opening: string): string {
  return [
    '**Dana Host:** What did the migration teach you about deploy pipelines?',
    `**Sam Guest:** ${opening}`,
    '**Dana Host:** And the tests?',
    '**Sam Guest:** Deploy pipelines always break when nobody owns the build servers and the tests that guard them.',
    '**Dana Host:** What about the teams?',
    '**Sam Guest:** Small teams that own their deploy pipelines ship faster than large teams that share one build server.',
    '**Dana Host:** And reviews?',
    '**Sam Guest:** Code review never replaces tests, because reviewers only read the lines the deploy pipelines change.',
    '**Dana Host:** Any numbers?',
    '**Sam Guest:** We found that seventy percent of failed deploy pipelines had no owner for their build servers at all.',
  ].join('\n\n');
}

describe('takeaways', () => {
  it("put the speaker's own past-tense story after the lessons, and keep a finding reported in the past", () => {
    const lines = takeaways(
      deployEpisode(
        'Usually the deploy script was broken, and I just restarted the build servers every single night before I went home.',
      ),
    );
    expect(lines.length).toBeGreaterThanOrEqual(3);
    expect(lines.join(' | ')).not.toMatch(/I just restarted/);
    expect(lines.join(' | ')).toMatch(/We found that seventy percent/);
  });

  it('put news of the speaker\'s own team ("We are moving…") after the lessons, and keep a finding', () => {
    const lines = takeaways(
      deployEpisode(
        'We are moving every deploy pipeline to build servers that own their tests, and the deploy pipelines always break less.',
      ),
    );
    expect(lines.length).toBe(3);
    expect(lines.join(' | ')).not.toMatch(/We are moving/);
    expect(lines.join(' | ')).toMatch(/We found that seventy percent/);
  });
});

describe('a takeaway', () => {
  it('never opens on a fragment of the talk', () => {
    const turns = [
      '**Dana Host:** What changes when a whole team shares coding agents?',
      '**Sam Guest:** Not single player mode, but multiplayer mode for coding agents. Teams that share coding agents review code faster and ship code faster than teams that do not.',
      '**Dana Host:** Where does the work go then?',
      '**Sam Guest:** Coding agents make code review the bottleneck for every team. A team that reviews code slowly gains nothing from an agent that writes code quickly.',
      '**Dana Host:** And the cost?',
      '**Sam Guest:** Coding agents cost less than a developer hour for most tasks. Budgets for coding agents grow when the review of agent code gets faster.',
    ].join('\n\n');
    const found = takeaways(turns);
    expect(found.length).toBeGreaterThan(0);
    for (const k of found) expect(k).not.toMatch(/^Not single player/);
  });
});

describe("a host's claim", () => {
  const episode = (hostLine: string) =>
    [
      '**Dana Host:** What did the migration teach you about deploy pipelines?',
      '**Sam Guest:** Deploy pipelines always break when nobody owns the build servers and the tests that guard them.',
      `**Dana Host:** ${hostLine}`,
      '**Sam Guest:** Small teams that own their deploy pipelines ship faster than large teams that share one build server.',
      '**Dana Host:** And reviews?',
      '**Sam Guest:** Code review never replaces tests, because reviewers only read the lines the deploy pipelines change.',
      '**Dana Host:** Any numbers?',
      '**Sam Guest:** Teams that skip the tests on their deploy pipelines roll back twice as often as teams that run them.',
    ].join('\n\n');

  it("is a takeaway only after the guest's claims, though it is the strongest", () => {
    const lines = takeaways(
      episode(
        'A rollback of deploy pipelines is always cheaper than an outage, so every team should practise a rollback on its build servers before it needs one.',
      ),
    );
    expect(lines).toHaveLength(3);
    expect(lines.join(' | ')).not.toMatch(/A rollback of deploy pipelines/);
  });
});
