import { describe, expect, it } from 'vitest';
import { QUOTES_IN_NOTES } from '../../src/model/episode.js';
import { ShownPassages } from '../../src/summarise/repeats.js';
import { summarise } from '../../src/summarise/index.js';
import { createCorrector } from '../../src/text/corrections.js';
import { runContent, seedConfig, seedFile } from './helpers.js';

describe('passages already shown', () => {
  const text =
    'Fundamentally, progress has been a smooth exponential increase in capabilities. ' +
    'We talked about many other things for an hour. ' +
    'Fundamentally, if you look at progress, it has been a very smooth exponential increase in capabilities. ' +
    'Yes it is. No it is not.';
  const at = (phrase: string) => ({ start: text.indexOf(phrase), end: text.indexOf(phrase) + phrase.length });

  it('are repeated by an overlapping passage', () => {
    const shown = new ShownPassages(text);
    shown.add(at('We talked about many other things'));
    expect(shown.repeats(at('other things for an hour.'))).toBe(true);
    expect(shown.repeats(at('Yes it is.'))).toBe(false);
  });

  it('are repeated by the same words said elsewhere, as a cold open replays a passage', () => {
    const shown = new ShownPassages(text);
    shown.add(at('Fundamentally, progress has been a smooth exponential increase in capabilities.'));
    expect(
      shown.repeats(
        at('Fundamentally, if you look at progress, it has been a very smooth exponential increase in capabilities.'),
      ),
    ).toBe(true);
    expect(shown.repeats(at('We talked about many other things for an hour.'))).toBe(false);
  });

  it('are not repeated by short lines that merely share their few words', () => {
    const shown = new ShownPassages(text);
    shown.add(at('Yes it is.'));
    expect(shown.repeats(at('No it is not.'))).toBe(false);
  });
});

/** Letters and digits only, lower case: the same sentence however it was punctuated. */
const bare = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

describe('the show notes on the seed', () => {
  const title = 'Łukasz Kaiser on Reasoning Models and Why AI Progress Is Not Slowing Down';
  const { transcript, spans, config } = runContent(seedFile, seedConfig, 4260);
  const summary = summarise(transcript, spans, {
    quotes: config.quotes,
    correct: createCorrector(config.corrections),
    title,
  });
  const quoted = [...summary.summary.matchAll(/“([^”]+)”/g)].map((m) => m[1]!);

  it('say each sentence once: the summary, quotes, takeaways and chapter summaries share none', () => {
    const sections = {
      summary: quoted,
      quotes: summary.quotes.slice(0, QUOTES_IN_NOTES).map((q) => q.display),
      takeaways: summary.takeaways.map((k) => k.text),
      // The outro's thanks give it no one-liner: nothing to repeat.
      chapters: summary.chapters.map((c) => c.summary).filter((line) => line !== ''),
    };
    expect(quoted.length).toBeGreaterThan(0);
    const entries = Object.entries(sections).flatMap(([section, lines]) =>
      lines.map((line) => ({ section, line: bare(line) })),
    );
    for (const a of entries) {
      for (const b of entries) {
        if (a === b) continue;
        expect(b.line.includes(a.line), `${a.section} “${a.line}” appears in ${b.section}`).toBe(false);
      }
    }
  });

  it('quote, in the summary, a claim that is not on a card and reads alone', () => {
    // The claim that speaks most to the title, "Fundamentally, if you look at AI progress…", is a card's quote.
    expect(summary.quotes.slice(0, 3).map((q) => q.display)).toContainEqual(
      expect.stringMatching(/^Fundamentally, if you look at AI progress/),
    );
    expect(quoted[0]).not.toMatch(/^Fundamentally/);
    // "As you work on these things…" leans on what was said before it; the summary passes it over.
    expect(quoted[0]).not.toMatch(/\b(?:these|those) things\b/);
  });
});
