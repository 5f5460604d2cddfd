import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/index.js';
import { claimFeatures, claimScore } from '../../src/summarise/claims.js';
import { passageText } from '../../src/summarise/passage.js';
import { breaksOff, quotedShare, standalone } from '../../src/summarise/standalone.js';
import { createCorrector } from '../../src/text/corrections.js';
import { statementEnd } from '../../src/text/sentence-end.js';
import { wordsOf } from '../../src/text/words.js';

const people = { hosts: [{ name: 'Dana Host', aliases: [] }], guests: [{ name: 'Sam Guest', aliases: [] }] };

/** A Markdown transcript parsed as a build would; `sentence(n)` gives the words of its nth sentence. */
function transcriptOf(markdown: string) {
  const { transcript: t } = parse('episode.md', new TextEncoder().encode(markdown), { people, wordsPerMinute: 160 });
  const sentence = (n: number) => [t.sentences[n]!.firstWord, t.sentences[n]!.endWord] as const;
  return { t, sentence };
}

describe('a printed item stands on its own', () => {
  const { t, sentence } = transcriptOf(
    [
      '**Sam Guest:** Caches hide slow queries until the traffic doubles. It breaks on a Friday. So, you know, small teams ship faster than big ones.',
      '**Sam Guest:** The migration took us three weeks and then... Anyway. Who reads the logs? Logs are a promise to your future self \\[laughter\\] that nobody keeps.',
      '**Dana Host:** Your post says "every team should own its pager and every alert should page a human." I agree with that.',
    ].join('\n\n'),
  );

  it('accepts a claim that opens on its own subject', () => {
    expect(standalone(t, ...sentence(0))).toBeUndefined();
  });

  it('refuses a line that explains what was said before it ("Meaning that…")', () => {
    const { t: explaining, sentence: nth } = transcriptOf(
      '**Dana Host:** Go on.\n\n**Sam Guest:** Meaning that people are using a lot of these tools even when they are not effective.',
    );
    expect(standalone(explaining, ...nth(1))).toBe('opener');
  });

  it('refuses a pronoun whose referent came before, and judges the opening after dropped discourse markers', () => {
    expect(standalone(t, ...sentence(1))).toBe('opener');
    // "So, you know," are dropped from display: what is left opens on "small teams".
    expect(standalone(t, ...sentence(2))).toBeUndefined();
  });

  it('refuses a line that trails off, a question, and one holding a transcriber note', () => {
    expect(standalone(t, ...sentence(3))).toBe('trails off');
    expect(standalone(t, ...sentence(5))).toBe('question');
    expect(standalone(t, ...sentence(6))).toBe('note');
  });

  it('refuses a line whose opening words a transcriber note stands for', () => {
    const { t: noted, sentence: nth } = transcriptOf(
      '**Dana Host:** Go on.\n\n**Sam Guest:** You sign your commits with your finger. \\[unintelligible 00:31:25.25\\] is signed via a biometric press on the password manager. \\[laughter\\] Every commit is signed that way now.',
    );
    const lines = noted.sentences.map((_, n) => [
      noted.text.slice(noted.sentences[n]!.start, noted.sentences[n]!.end),
      standalone(noted, ...nth(n)),
    ]);
    expect(lines.find(([text]) => /^is signed/.test(text!))?.[1]).toBe('note');
    // A note before a sentence that opens on its own words takes nothing from it.
    expect(lines.find(([text]) => /^Every commit/.test(text!))?.[1]).toBeUndefined();
  });

  it("refuses words read aloud inside quotation marks as the reader's own claim", () => {
    const [first, end] = sentence(7);
    expect(quotedShare(t, first, end)).toBeGreaterThan(0.5);
    expect(standalone(t, first, end)).toBe('quoted');
  });

  it("refuses a line that opens on someone else's words, even when most of it is the speaker's", () => {
    const { t: quoting } = transcriptOf(
      [
        '**Sam Guest:** "We need to approach problems differently", and the appetite for that painful change was a big part of how our whole team worked.',
        '**Dana Host:** Right.',
      ].join('\n\n'),
    );
    const [first, end] = [quoting.sentences[0]!.firstWord, quoting.sentences[0]!.endWord];
    expect(quotedShare(quoting, first, end)).toBeLessThan(0.4);
    expect(standalone(quoting, first, end)).toBe('quoted');
  });

  it("keeps the transcript's quotation marks in display text, and the words verbatim", () => {
    const [first, end] = sentence(7);
    const { verbatim, display } = passageText(t, first, end, createCorrector({}));
    expect(display).toContain('“every team should own its pager'.replace('“', '"'));
    expect(display).toMatch(/human\."$/);
    expect(wordsOf(verbatim)).toEqual(wordsOf(t.text.slice(t.words[first]!.start, t.words[end - 1]!.end)));
  });

  it('finds a thought that breaks off inside', () => {
    const [first] = sentence(3);
    const [, end] = sentence(4);
    expect(breaksOff(t, first, end)).toBe(true);
    expect(breaksOff(t, ...sentence(0))).toBe(false);
  });
});

describe('claims score above talk around the conversation', () => {
  const score = (text: string) => claimScore(claimFeatures(wordsOf(text).join(' ')), wordsOf(text).length);

  it('ranks a general judgement above biography in the past tense', () => {
    expect(
      score('You never want to abstract a problem so much that people stop understanding what they build.'),
    ).toBeGreaterThan(score('I did my studies in Poland and then I went for a PhD in Germany in 2009.'));
  });

  it('counts a career told in the perfect tense as biography', () => {
    expect(claimFeatures("i've never worked in any company other than google before").biography).toBe(1);
    expect(claimFeatures('i have always lived in berlin').biography).toBe(1);
    expect(claimFeatures("i've worked out why the model fails").biography).toBe(0);
  });

  it('counts school years and early interests as biography', () => {
    expect(claimFeatures('i was definitely very into math in high school').biography).toBe(2);
    expect(claimFeatures('as a kid i took apart every radio we had').biography).toBe(1);
    expect(claimFeatures('the model is into its third week of training at the lab').biography).toBe(0);
  });

  it('ranks a claim above banter about the show and the room', () => {
    expect(score('Every large enterprise is in a stage of migration, whatever the percentage.')).toBeGreaterThan(
      score("I've had four glasses of water, I'm probably going to have to pee during this episode."),
    );
  });

  it("counts the show's own directions to the listener as banter", () => {
    expect(claimFeatures('feel free to skip this part if you are sick of the reviews').banter).toBe(1);
    // Where to sign up and what to type at the checkout.
    expect(claimFeatures('go to the registration site and use the code listeners20').banter).toBe(2);
    expect(claimFeatures('the code you use at work decides how you register errors').banter).toBe(0);
    // A plug: go and see it.
    expect(claimFeatures("todd and team run an amazing conference it's worth going to").banter).toBe(1);
    expect(claimFeatures('go check it out').banter).toBe(1);
  });

  it('counts reported speech against a line', () => {
    expect(claimFeatures('and he said the build is broken').reported).toBe(1);
    expect(claimFeatures('the other things they say is content update and rollback').reported).toBe(1);
    // Someone else's reaction acted out: "they're like 'oh my god, this is amazing'".
    expect(claimFeatures("and they're like oh my god this is amazing").reported).toBe(1);
    // Someone's words to come, voiced: "people will be like 'Oh, but DEI just makes you feel good.'"
    expect(claimFeatures('people will be like oh but it just makes you feel good').reported).toBe(1);
    expect(claimFeatures('people are like why would i ever use it').reported).toBe(1);
    expect(claimFeatures('they like typed languages').reported).toBe(0);
  });

  it('counts a source retold against a line, not the word "post" alone', () => {
    expect(
      claimFeatures('i love the overview here from pragmatic engineer points to regulation as a problem').reported,
    ).toBe(1);
    expect(claimFeatures('the paper argues that attention is enough').reported).toBe(1);
    expect(claimFeatures('we post the release notes every week').reported).toBe(0);
  });
});

describe('quotation marks in a JSON transcript', () => {
  const json = JSON.stringify([
    { speaker: 'Ann', text: 'We ship small changes every day and we test them first.' },
    { speaker: 'Bob', text: 'My manager said "ship it now" and we did it the same day.' },
  ]);
  const { transcript: t } = parse('episode.json', new TextEncoder().encode(json), { people, wordsPerMinute: 160 });
  const display = (n: number) =>
    passageText(t, t.sentences[n]!.firstWord, t.sentences[n]!.endWord, createCorrector({})).display;

  it("are the speaker's escaped ones, never the string's own delimiters", () => {
    expect(display(0)).toBe('We ship small changes every day and we test them first.');
    expect(display(1)).toBe('My manager said "ship it now" and we did it the same day.');
    expect(quotedShare(t, t.sentences[0]!.firstWord, t.sentences[0]!.endWord)).toBe(0);
    expect(quotedShare(t, t.sentences[1]!.firstWord, t.sentences[1]!.endWord)).toBeGreaterThan(0);
  });
});

describe('how a spoken sentence ends in print', () => {
  const { t, sentence } = transcriptOf(
    [
      "**Sam Guest:** When you don't know the past, you're doomed to repeat its mistakes... Teams forget the reasons behind their rules and then... We loop back with better foundations, and hopefully it's...",
      "**Sam Guest:** You can't really fix something if you don't understand the layers below, you know? Is that the only way to learn it?",
      '**Sam Guest:** Because old accomplishments no longer look like accomplishments today.',
      '**Sam Guest:** The battery would be small but remotes get thrown around and stuff, so. I think so.',
    ].join('\n\n'),
  );
  const printed = (first: number, end: number) => passageText(t, first, end, createCorrector({}), true).display;

  it('takes "..." after a whole thought as a pause, and after a function word as breaking off', () => {
    expect(standalone(t, ...sentence(0))).toBeUndefined();
    expect(printed(...sentence(0))).toBe("When you don't know the past, you're doomed to repeat its mistakes.");
    expect(standalone(t, ...sentence(1))).toBe('trails off');
    // A contraction ends on a verb still waiting for what it says.
    expect(standalone(t, ...sentence(2))).toBe('trails off');
  });

  it('ends a statement before its closing tag question, and still refuses a real question', () => {
    const [first, end] = sentence(3);
    const statement = statementEnd(t, t.sentences[3]!);
    expect(end - statement).toBe(2);
    expect(standalone(t, first, end)).toBe('question');
    expect(standalone(t, first, statement)).toBeUndefined();
    expect(printed(first, statement)).toBe("You can't really fix something if you don't understand the layers below.");
    expect(statementEnd(t, t.sentences[4]!)).toBe(t.sentences[4]!.endWord);
    expect(standalone(t, ...sentence(4))).toBe('question');
  });

  it('drops an opening "because": the reason given is the claim', () => {
    expect(standalone(t, ...sentence(5))).toBeUndefined();
    expect(printed(...sentence(5))).toBe('Old accomplishments no longer look like accomplishments today.');
  });

  it('takes a full stop after a connective as a thought left hanging, and "I think so." as whole', () => {
    expect(standalone(t, ...sentence(6))).toBe('trails off');
    expect(standalone(t, sentence(6)[0], sentence(7)[1])).toBe(undefined);
  });
});

describe('a printed line reaches its main clause', () => {
  const { t, sentence } = transcriptOf(
    [
      "**Sam Guest:** After reading Seth Godin's Linchpin, which I think is not really Founder Mode, but it's close.",
      "**Sam Guest:** After reading Seth Godin's Linchpin, which is not about founders, I changed my mind.",
      "**Sam Guest:** When you don't know the past, then you're doomed to repeat its mistakes.",
      '**Sam Guest:** A much bigger mission that you can have an impact on as a cashier.',
      '**Sam Guest:** The model that we trained last year works well on every benchmark.',
    ].join('\n\n'),
  );

  it('refuses an opening clause whose comma leads into "which" and no main clause, and accepts one with a main clause', () => {
    expect(standalone(t, ...sentence(0))).toBe('fragment');
    expect(standalone(t, ...sentence(1))).toBeUndefined();
    expect(standalone(t, ...sentence(2))).toBeUndefined();
  });

  it('refuses a noun phrase whose only verb is in its relative clause', () => {
    expect(standalone(t, ...sentence(3))).toBe('fragment');
    expect(standalone(t, ...sentence(4))).toBeUndefined();
  });
});

describe('an opening that answers something said before', () => {
  const { t, sentence } = transcriptOf(
    [
      '**Sam Guest:** The answer is that models translate a newspaper in a language you do not know.',
      "**Sam Guest:** The last thing I'll share is that developers save about ten percent of their time.",
      "**Sam Guest:** Not like everyone's going to say blockchain will solve the budget problem.",
      '**Sam Guest:** The answers models give are reasonable for everyone who asks a question.',
      '**Sam Guest:** In that case, I think the mission is their mission, not my mission.',
      '**Sam Guest:** At that point the team moved every store to Puppet.',
      '**Sam Guest:** In this case the cache holds every build the team ran.',
      '**Sam Guest:** In this paper we measure how teams adopt agents.',
      "**Sam Guest:** I think there's an example of something with like oil refineries, and refining got more efficient.",
      '**Sam Guest:** There is an example in every codebase of a function nobody dares to touch.',
    ].join('\n\n'),
  );

  it('leans on the question or the list it continues; an opening that merely starts with those words does not', () => {
    expect(standalone(t, ...sentence(0))).toBe('opener');
    expect(standalone(t, ...sentence(1))).toBe('opener');
    expect(standalone(t, ...sentence(2))).toBe('opener');
    expect(standalone(t, ...sentence(3))).toBeUndefined();
  });

  it('points back from a phrase of place or time ("In that case", "At that point"), not from "this" before a noun', () => {
    expect(standalone(t, ...sentence(4))).toBe('opener');
    expect(standalone(t, ...sentence(5))).toBe('opener');
    expect(standalone(t, ...sentence(6))).toBe('opener');
    expect(standalone(t, ...sentence(7))).toBeUndefined();
  });

  it('announces an example still to come, not one it gives', () => {
    expect(standalone(t, ...sentence(8))).toBe('opener');
    expect(standalone(t, ...sentence(9))).toBeUndefined();
  });
});

describe('an opening connective', () => {
  const { t, sentence } = transcriptOf(
    [
      '**Sam Guest:** At the same time, the fundamental training method of reasoning is limited to science data.',
      '**Sam Guest:** Whether they are going to add the ability to touch the DOM directly in the spec.',
      '**Sam Guest:** Still get all of the benefits of the type checker without a build step.',
    ].join('\n\n'),
  );

  it('is dropped when the sentence stands without it, and refused when it continues something said before', () => {
    expect(standalone(t, ...sentence(0))).toBeUndefined();
    expect(passageText(t, ...sentence(0), createCorrector({}), true).display).toMatch(/^The fundamental training/);
    expect(standalone(t, ...sentence(1))).toBe('opener');
    expect(standalone(t, ...sentence(2))).toBe('opener');
  });
});

describe('a word standing for something said before', () => {
  const { t, sentence } = transcriptOf(
    [
      "**Sam Guest:** If you blink, you may think it's the same, but no, it's dramatically better.",
      "**Sam Guest:** I think it's important to put the data from a survey into context.",
      '**Sam Guest:** If you run this process on a better model, it works even better than before.',
      '**Sam Guest:** If you do image recognition, you train a third. If you do parsing, you train a second model.',
      "**Sam Guest:** In some ways, they're a limiting factor to how much value you get out of models.",
      '**Sam Guest:** A lot of those still had some really serious bandwidth limitations.',
      '**Sam Guest:** A lot of these stores still had some really serious bandwidth limitations.',
      '**Sam Guest:** If you run this thinking process on a better model, it works even better than before.',
      "**Sam Guest:** In other words, it's not as if you spend the whole day writing code.",
    ].join('\n\n'),
  );

  it('leans on what was said before; an "it" after its noun, or one that stands for nothing, does not', () => {
    expect(standalone(t, ...sentence(0))).toBe('opener');
    expect(standalone(t, ...sentence(1))).toBeUndefined();
    expect(standalone(t, ...sentence(2))).toBeUndefined();
    // "ways" names nothing "they" could stand for.
    expect(standalone(t, ...sentence(5))).toBe('opener');
    expect(standalone(t, ...sentence(6))).toBe('opener');
    expect(standalone(t, ...sentence(7))).toBeUndefined();
    expect(standalone(t, ...sentence(8))).toBeUndefined();
    // "In other words" is dropped, and what is left opens on "It": an editor would rewrite the line.
    expect(passageText(t, ...sentence(9), createCorrector({}), true).display).toMatch(/^It's not as if/);
    expect(standalone(t, ...sentence(9))).toBe('opener');
  });

  it('counts "a third" without its noun as the next item of a list told before', () => {
    expect(standalone(t, ...sentence(3))).toBe('opener');
    expect(standalone(t, ...sentence(4))).toBeUndefined();
  });
});

describe('a line that leans on a point made before it, or announces one still to come', () => {
  const { t, sentence } = transcriptOf(
    [
      '**Sam Guest:** For example, small teams adopt coding agents faster than large enterprises do.',
      '**Sam Guest:** I think similarly, the platforms have an advantage in distribution.',
      "**Sam Guest:** I think first of all it's important to put the vendors' numbers into context.",
      '**Sam Guest:** How teams store their embeddings is another important question for search.',
      '**Sam Guest:** Small teams adopt coding agents faster than large enterprises do.',
      '**Sam Guest:** As a result, you build kind of shoddy products nobody maintains.',
      "**Sam Guest:** Simultaneously, we've got more students in four-year degree programs than ever before.",
      '**Sam Guest:** Not only for the home automation, but even regarding my entire Go journey.',
      "**Sam Guest:** I think the second one makes less sense because it's an interview show.",
      '**Sam Guest:** Some people will, but most people will just want to use the machine for their problems.',
      '**Sam Guest:** There we go, the acapella edition of unpopular opinions there.',
      '**Sam Guest:** Another post goes into deeper details, which is the seven executive functions.',
      '**Sam Guest:** A virtual environment does. So containers are easy to maintain and develop.',
      "**Sam Guest:** Leo, you don't have to create an account to listen.",
      '**Sam Guest:** There we could not randomly assign people to colleges.',
    ].join('\n\n'),
  );

  it('does not stand alone', () => {
    for (const n of [0, 1, 2, 3, 5, 6, 7, 8, 9, 10, 11, 12, 14, 15])
      expect(standalone(t, ...sentence(n)), `sentence ${n}`).toBe('opener');
  });

  it('stands alone once the claim is its own', () => {
    expect(standalone(t, ...sentence(4))).toBeUndefined();
  });
});

describe('a clip the show plays', () => {
  const { t, sentence } = transcriptOf(
    [
      '**Dana Host:** Here is the clip everyone keeps sending us.',
      '*Nearly every muffler shop in Oakland is installing whistler tips on the exhaust.*',
      '**Sam Guest:** Small teams adopt coding agents faster than large enterprises do.',
      '**Sam Guest:** A *really* small team ships faster than a big one.',
    ].join('\n\n'),
  );

  it("is someone else's words: a paragraph set wholly in italics", () => {
    expect(t.clips?.map((c) => t.text.slice(c.start, c.end))).toEqual([
      '*Nearly every muffler shop in Oakland is installing whistler tips on the exhaust.*',
    ]);
    expect(standalone(t, ...sentence(1))).toBe('quoted');
  });

  it('is not a word in italics inside a turn, nor the turns around it', () => {
    expect(standalone(t, ...sentence(2))).toBeUndefined();
    expect(standalone(t, ...sentence(3))).toBeUndefined();
  });
});

describe('a line of conditions', () => {
  const { t, sentence } = transcriptOf(
    [
      '**Sam Guest:** If my experience there was positive, if the founders treated me with respect, and my team still cared for me.',
      '**Sam Guest:** If the index breaks, if the cluster fails, the team rebuilds it from the catalogue.',
    ].join('\n\n'),
  );

  it('never reaching what follows from them is a fragment', () => {
    expect(standalone(t, ...sentence(0))).toBe('fragment');
  });

  it('reaching it is whole', () => {
    expect(standalone(t, ...sentence(1))).toBeUndefined();
  });
});

describe('a phrase with only clauses of condition or reason after it', () => {
  const { t, sentence } = transcriptOf(
    [
      "**Sam Guest:** Caffeinate, if you just want to make sure your screen doesn't turn off for a while.",
      '**Sam Guest:** Not tested, because there are no reference implementations, because no one uses these frames.',
      "**Sam Guest:** Just use Caffeinate, if you want to make sure your screen doesn't turn off.",
      '**Sam Guest:** The nightly build, when the cache is cold, takes a whole hour.',
      '**Sam Guest:** The index rebuilds itself, if the cluster fails overnight.',
    ].join('\n\n'),
  );

  it('has no main clause: a fragment', () => {
    expect(standalone(t, ...sentence(0))).toBe('fragment');
    expect(standalone(t, ...sentence(1))).toBe('fragment');
  });

  it('is whole as an order, with its verb after the clause, or with a clause of its own first', () => {
    for (const n of [2, 3, 4]) expect(standalone(t, ...sentence(n)), `sentence ${n}`).toBeUndefined();
  });
});

describe('a question put as a wish to hear the answer', () => {
  const { t, sentence } = transcriptOf(
    [
      '**Dana Host:** I also want to know why you think the way you think about vector databases.',
      "**Dana Host:** We need those checks, because I'm curious, having said that, if the index needs to change.",
      '**Sam Guest:** I want to know my costs before I buy hardware for the index.',
    ].join('\n\n'),
  );

  it('is a question, wherever it stands in the line', () => {
    expect(standalone(t, ...sentence(0))).toBe('question');
    expect(standalone(t, ...sentence(1))).toBe('question');
  });

  it('is not a wish to know something in particular', () => {
    expect(standalone(t, ...sentence(2))).toBeUndefined();
  });
});

describe('a question put as a request to the guest', () => {
  const { t, sentence } = transcriptOf(
    [
      '**Dana Host:** Walk us maybe through the evolution of vector databases from the first to the latest.',
      '**Dana Host:** Talk about the transition from the old index to the new one and how those teams differ.',
      '**Dana Host:** Maybe explain what an embedding actually means for the broad public.',
      '**Sam Guest:** Take the catalogue: every product in it needs an embedding before search works.',
      '**Sam Guest:** Talking about the index is easier than rebuilding it every night.',
    ].join('\n\n'),
  );

  it('opens on a verb asking the guest to tell', () => {
    expect(standalone(t, ...sentence(0))).toBe('question');
    expect(standalone(t, ...sentence(1))).toBe('question');
    expect(standalone(t, ...sentence(2))).toBe('question');
  });

  it('is not an imperative that makes a point, nor the verb in another form', () => {
    expect(standalone(t, ...sentence(3))).toBeUndefined();
    expect(standalone(t, ...sentence(4))).toBeUndefined();
  });
});

describe('a question written without its question mark', () => {
  const { t, sentence } = transcriptOf(
    [
      '**Dana Host:** For the developer, are we going to be in a world where every task goes to a different provider.',
      '**Sam Guest:** For the developer, the world is one where every task goes to a different provider.',
      '**Sam Guest:** When the index grows, there is a cost to every query.',
    ].join('\n\n'),
  );

  it('asks with a verb before its subject after an opening phrase', () => {
    expect(standalone(t, ...sentence(0))).toBe('question');
  });

  it('is not a statement after an opening phrase', () => {
    expect(standalone(t, ...sentence(1))).toBeUndefined();
    expect(standalone(t, ...sentence(2))).toBeUndefined();
  });
});

describe('a passage that ends on the question it sets up', () => {
  const { t } = transcriptOf(
    [
      '**Sam Guest:** Translators are paid more than ever. The question is why would you even want a translator if the model is so good.',
      '**Sam Guest:** The real question is whether teams can review that much code. My answer is no, not without better tools.',
    ].join('\n\n'),
  );
  const turn = (k: number) => [t.turns[k]!.firstWord, t.turns[k]!.endWord] as const;

  it('is a question left open, while one answered in the passage stands', () => {
    expect(standalone(t, ...turn(0))).toBe('question');
    expect(standalone(t, ...turn(1))).toBeUndefined();
  });
});

describe('a sentence across caption cues', () => {
  const captions = [
    '1\n00:00:01,000 --> 00:00:03,000\nSam Guest: Caches hide slow queries\n',
    '2\n00:00:03,000 --> 00:00:05,000\nSam Guest: until the traffic doubles.\n',
    '3\n00:00:05,000 --> 00:00:07,000\nSam Guest: And then we--\n',
    '4\n00:00:07,000 --> 00:00:09,000\nSam Guest: Anyway, small teams ship faster.\n',
  ].join('\n');
  const { transcript: t } = parse('episode.srt', new TextEncoder().encode(captions), { people, wordsPerMinute: 160 });

  it("does not break off at the cue's timing line; a dash the speaker left does", () => {
    expect(t.format).toBe('srt');
    expect(breaksOff(t, t.sentences[0]!.firstWord, t.sentences[0]!.endWord)).toBe(false);
    expect(breaksOff(t, t.sentences[1]!.firstWord, t.sentences.at(-1)!.endWord)).toBe(true);
  });
});

describe('a hyphen set off by spaces, as transcribers type a dash', () => {
  const { t, sentence } = transcriptOf(
    [
      "**Sam Guest:** If you look at what's out there, like - you know, Parquet has been great for tabular data.",
      '**Sam Guest:** If you can measure that - which is hard - then you can set it against the AI spend.',
      '**Sam Guest:** The irony - if you call it happiness, then executives will never measure it.',
      "**Sam Guest:** When you push that down - that's your application programming interface.",
    ].join('\n\n'),
  );

  it('breaks the line off when it stands alone after a word no clause ends on', () => {
    expect(breaksOff(t, ...sentence(0))).toBe(true);
  });

  it('sets off an aside in pairs, and after a noun or a particle introduces what follows', () => {
    for (const n of [1, 2, 3]) expect(breaksOff(t, ...sentence(n)), `sentence ${n}`).toBe(false);
  });
});
