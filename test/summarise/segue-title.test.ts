import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/index.js';
import { countPhrases, rankPhrases } from '../../src/summarise/phrases.js';
import { segueTitle } from '../../src/summarise/segue-title.js';
import { createCorrector } from '../../src/text/corrections.js';
import { DANA_AND_SAM, wholeSpan } from './helpers.js';

/** The segue title of a small Markdown transcript taken as one chapter. */
function segueOf(markdown: string): string | undefined {
  const { transcript: t } = parse('episode.md', new TextEncoder().encode(markdown), {
    people: DANA_AND_SAM,
    wordsPerMinute: 160,
  });
  const whole = countPhrases(t, 0, t.sentences.length);
  return segueTitle(
    t,
    wholeSpan(t, 'topic'),
    rankPhrases(whole, whole, 1, [0, t.sentences.length]),
    createCorrector({}),
  );
}

const answer =
  '**Sam Guest:** The future of TypeScript is in the type system, not in new syntax. The type system keeps growing, and the future of TypeScript depends on how well the type system scales to huge codebases. Agents and their measurement matter too: measuring agents is how teams see what agents do.';

describe('the topic a host announces', () => {
  it('titles the chapter in the host’s words', () => {
    expect(
      segueOf(
        [
          '**Dana Host:** Now, I want to transition to talking about the future of TypeScript a little bit.',
          answer,
        ].join('\n\n'),
      ),
    ).toBe('The Future of TypeScript');
  });

  it('leaves out a pointing word and what follows the noun', () => {
    expect(
      segueOf(
        [
          "**Dana Host:** Alright, Sam, we're here to talk about measuring these agents that are infiltrating our organizations.",
          answer,
        ].join('\n\n'),
      ),
    ).toBe('Measuring Agents');
  });

  it('is the call itself when short ("Let\'s talk about TypeScript.")', () => {
    expect(segueOf(["**Dana Host:** Where is it at? Let's talk about TypeScript.", answer].join('\n\n'))).toBe(
      "Let's Talk About TypeScript",
    );
    // Caption text without stops: the call closes a longer sentence.
    expect(segueOf(["**Dana Host:** where is it at let's talk about TypeScript", answer].join('\n\n'))).toBe(
      "Let's Talk About TypeScript",
    );
    // A longer sentence gives its topic only, and one noun is no title.
    expect(
      segueOf(['**Dana Host:** Where is it at? I want to talk about TypeScript with you today.', answer].join('\n\n')),
    ).toBeUndefined();
  });

  it('is not the call as said when it points ("Let\'s talk about these agents")', () => {
    expect(
      segueOf(["**Dana Host:** Where is it at? Let's talk about these agents.", answer].join('\n\n')),
    ).toBeUndefined();
  });

  it('follows "speaking of" at the start of a sentence', () => {
    expect(segueOf(['**Dana Host:** Speaking of the type system, how big can it get?', answer].join('\n\n'))).toBe(
      'The Type System',
    );
  });

  it('ends before the name of the one addressed, which caption text sets off with no comma', () => {
    expect(segueOf(['**Dana Host:** speaking of the type system sam how big can it get', answer].join('\n\n'))).toBe(
      'The Type System',
    );
  });

  it('not when the host puts it off ("But to do that…")', () => {
    expect(
      segueOf(
        [
          '**Dana Host:** Now, I want to transition to talking about the future of TypeScript a little bit. But to do that, I want to talk about a trend first.',
          answer,
        ].join('\n\n'),
      ),
    ).toBeUndefined();
  });

  it('not when caption text runs the putting off into the same sentence', () => {
    expect(
      segueOf(
        [
          '**Dana Host:** now i want to transition to talking about the future of TypeScript a little bit but to do that i want to talk about a trend first',
          answer,
        ].join('\n\n'),
      ),
    ).toBeUndefined();
  });

  it('not from a question the host frames with a topic ("one question I want to ask about X is how…")', () => {
    expect(
      segueOf(
        [
          '**Dana Host:** So one question I did want to ask about the future of TypeScript is how it fits in with learning.',
          answer,
        ].join('\n\n'),
      ),
    ).toBeUndefined();
  });

  it('not from a guest, nor without a topic named', () => {
    expect(
      segueOf(['**Dana Host:** Go on.', `${answer} I want to talk about the future of TypeScript next.`].join('\n\n')),
    ).toBeUndefined();
    expect(segueOf(["**Dana Host:** Let's talk about it for a second.", answer].join('\n\n'))).toBeUndefined();
  });
});
