import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/load.js';
import { loadCases } from '../../src/eval/dataset.js';
import { segment } from '../../src/segment/index.js';
import { summarise } from '../../src/summarise/index.js';
import { correctorFor } from '../../src/text/corrections.js';
import { stem } from '../../src/text/stem.js';
import { isStopword } from '../../src/text/stopwords.js';
import { wordsOf } from '../../src/text/words.js';
import { createCorrector } from '../../src/text/corrections.js';
import { centralityIn } from '../../src/summarise/centrality.js';
import { chapterSummary } from '../../src/summarise/one-liner.js';
import { ShownPassages } from '../../src/summarise/repeats.js';
import { inverseFrequency, sentenceTerms } from '../../src/text/terms.js';
import { chapterPerTurn, runContent, seedConfig, seedFile, wholeSpan } from './helpers.js';

const stems = (text: string) =>
  new Set(
    wordsOf(text)
      .filter((w) => !isStopword(w))
      .map(stem),
  );

describe("a chapter's one-liner", () => {
  const { summary } = runContent(seedFile, seedConfig);
  const topics = summary.chapters.filter((c) => c.kind === 'topic');

  // Without the title's pull, 4 of the seed's 15 topic one-liners share a word with their title.
  it("says what the chapter's title names in half the chapters or more, so title and line read as one", () => {
    const agreeing = topics.filter((c) => {
      const inLine = stems(c.summary);
      return [...stems(c.title)].some((s) => inLine.has(s));
    });
    expect(topics.length).toBeGreaterThan(10);
    expect(agreeing.length, agreeing.map((c) => c.title).join(' | ')).toBeGreaterThanOrEqual(
      Math.floor(topics.length / 2),
    );
  });
});

/** The one-liner of a small transcript taken as one chapter, nothing else of the notes printed yet. */
function lineOf(markdown: string): string {
  const { t, spans } = chapterPerTurn(markdown);
  const terms = sentenceTerms(t);
  const centrality = centralityIn([[0, t.sentences.length]], terms, inverseFrequency(terms));
  return chapterSummary(t, spans[0]!, terms, centrality, createCorrector({}), new ShownPassages(t.text), new Set());
}

describe("a chapter's one-liner, standing alone", () => {
  it('is what the talk says, not the speaker turning it somewhere else', () => {
    expect(
      lineOf(
        '**Sam Guest:** I want to zoom out a little bit on a couple other things, which is the build cache. ' +
          "I'm thinking about keeping the build cache next to every developer laptop.",
      ),
    ).toBe("I'm thinking about keeping the build cache next to every developer laptop.");
  });

  it("is not the show's housekeeping, even inside a topic, where a line leaning on someone unnamed comes first", () => {
    expect(
      lineOf(
        '**Sam Guest:** If you want to follow Changelog on Blue Sky and read Changelog posts on Blue Sky, please do. ' +
          'Custom feeds let anyone build a timeline from the posts she likes most.\n\n**Dana Host:** Right.',
      ),
    ).toBe('Custom feeds let anyone build a timeline from the posts she likes most.');
  });

  it('is not the host steering to the next topic with a segue', () => {
    expect(
      lineOf(
        "**Sam Guest:** Let's do a hard segue into DevRel careers, because DevRel careers and DevRel teams matter. " +
          'Good DevRel teams hire engineers who write clearly and ship demos.\n\n**Dana Host:** Right.',
      ),
    ).toBe('Good DevRel teams hire engineers who write clearly and ship demos.');
  });

  it("is the guest's answer, not the host's lead-in to a question asked inside the chapter", () => {
    const markdown = [
      '**Sam Guest:** We store every build artifact in object storage, and the build cache lives there too.',
      "**Dana Host:** I love fast builds, and I love build caches that live right next to the developers' laptops. What's your thinking about build caches on laptops?",
      '**Sam Guest:** Yeah. A laptop build cache saves minutes, but the object storage copy is the one every developer trusts.',
    ].join('\n\n');
    const { t } = chapterPerTurn(markdown);
    const terms = sentenceTerms(t);
    const centrality = centralityIn([[0, t.sentences.length]], terms, inverseFrequency(terms));
    const line = (span: ReturnType<typeof wholeSpan>) =>
      chapterSummary(t, span, terms, centrality, createCorrector({}), new ShownPassages(t.text), new Set());
    expect(line(wholeSpan(t, 'topic'))).toBe(
      'A laptop build cache saves minutes, but the object storage copy is the one every developer trusts.',
    );
    // The question that opens a chapter frames it: there the host's lead-in may be the line.
    const fromQuestion = { ...wholeSpan(t, 'topic'), firstSentence: 1, start: t.turns[1]!.start };
    expect(line(fromQuestion)).toBe(
      "I love fast builds, and I love build caches that live right next to the developers' laptops.",
    );
  });

  it('is never a promo code, however central to the chapter', () => {
    expect(
      lineOf(
        '**Dana Host:** See you there. ' +
          "If you're thinking about going to the conference in Raleigh, go to the conference registration site and use the code listeners20. " +
          "We can't do that unless you come to the conference in Raleigh and meet the open source maintainers. " +
          'Bye now.',
      ),
    ).toBe("We can't do that unless you come to the conference in Raleigh and meet the open source maintainers.");
  });

  it('is not one whose "they" stands for nobody named in it, when another line stands alone', () => {
    expect(
      lineOf(
        '**Sam Guest:** The kernel driver update. ' +
          'The outage report says they never test the kernel driver update on real machines before the kernel driver update ships. ' +
          'A kernel driver update, yes. ' +
          'The release went out to every laptop in the company on the same morning. ' +
          'Right.',
      ),
    ).toMatch(/^The release went out/);
    // A name said before the "they" may be who they are.
    expect(
      lineOf(
        '**Sam Guest:** The kernel driver update. ' +
          'The outage report from Acme says they never test the kernel driver update on real machines before the kernel driver update ships. ' +
          'A kernel driver update, yes. ' +
          'The release went out to every laptop in the company on the same morning. ' +
          'Right.',
      ),
    ).toMatch(/^The outage report from Acme/);
  });
});

const dev = path.resolve(import.meta.dirname, '../../../shared/eval/dev');

describe.skipIf(!existsSync(dev))("a chapter's one-liner on a development episode", () => {
  it('says something the notes do not print already, when the chapter has such a line', () => {
    // friends-101 opens on the host's framing, which the summary prints; its first chapter's line is another.
    const c = loadCases(dev).find((x) => x.name === 'changelog-friends-101')!;
    const config = resolveConfig({ podcast: { title: 'eval' } });
    const spans = segment(c.transcript, config.segmentation);
    const summary = summarise(c.transcript, spans, {
      quotes: config.quotes,
      correct: correctorFor(c.transcript, {}),
      ...(c.show === undefined ? {} : { show: c.show }),
    });
    const line = summary.chapters[0]!.summary.replace(/^\p{L}+, /u, '').toLowerCase();
    expect(line.length).toBeGreaterThan(0);
    expect(summary.summary.toLowerCase()).not.toContain(line.replace(/\.$/, ''));
  });
});
