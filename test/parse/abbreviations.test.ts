import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/index.js';
import { passageText } from '../../src/summarise/passage.js';
import { createCorrector } from '../../src/text/corrections.js';

/** A transcript of the given turn, answered by Dana Host. */
function transcriptOf(turn: string) {
  return parse('episode.md', new TextEncoder().encode(`${turn}\n\n**Dana Host:** Right.`), {
    people: { hosts: [], guests: [] },
    wordsPerMinute: 150,
  }).transcript;
}

function sentences(text: string): string[] {
  const t = transcriptOf(text);
  return t.sentences.filter((s) => s.turn === 0).map((s) => t.text.slice(s.start, s.end));
}

describe('a full stop after an abbreviation', () => {
  it('ends no sentence: a title before a name, "a.k.a.", "e.g." and "vs."', () => {
    expect(
      sentences(
        "**Sam Guest:** It's gonna have Dr. Pepper and candy. Ask Mr. Rogers. The frontend, a.k.a. the app, e.g. React vs. Vue. Done.",
      ),
    ).toEqual([
      "It's gonna have Dr. Pepper and candy",
      'Ask Mr. Rogers',
      'The frontend, a.k.a. the app, e.g. React vs. Vue',
      'Done',
    ]);
  });

  it('still ends one after any other word, "etc." included: it closes sentences as often as not', () => {
    expect(sentences('**Sam Guest:** We shipped it to the ER. Then we left, etc. Next.')).toEqual([
      'We shipped it to the ER',
      'Then we left, etc',
      'Next',
    ]);
  });
});

describe('a word written onto the one before it', () => {
  it('is no stutter of the word after it: "a.k.a. a load balancer" keeps its article', () => {
    const t = transcriptOf('**Sam Guest:** The frontend, a.k.a. a load balancer, and the the app.');
    const kept = t.words.filter((w) => !w.disfluent).map((w) => w.text);
    expect(kept.slice(0, 8)).toEqual(['The', 'frontend', 'a', 'k', 'a', 'a', 'load', 'balancer']);
    // A repeat said with a space between stays a stutter.
    expect(kept.slice(8, 11)).toEqual(['and', 'the', 'app']);
  });
});

describe('print after an abbreviation', () => {
  it('starts no new sentence with a capital: "a.k.a. a load balancer", not "a.k.a. A load balancer"', () => {
    const t = transcriptOf("**Sam Guest:** It's the frontend, a.k.a. a load balancer, e.g. nginx. it works.");
    const turn = t.turns[0]!;
    expect(passageText(t, turn.firstWord, turn.endWord, createCorrector({})).display).toBe(
      "It's the frontend, a.k.a. a load balancer, e.g. nginx. It works.",
    );
  });
});
