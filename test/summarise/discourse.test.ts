import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/index.js';
import { passageText } from '../../src/summarise/passage.js';
import { leadingMarkers } from '../../src/text/discourse.js';
import { runContent, seedConfig, seedFile } from './helpers.js';

const words = (s: string) => s.split(' ');

describe('leading discourse markers', () => {
  it('are counted at the start, repeated markers too', () => {
    expect(leadingMarkers(words('You know our Python code would run much slower'))).toBe(2);
    expect(leadingMarkers(words('So I mean the model learns from its own mistakes'))).toBe(3);
    expect(leadingMarkers(words('The model learns from its own mistakes every day'))).toBe(0);
  });

  it('leave words that also carry meaning unless a comma sets them off', () => {
    const text = words('Like every complex system you can only understand so much');
    expect(leadingMarkers(text, () => false)).toBe(0);
    expect(leadingMarkers(words('Right now the model thinks for longer'), () => false)).toBe(0);
    expect(leadingMarkers(words('Well the model thinks for much longer now'), (k) => k === 0)).toBe(1);
    expect(leadingMarkers(words('Well the model thinks for much longer now'), () => false)).toBe(0);
  });

  it('include "alright" and "all right" set off by a comma', () => {
    expect(leadingMarkers(words("Alright we're here to talk about measuring agents"), (k) => k === 0)).toBe(1);
    expect(leadingMarkers(words('All right we ship the release on Monday'), (k) => k === 1)).toBe(2);
    expect(leadingMarkers(words('All right answers come from good data'), () => false)).toBe(0);
  });

  it('include connectives that tie a sentence to the one before', () => {
    expect(leadingMarkers(words("At the same time you don't want to refuse every question"), () => false)).toBe(4);
    expect(leadingMarkers(words('Second of all Nick has been writing TypeScript for years'))).toBe(3);
    expect(leadingMarkers(words("In other words it's not as if you spend all day writing code"))).toBe(3);
    expect(leadingMarkers(words('However the model still needs much more data'), (k) => k === 0)).toBe(1);
    // Without a comma these words are the sentence's own: "That said it all", "Of course work comes first".
    expect(leadingMarkers(words('That said it all about the state of the industry'), () => false)).toBe(0);
    expect(leadingMarkers(words('Of course work comes first for most of the people here'), () => false)).toBe(0);
    expect(leadingMarkers(words('Of course work comes first for most of the people here'), (k) => k === 1)).toBe(2);
  });

  it("include words said to the listener and asides set off by a comma, not the same words as the claim's own", () => {
    expect(leadingMarkers(words('Again TinyGo takes care of all your garbage management'), (k) => k === 0)).toBe(1);
    expect(leadingMarkers(words('In fact you really want to get the Pi Zero W'))).toBe(2);
    expect(leadingMarkers(words('Man on the ops side the OTA is the big thing'), (k) => k === 0)).toBe(1);
    expect(leadingMarkers(words('Obviously everybody has a different home and different needs'), (k) => k === 0)).toBe(
      1,
    );
    // "Look at the logs", "Again and again": the sentence's own words.
    expect(leadingMarkers(words('Look at the logs before you restart the servers'), () => false)).toBe(0);
    expect(leadingMarkers(words('Again and again the build breaks on a Friday'), () => false)).toBe(0);
  });

  it('include a frame that points at the claim to come', () => {
    expect(
      leadingMarkers(words("What's really interesting is most organizations are just experimenting right now")),
    ).toBe(4);
    expect(leadingMarkers(words('The truth is nobody reads the logs until the pager goes off'))).toBe(3);
    // "The truth" as a subject is the claim's own.
    expect(leadingMarkers(words('The truth hurts more when the logs were there all along'))).toBe(0);
  });

  it('include the speaker announcing their own line, set off by a comma', () => {
    const said = words('I will say I know a number of people that write notes in their WIP commits');
    expect(leadingMarkers(said, (k) => k === 2)).toBe(3);
    // Without the comma it says what follows: "I would say Alfred seems to be a single developer".
    expect(
      leadingMarkers(words('I would say Alfred seems to be a single developer with no funding'), () => false),
    ).toBe(0);
  });

  it('never leave a fragment behind', () => {
    expect(leadingMarkers(words('So yeah that works'))).toBe(0);
  });
});

describe('display text of the seed', () => {
  const { summary } = runContent(seedFile, seedConfig, 4260);
  const opening = /^(?:you know|i mean|so|and|but|yeah|well,|like,)\b/i;

  it('opens chapter summaries, takeaways and quotes without discourse markers', () => {
    for (const c of summary.chapters) expect(c.summary, c.title).not.toMatch(opening);
    for (const k of summary.takeaways) expect(k.text).not.toMatch(opening);
    for (const q of summary.quotes) expect(q.display).not.toMatch(opening);
  });

  it('trims the quote text with its display, so both start at the same spoken word', () => {
    const first = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}']+/u)?.[0];
    for (const q of summary.quotes) expect(first(q.display), q.display).toBe(first(q.text));
  });
});

/** The display and verbatim text of Sam Guest's whole turn, as printed. */
function printed(line: string): { verbatim: string; display: string } {
  const people = { hosts: [{ name: 'Dana Host', aliases: [] }], guests: [{ name: 'Sam Guest', aliases: [] }] };
  const markdown = `**Dana Host:** Go on.\n\n**Sam Guest:** ${line}`;
  const { transcript: t } = parse('episode.md', new TextEncoder().encode(markdown), { people, wordsPerMinute: 160 });
  const turn = t.turns[1]!;
  return passageText(t, turn.firstWord, turn.endWord, (s) => s, true);
}

describe('a filler set off by commas inside a printed line', () => {
  it('is left out of the display, and kept in the verbatim text', () => {
    const { display, verbatim } = printed('If you think of economic tasks, you know, making slides is important.');
    expect(display).toBe('If you think of economic tasks, making slides is important.');
    expect(verbatim).toBe('If you think of economic tasks you know making slides is important');
    expect(printed('The model learns, I mean, from its own mistakes.').display).toBe(
      'The model learns, from its own mistakes.',
    );
  });

  it('stays when it is speech: without both commas, or closing the line', () => {
    expect(printed('If you know the answer, you know, you stop.').display).toBe('If you know the answer, you stop.');
    expect(printed('The models got better, you know.').display).toBe('The models got better, you know.');
    expect(printed('I think you know the answer already.').display).toBe('I think you know the answer already.');
  });
});

describe('a filler "like" without commas inside a printed line', () => {
  it('is left out of the display after a preposition or "to", and kept in the verbatim text', () => {
    const over = printed('GitHub has a platform advantage over like a Cursor.');
    expect(over.display).toBe('GitHub has a platform advantage over a Cursor.');
    expect(over.verbatim).toBe('GitHub has a platform advantage over like a Cursor');
    expect(printed('You need to like have very good security.').display).toBe('You need to have very good security.');
    expect(printed('We waited for like two weeks for the fix.').display).toBe('We waited for two weeks for the fix.');
    expect(printed('You have like very specific completions inside of an editor.').display).toBe(
      'You have very specific completions inside of an editor.',
    );
    expect(printed('You train the next like huge model and nobody pays for it.').display).toBe(
      'You train the next huge model and nobody pays for it.',
    );
    expect(printed("It's more like real engineering than research now.").display).toBe(
      "It's more like real engineering than research now.",
    );
    expect(printed('A full build takes like forty minutes on the old machines.').display).toBe(
      'A full build takes forty minutes on the old machines.',
    );
  });

  it('stays when it compares or means to enjoy', () => {
    expect(printed('The handset is curled up like a boat.').display).toBe('The handset is curled up like a boat.');
    expect(printed('It is kind of like a cache for the build.').display).toBe(
      'It is kind of like a cache for the build.',
    );
    expect(printed('It looks like a bird from far away.').display).toBe('It looks like a bird from far away.');
    expect(printed('I would like a coffee before the show.').display).toBe('I would like a coffee before the show.');
    expect(printed('Some people have like minds on this question.').display).toBe(
      'Some people have like minds on this question.',
    );
  });
});

describe('a filler before a clause, said without commas', () => {
  it('"like" is left out and a comma takes its place', () => {
    const careful = printed('You need to be careful like you need to tune a lot of things.');
    expect(careful.display).toBe('You need to be careful, you need to tune a lot of things.');
    expect(careful.verbatim).toBe('You need to be careful like you need to tune a lot of things');
    expect(printed("It's not about the progress like there are so many things it can do.").display).toBe(
      "It's not about the progress, there are so many things it can do.",
    );
  });

  it('"like" stays when it compares, reports or names', () => {
    expect(printed("I just don't think they can organize like we can.").display).toBe(
      "I just don't think they can organize like we can.",
    );
    expect(printed('It feels like we should ship the release today.').display).toBe(
      'It feels like we should ship the release today.',
    );
    expect(printed('Tools for people like you and me are rare.').display).toBe(
      'Tools for people like you and me are rare.',
    );
    expect(printed('I\'m never like "You don\'t measure up" to anyone.').display).toBe(
      'I\'m never like "You don\'t measure up" to anyone.',
    );
    expect(printed('And I was like I cannot believe this happened.').display).toBe(
      'I was like I cannot believe this happened.',
    );
  });

  it('"you know" is left out where no one can be knowing anything', () => {
    const learning = printed('What is written in context is you know learning in context happens.');
    expect(learning.display).toBe('What is written in context is learning in context happens.');
    expect(learning.verbatim).toBe('What is written in context is you know learning in context happens');
    expect(printed('Instead of just training the you know largest thing you can.').display).toBe(
      'Instead of just training the largest thing you can.',
    );
    expect(printed('It is very undertrained but you know we work on it every day.').display).toBe(
      'It is very undertrained but we work on it every day.',
    );
  });

  it('"oh" is left out inside a clause, and stays where someone is quoted', () => {
    expect(printed('It also means that oh training this huge model is actually good.').display).toBe(
      'It also means that training this huge model is actually good.',
    );
    expect(printed('And I was like oh wow this actually works now.').display).toBe(
      'I was like oh wow this actually works now.',
    );
  });

  it('a closing "basically" is left out', () => {
    expect(printed('You start treating this thinking process as part of the model basically.').display).toBe(
      'You start treating this thinking process as part of the model.',
    );
    expect(printed('Basically the model thinks before it answers.').display).toBe(
      'Basically the model thinks before it answers.',
    );
  });

  it('"you know" stays when it is someone knowing', () => {
    expect(printed('Check all of the things that you know you need to check.').display).toBe(
      'Check all of the things that you know you need to check.',
    );
    expect(printed('It is hard but you know the answer by now.').display).toBe(
      'It is hard but you know the answer by now.',
    );
  });
});

describe('"kind of" and "sort of" hedging a verb', () => {
  it('are left out of the display, and kept in the verbatim text', () => {
    const come = printed("Larger organizations who've kind of come to the realization that they are behind.");
    expect(come.display).toBe("Larger organizations who've come to the realization that they are behind.");
    expect(come.verbatim).toBe("Larger organizations who've kind of come to the realization that they are behind");
    expect(printed('The founders start getting sort of decoupled from the people on the ground.').display).toBe(
      'The founders start getting decoupled from the people on the ground.',
    );
  });

  it('stay when they name a kind or hedge a description', () => {
    expect(printed('That kind of training needs a lot more data than we have.').display).toBe(
      'That kind of training needs a lot more data than we have.',
    );
    expect(printed("It's kind of weird that the model never asks for help.").display).toBe(
      "It's kind of weird that the model never asks for help.",
    );
  });
});

describe('capitals at the start of a printed sentence', () => {
  it('are added, except to a name written with capitals inside it', () => {
    expect(printed('eBPF runs at kernel space. and the code stays safe.').display).toBe(
      'eBPF runs at kernel space. And the code stays safe.',
    );
    expect(printed('the model runs on iOS too.').display).toBe('The model runs on iOS too.');
  });
});
