import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/index.js';
import { sentenceTokens } from '../../src/render/transcripts/tokens.js';
import { passageText } from '../../src/summarise/passage.js';
import { markDisfluencies } from '../../src/text/disfluency.js';
import { endWithStop, punctuationAfter } from '../../src/text/punctuation.js';

const none = (s: string) => s;

describe('punctuation after a word', () => {
  it('is read right after the word or set off by one space, as tokenised transcripts write it', () => {
    const text = 'models, and models . And 5 .5 models ?! end .';
    expect(punctuationAfter(text, text.indexOf('models,') + 6)).toBe(',');
    expect(punctuationAfter(text, text.indexOf('models .') + 6)).toBe(' .');
    expect(punctuationAfter(text, text.indexOf('5 .5') + 1)).toBe(''); // ".5" is a number, not a full stop
    expect(punctuationAfter(text, text.indexOf('models ?!') + 6)).toBe(' ?!');
    expect(punctuationAfter(text, text.length - 2)).toBe(' .');
    expect(endWithStop(text, text.indexOf('models .') + 6)).toBe(text.indexOf('models .') + 8);
    expect(endWithStop(text, text.indexOf('models,') + 6)).toBe(text.indexOf('models,') + 6);
  });
});

describe('a tokenised meeting transcript', () => {
  const turns = [
    { speaker: 'Project Manager', content: 'Okay , so this is our second meeting . What did you find ?' },
    {
      speaker: 'Marketing',
      content: 'Current remote controls do not match the behaviour of the user . Mm-hmm Users zap a lot .',
    },
    { speaker: 'Industrial Designer', content: 'Mm-hmm .' },
  ];
  const { transcript: t } = parse('meeting.json', new TextEncoder().encode(JSON.stringify(turns)), {
    people: { hosts: [], guests: [] },
    wordsPerMinute: 150,
  });

  it('keeps its full stops in the text people read', () => {
    const turn = t.turns[1]!;
    expect(passageText(t, turn.firstWord, turn.endWord, none).display).toBe(
      'Current remote controls do not match the behaviour of the user. Users zap a lot.',
    );
  });

  it("drops listeners' back-channel noises like other fillers", () => {
    expect(markDisfluencies(['Mm-hmm', 'users', 'uh-huh', 'zap', 'mhmm'])).toEqual([true, false, true, false, true]);
    // A restart ending on a contraction of the word it repeats: the first try is the stutter.
    expect(markDisfluencies(['when', 'you', 'when', "you've", 'solved', 'it'])).toEqual([
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
    expect(markDisfluencies(['you', "you're", 'right'])).toEqual([true, false, false]);
    // After a preposition the first "it" is its object: "on top of it, it's really interesting" repeats nothing.
    expect(markDisfluencies(['on', 'top', 'of', 'it', "it's", 'interesting']).some(Boolean)).toBe(false);
    expect(markDisfluencies(['so', 'it', "it's", 'interesting'])).toEqual([false, true, false, false]);
    // A question started again: the first try is the stutter; "what you see is what you get" is no restart.
    const restart = 'what was your what were you responsible for'.split(' ');
    expect(markDisfluencies(restart).flatMap((f, i) => (f ? [restart[i]] : []))).toEqual(['what', 'was', 'your']);
    const again = 'how do we how can we measure it'.split(' ');
    expect(markDisfluencies(again).flatMap((f, i) => (f ? [again[i]] : []))).toEqual(['how', 'do', 'we']);
    expect(markDisfluencies('what you see is what you get'.split(' ')).some(Boolean)).toBe(false);
    const short = 'how do how can we measure it'.split(' ');
    expect(markDisfluencies(short).flatMap((f, i) => (f ? [short[i]] : []))).toEqual(['how', 'do']);
    expect(markDisfluencies('knowing what is what matters'.split(' ')).some(Boolean)).toBe(false);
    // Two questions run together in caption text, the first one whole.
    expect(markDisfluencies('what is important what are the notes'.split(' ')).some(Boolean)).toBe(false);
    const words = t.words.filter((w) => /^mm-hmm$/i.test(w.text));
    expect(words.length).toBe(2);
    for (const w of words) expect(w.disfluent).toBe(true);
  });
});

describe('a transcript of fillers only', () => {
  const parseText = (text: string) =>
    parse('episode.txt', new TextEncoder().encode(text), { people: { hosts: [], guests: [] }, wordsPerMinute: 150 });

  it('builds, with a warning at its first line that there is nothing to summarise', () => {
    const { warnings } = parseText('Mm-hmm. Uh-huh.\nUm, hmm.\n');
    expect(warnings).toContainEqual(
      expect.objectContaining({ file: 'episode.txt', line: 1, rule: 'transcript/only-fillers' }),
    );
  });

  it('gets no such warning when someone says something', () => {
    const { warnings } = parseText('Mm-hmm. The budget is twelve euros.\n');
    expect(warnings.filter((w) => w.rule === 'transcript/only-fillers')).toEqual([]);
  });
});

describe('a word the transcriber bleeped', () => {
  const people = { hosts: [{ name: 'Dana Host', aliases: [] }], guests: [] };
  const markdown =
    "**Dana Host:** And now you're getting a sh\\*\\*\\*\\*\\*r product, and you pay more. It was **loud** too.";
  const { transcript: t } = parse('episode.md', new TextEncoder().encode(markdown), { people, wordsPerMinute: 160 });

  it('is one word, as the source writes it, printed with its asterisks; emphasis is still markup', () => {
    const words = t.words.map((w) => w.text);
    expect(words).toContain('sh\\*\\*\\*\\*\\*r');
    expect(words).not.toContain('r');
    expect(words).toContain('loud');
    expect(passageText(t, 0, t.words.length, none).display).toContain('a sh*****r product');
  });
});

describe('signs written onto numbers', () => {
  const { transcript: t } = parse(
    'episode.md',
    new TextEncoder().encode(
      '**Sam Guest:** Teams saw a 10% lift, and some pay $20,000 a year for it. Or "$50" once.\n\n**Dana Host:** Wow. Buy the .io at hotels.com, not the .com.',
    ),
    { people: { hosts: [], guests: [] }, wordsPerMinute: 150 },
  );

  it('print as said, in display text and in captions, while the words stay words', () => {
    // A full stop with a letter right after it ("hotels.com", "the .io") ends no sentence.
    const host = t.turns[1]!;
    expect(t.sentences.filter((s) => s.turn === 1)).toHaveLength(2);
    expect(passageText(t, host.firstWord, host.endWord, none).display).toBe(
      'Wow. Buy the .io at hotels.com, not the .com.',
    );
    const turn = t.turns[0]!;
    const { verbatim, display } = passageText(t, turn.firstWord, turn.endWord, none);
    expect(display).toBe('Teams saw a 10% lift, and some pay $20,000 a year for it. Or "$50" once.');
    expect(verbatim).toBe('Teams saw a 10 lift and some pay 20 000 a year for it Or 50 once');
    const tokens = t.sentences.slice(0, 2).flatMap((s) => sentenceTokens(t, s, none).map((k) => k.text));
    expect(tokens.join(' ')).toBe('Teams saw a 10% lift, and some pay $20,000 a year for it. Or $50 once.');
  });
});

/** Sam Guest's turn, as display text and verbatim words, in a transcript Dana Host answers. */
function printed(said: string) {
  const { transcript: t } = parse(
    'episode.md',
    new TextEncoder().encode(`**Sam Guest:** ${said}\n\n**Dana Host:** Wow.`),
    { people: { hosts: [], guests: [] }, wordsPerMinute: 150 },
  );
  const turn = t.turns[0]!;
  return passageText(t, turn.firstWord, turn.endWord, none);
}

describe("signs written onto a language's name", () => {
  it('print as said: "C++" is no "C"', () => {
    const { verbatim, display } = printed('We rewrote it from C++ to C#, then F# and Rust. Issue#4 stays.');
    expect(display).toBe('We rewrote it from C++ to C#, then F# and Rust. Issue#4 stays.');
    expect(verbatim).toBe('We rewrote it from C to C then F and Rust Issue 4 stays');
  });
});

describe("a plural's possessive apostrophe", () => {
  it('prints as written: "developers\' laptops" is no "developers laptops"', () => {
    const said = "It runs on the developers' laptops and in the users’ browsers, as the docs' own example says.";
    expect(printed(said).display).toBe(said);
  });
});
