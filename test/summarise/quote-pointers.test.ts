import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/index.js';
import { scorePassages } from '../../src/summarise/quotes.js';
import { inverseFrequency, sentenceTerms } from '../../src/text/terms.js';
import { DANA_AND_SAM, quotesOf } from './helpers.js';

/** The score of Sam Guest's one-sentence quote. */
function scoreOf(sentence: string): number {
  const quotes = quotesOf([`**Sam Guest:** ${sentence}`, '**Dana Host:** Okay.'].join('\n\n'));
  expect(quotes.map((q) => q.display)).toEqual([sentence]);
  return quotes[0]!.score;
}

describe('a demonstrative in a quote', () => {
  it('costs a quote when its noun was never named in it ("I think this limit is…")', () => {
    const pointing = scoreOf('I think this limit is more fundamental than most people assume about training.');
    const plain = scoreOf('I think the limit is more fundamental than most people assume about training.');
    expect(pointing).toBeLessThan(plain - 0.5);
  });

  it('costs nothing when the quote named the noun first', () => {
    const pointing = scoreOf(
      'Every limit hides a cost, and I think this limit is more fundamental than people assume.',
    );
    const plain = scoreOf('Every limit hides a cost, and I think the limit is more fundamental than people assume.');
    expect(pointing).toBeCloseTo(plain, 5);
  });

  it('costs nothing when it points at the here and now ("this year")', () => {
    const now = scoreOf('I think this year is more fundamental than most people assume about training.');
    const plain = scoreOf('I think the year is more fundamental than most people assume about training.');
    expect(now).toBeCloseTo(plain, 5);
  });
});

describe('a "they" in a quote', () => {
  it('costs a quote when nobody it could stand for is named before it', () => {
    const unnamed = scoreOf(
      'The wild part is that they never talked about the outage, and nobody outside would have known.',
    );
    const named = scoreOf(
      'The wild part is that the vendors never talked about the outage, and nobody outside would have known.',
    );
    expect(unnamed).toBeLessThan(named - 1);
  });

  it('costs nothing when a group or a plural noun comes first', () => {
    const named = scoreOf('The wild part is that the vendors say they never talked about the outage at all.');
    const unnamed = scoreOf('The wild part is that somebody says they never talked about the outage at all.');
    const unnamedToo = scoreOf('The wild part is that the vendor says they never talked about the outage at all.');
    // "Somebody" is someone "they" can stand for: no cost beyond the words' own.
    expect(Math.abs(unnamed - named)).toBeLessThan(0.5);
    // One vendor is no "they"; a vendor named is.
    expect(unnamedToo).toBeLessThan(named - 1);
    const acme = scoreOf('The wild part is that the vendor Acme says they never talked about the outage at all.');
    expect(acme).toBeGreaterThan(unnamedToo + 1);
  });
});

describe('a rare thing named with "the" right after the story that told it', () => {
  /** Pointers counted in the passage that is Sam's last sentence alone, after `story`. */
  function pointersAfter(
    story: string,
    line = 'The teapot is now broken and everything that gave joy to the owner is gone forever.',
  ): number {
    // Enough other sentences for "teapot" to be a rare word of the episode, as in a real one.
    const talk = Array.from({ length: 150 }, (_, k) => `Point ${k} of the talk is on the general agenda.`).join(' ');
    const markdown = [`**Dana Host:** ${talk}`, `**Sam Guest:** ${story} ${line}`, '**Dana Host:** Okay.'].join('\n\n');
    const { transcript: t } = parse('episode.md', new TextEncoder().encode(markdown), {
      people: DANA_AND_SAM,
      wordsPerMinute: 160,
    });
    const last = t.sentences.findIndex((x) => t.text.slice(x.start, x.end).startsWith(line.slice(0, 20)));
    const { candidates } = scorePassages(t, inverseFrequency(sentenceTerms(t)), { minWords: 8, maxWords: 40 });
    const alone = candidates.find((c) => c.firstSentence === last && c.endSentence === last + 1);
    expect(alone).toBeDefined();
    return alone!.pointers;
  }

  it('points back: the reader of the card never heard the story', () => {
    expect(pointersAfter('A wise woman was given an ornate teapot by the emperor himself.')).toBe(1);
  });

  it('points at nothing when the phrase says which one it means', () => {
    const story = 'A wise woman was given an ornate teapot by the emperor himself.';
    expect(
      pointersAfter(story, 'The teapot in every kitchen of the palace is broken and the joy it gave is gone.'),
    ).toBe(0);
  });

  it('points at nothing when the story never named it', () => {
    expect(pointersAfter('A wise woman was given an ornate vase by the emperor himself.')).toBe(0);
  });
});

describe('a passage the speaker breaks into', () => {
  it('costs a quote when the speaker cuts themselves off inside it', () => {
    const scored = (line: string) =>
      quotesOf([`**Sam Guest:** ${line}`, '**Dana Host:** Okay.'].join('\n\n')).find((q) =>
        q.display.startsWith("I don't want to"),
      )!.score;
    const cut = scored("I don't want to -- we're coming out with some data on the leaderboard of tools real soon.");
    const whole = scored(
      "I don't want to wait, we're coming out with some data on the leaderboard of tools real soon.",
    );
    expect(cut).toBeLessThan(whole - 1.5);
  });

  it('costs a quote when it opens on the rest of a list ("Sometimes pair programming, but…")', () => {
    const rest = scoreOf("Sometimes pair programming, but it's more like a particular scenario for the team.");
    const whole = scoreOf("Sometimes pair programming helps, but it's more like a particular scenario for the team.");
    expect(rest).toBeLessThan(whole - 1);
  });
});

describe('a short opening sentence that names nothing', () => {
  it('is left out of the passage: the quote starts where the thought does', () => {
    const quotes = quotesOf(
      [
        "**Sam Guest:** I don't know what to do. Actually, I love pipeline operators because they make data transformations read from top to bottom.",
        '**Dana Host:** Okay.',
      ].join('\n\n'),
    );
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes) expect(q.display).not.toMatch(/^I don't know what to do/);
  });

  it('stays when it names something ("Pipelines are great.")', () => {
    const quotes = quotesOf(
      [
        '**Sam Guest:** Pipeline operators are great. They make data transformations read from top to bottom in every codebase.',
        '**Dana Host:** Okay.',
      ].join('\n\n'),
    );
    expect(quotes.some((q) => q.display.startsWith('Pipeline operators are great. They make'))).toBe(true);
  });
});

describe('a passage that ends by saying it again', () => {
  const md = [
    "**Sam Guest:** The skills you need keep changing, because there's new innovation every year. So there will always be room for software engineers. It's just the skills that keep changing.",
    '**Dana Host:** Okay.',
  ].join('\n\n');

  it('scores below the passage without the restatement, which is quoted', () => {
    const { transcript: t } = parse('episode.md', new TextEncoder().encode(md), {
      people: DANA_AND_SAM,
      wordsPerMinute: 160,
    });
    const { candidates } = scorePassages(t, inverseFrequency(sentenceTerms(t)), { minWords: 8, maxWords: 40 });
    const score = (end: number) => candidates.find((c) => c.firstSentence === 0 && c.endSentence === end)!.score;
    expect(score(3)).toBeLessThan(score(2) - 1);
    expect(quotesOf(md)[0]?.display).toBe(
      "The skills you need keep changing, because there's new innovation every year. So there will always be room for software engineers.",
    );
  });
});

describe('a short tail after a quote', () => {
  it('is left off: "Anyways." ends the talk, not the thought', () => {
    const quotes = quotesOf(
      [
        "**Sam Guest:** There's a love/hate relationship there. It's a mixed bag. Anyways...\n\nI was trying to get Plex to run in Docker on Windows, just for fun, over a weekend.",
        '**Dana Host:** Okay.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => q.display)).toContain("There's a love/hate relationship there. It's a mixed bag.");
    expect(quotes.map((q) => q.display).join(' ')).not.toMatch(/Anyways/);
  });
});
