import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/index.js';
import { workTitle } from '../../src/summarise/work-title.js';
import { createCorrector } from '../../src/text/corrections.js';
import { DANA_AND_SAM, wholeSpan } from './helpers.js';

/** The work title of a small Markdown transcript taken as one chapter. */
function workOf(markdown: string): string | undefined {
  const { transcript: t } = parse('episode.md', new TextEncoder().encode(markdown), {
    people: DANA_AND_SAM,
    wordsPerMinute: 160,
  });
  return workTitle(t, wholeSpan(t, 'topic'), createCorrector({}), 60);
}

const post = '**Sam Guest:** A while back on my blog I wrote a post called "I\'m a cog." ';

describe('a chapter about a named work', () => {
  it('is titled by the work when the chapter takes up its words', () => {
    expect(
      workOf(
        post +
          'I was fine with being a cog in that machine. Be a linchpin, they say, but a cog does its job and goes home.',
      ),
    ).toBe("I'm a Cog");
  });

  it('keeps the question mark of a title that asks', () => {
    expect(
      workOf(
        '**Dana Host:** There is an article titled "How does Bluesky work?" that explains it. Bluesky runs on a protocol, and Bluesky servers federate. Bluesky is open.',
      ),
    ).toBe('How Does Bluesky Work?');
  });

  it('is not a work named in passing', () => {
    expect(workOf(post + 'Anyway, the weather in Denver was fine and the trains ran on time.')).toBeUndefined();
  });

  it('is a post, a book or a talk, not a file or a command', () => {
    expect(
      workOf(
        '**Sam Guest:** I keep a folder called "passwords" on my desktop. Passwords everywhere, passwords in plain text, passwords in folders.',
      ),
    ).toBeUndefined();
  });
});
