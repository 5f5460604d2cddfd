import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/load.js';
import { parse } from '../../src/parse/index.js';
import { segment } from '../../src/segment/index.js';
import { summarise } from '../../src/summarise/index.js';
import { listsNames, namesSpeaker, speakerNameWords } from '../../src/summarise/about.js';
import { chapterPerTurn, DANA_AND_SAM } from './helpers.js';
import { createCorrector } from '../../src/text/corrections.js';

const people = DANA_AND_SAM;

/** Parse, segment and summarise a small Markdown transcript, as a build of a show called `show` would. */
function notes(markdown: string, show?: string) {
  const config = resolveConfig({ podcast: { title: show ?? 'Test Show' }, people });
  const { transcript } = parse('episode.md', new TextEncoder().encode(markdown), { people, wordsPerMinute: 160 });
  const spans = segment(transcript, config.segmentation);
  return summarise(transcript, spans, {
    quotes: config.quotes,
    correct: createCorrector({}),
    ...(show === undefined ? {} : { show }),
  });
}

/** A show whose name ("Vector Party") is said in every turn, about vector databases and embeddings. */
const episode = Array.from({ length: 12 }, (_, i) =>
  i % 2 === 0
    ? `**Dana Host:** Welcome back to Vector Party. On Vector Party we keep asking about vector databases, question ${i}.`
    : `**Sam Guest:** Vector Party listeners know that vector databases store embeddings for search. Embeddings grow with the catalogue, and an index of embeddings answers a query in milliseconds. Search teams rebuild the index every week.`,
).join('\n\n');

describe("the show's own name", () => {
  it('is a keyword and a title word when the build does not know it', () => {
    const all = notes(episode);
    expect([...all.keywords, ...all.chapters.map((c) => c.title)].join(' | ')).toMatch(/Vector Party/);
  });

  it('is never a keyword or a chapter title of one of its episodes', () => {
    const summary = notes(episode, 'Vector Party');
    expect(summary.keywords.join(' | ')).not.toMatch(/Vector Party/);
    for (const c of summary.chapters) expect(c.title).not.toMatch(/Vector Party/);
    expect(summary.keywords.join(' | ')).toMatch(/Vector Databases|Embeddings/);
  });
});

describe('the people in the conversation', () => {
  const turns = [
    '**Dana Host:** What should a search team know about vector databases?',
    '**Sam Guest:** Dana always sets the highest standard for every search team she has ever led. Vector databases store embeddings, and embeddings make search understand meaning. An index of embeddings answers a query in milliseconds.',
    '**Dana Host:** How often do you rebuild the index?',
    '**Sam Guest:** A search index goes stale the moment the catalogue changes. Small teams should rebuild their index of embeddings every night. Search quality depends more on clean data than on a clever model.',
    '**Dana Host:** And the cost?',
    '**Sam Guest:** Dana taught me that every search team must measure its costs before it buys hardware. Vector databases are cheap when the embeddings are small. Large embeddings make every query slower and every index bigger.',
    '**Dana Host:** Any last advice?',
    '**Sam Guest:** Start with plain keyword search, then add embeddings where keyword search fails. Good search is a habit of measuring, not a product you buy.',
    '**Dana Host:** Anything else?',
    '**Sam Guest:** There is a ton of extremely obvious things everyone should fix first, and there are lots of them.',
  ].join('\n\n');

  it('are not what a takeaway or the summary quotes say about them', () => {
    const summary = notes(turns);
    expect(summary.takeaways.length).toBeGreaterThanOrEqual(3);
    for (const k of summary.takeaways) expect(k.text).not.toMatch(/\bDana\b/);
    expect(summary.summary).not.toMatch(/“[^”]*\bDana\b/);
  });

  it('are never named or spoken to on a quote card', () => {
    const summary = notes(turns);
    expect(summary.quotes.length).toBeGreaterThanOrEqual(3);
    for (const q of summary.quotes) expect(q.display).not.toMatch(/\bDana\b/);
  });

  it('go by the short forms of their first names and by handles too: "Chris", "KBall", never a topic', () => {
    const { transcript } = parse(
      'episode.md',
      new TextEncoder().encode(
        '**Christopher Hiller:** Hello.\n\n**Nicholas Nisi:** Hi, Chris.\n\n**Kevin Ball:** Hey.',
      ),
      { people: { hosts: [], guests: [] }, wordsPerMinute: 160 },
    );
    const words = speakerNameWords(transcript);
    expect(namesSpeaker('Chris wrote the plugin.', words)).toBe(true);
    expect(namesSpeaker("Nick's been working on me.", words)).toBe(true);
    expect(namesSpeaker('KBall said so.', words)).toBe(true);
    expect(namesSpeaker('Will it scale?', words)).toBe(false);
    // Asking someone present to go on is talk between the people in the room.
    expect(namesSpeaker('Obviously I hear the theory, but please expound.', words)).toBe(true);
    expect(namesSpeaker('Tell us a bit about the release.', words)).toBe(true);
    expect(namesSpeaker('You have just laid out the reasons for readable tests.', words)).toBe(true);
    expect(namesSpeaker('Please read the docs before you upgrade.', words)).toBe(false);
    // Their answer, their point: what was said in the room.
    expect(namesSpeaker('Your answer was just to hold out for the next lily pad.', words)).toBe(true);
    expect(namesSpeaker('The answer was to hold out for the next release.', words)).toBe(false);
  });

  it('are told something in particular: a claim that names nothing is no takeaway', () => {
    const summary = notes(turns);
    for (const k of summary.takeaways) expect(k.text).not.toMatch(/obvious things/);
  });
});

describe('an aside chapter', () => {
  const topic = (i: number) =>
    `**Sam Guest:** Vector databases store embeddings for search, part ${i}. An index of embeddings answers a query in milliseconds. Search teams rebuild the index of embeddings when the catalogue changes.`;
  const aside =
    '**Dana Host:** Hugh Glass was mauled by a bear. Hugh Glass crawled for weeks. Hugh Glass survived the bear, and Hugh Glass became a legend of the frontier. Everyone retells Hugh Glass and the bear.';
  const markdown = [topic(1), topic(2), aside, topic(3), topic(4)].join('\n\n');
  const config = resolveConfig({ podcast: { title: 'Test Show' }, people });
  // One chapter per turn, so the story about Hugh Glass is a chapter of its own.
  const { t, spans } = chapterPerTurn(markdown);

  it('gives the episode no topic, however often its story names one', () => {
    const summary = summarise(t, spans, { quotes: config.quotes, correct: createCorrector({}) });
    expect(summary.keywords.join(' | ')).not.toMatch(/Hugh Glass/);
    expect(summary.keywords.join(' | ')).toMatch(/Vector Databases|Embeddings/);
  });
});

describe('a line about the people present', () => {
  const speakers = new Set(['dana', 'host', 'sam', 'guest', 'nick']);

  it('names them also as a possessive or a plural, and addresses them as a group', () => {
    expect(namesSpeaker("Nick's been working on me for years to change my mind.", speakers)).toBe(true);
    expect(namesSpeaker('There is a small set of other Nicks who I have been battling.', speakers)).toBe(true);
    expect(namesSpeaker("Y'all are the real MVPs, and just all the coffee.", speakers)).toBe(true);
    expect(namesSpeaker('Thank you guys for doing the hard work.', speakers)).toBe(true);
    expect(namesSpeaker('When you mentioned the popular agents, you did not mention Copilot.', speakers)).toBe(true);
  });

  it('answers them: agrees, praises the point, or responds to their question', () => {
    expect(namesSpeaker('I think you hit the nail on the head with the word facet there.', speakers)).toBe(true);
    expect(namesSpeaker("That's a great point about the build cache.", speakers)).toBe(true);
    expect(namesSpeaker('I share my sentiment back to you, to respond to that question.', speakers)).toBe(true);
    expect(
      namesSpeaker('You have a good pace, and I think you have a good taste in what is important to say.', speakers),
    ).toBe(true);
    expect(namesSpeaker('You did a great job with the migration guide.', speakers)).toBe(true);
    // "You" anyone: a claim about the topic.
    expect(namesSpeaker('You have a good chance of shipping faster with a build cache.', speakers)).toBe(false);
  });

  it("tells a guest their own career: the host's introduction, not the topic", () => {
    expect(namesSpeaker("You've been in the business of helping organizations ship software.", speakers)).toBe(true);
    expect(namesSpeaker('You have been working on compilers for a decade.', speakers)).toBe(true);
    expect(namesSpeaker("I don't know when you began CSS-Tricks, but I recall you in the footer.", speakers)).toBe(
      true,
    );
    expect(namesSpeaker('Your post says a bewildered audience is better than a bored one.', speakers)).toBe(true);
    // "You" anyone, in the present: the topic.
    expect(namesSpeaker('When you start a blog, write about what you know.', speakers)).toBe(false);
  });

  it('is not a name that merely starts like one, nor "you" said of anyone', () => {
    expect(namesSpeaker('Nickel prices doubled after the mine closed.', speakers)).toBe(false);
    expect(namesSpeaker('You always want to measure before you buy hardware.', speakers)).toBe(false);
    expect(namesSpeaker('The question is why you would want a translator at all.', speakers)).toBe(false);
    expect(namesSpeaker("Once you've learned one language the next comes easier.", speakers)).toBe(false);
  });
});

describe('an outro of thanks and calls to subscribe', () => {
  const topic = (i: number) =>
    `**Sam Guest:** Vector databases store embeddings for search, part ${i}. An index of embeddings answers a query in milliseconds. Search teams rebuild the index of embeddings when the catalogue changes.`;
  const outro =
    "**Dana Host:** Thanks for listening to this episode of Vector Party today. If you enjoyed it, we'd be very grateful if you would consider subscribing to the show. This really helps us build a podcast and get great guests.";
  const opening =
    "**Dana Host:** Hello and welcome to Vector Party. I'm your host, Dana Host, and with me as always is Sam Guest.";
  const markdown = [opening, topic(1), topic(2), outro].join('\n\n');
  const config = resolveConfig({ podcast: { title: 'Vector Party' }, people });
  const { t, spans } = chapterPerTurn(markdown, ['introduction', 'topic', 'topic', 'outro']);

  it('gets no one-liner rather than its housekeeping', () => {
    const summary = summarise(t, spans, { quotes: config.quotes, correct: createCorrector({}) });
    expect(summary.chapters.at(-1)!.kind).toBe('outro');
    expect(summary.chapters.at(-1)!.summary).toBe('');
    expect(summary.chapters[1]!.summary).not.toBe('');
  });

  it('and an opening of the host naming themselves and the show, get no one-liner either', () => {
    const summary = summarise(t, spans, { quotes: config.quotes, correct: createCorrector({}) });
    expect(summary.chapters[0]!.kind).toBe('introduction');
    expect(summary.chapters[0]!.summary).toBe('');
  });
});

describe('a list of names', () => {
  it('is told from a line about them', () => {
    const { transcript: t } = parse(
      'episode.md',
      new TextEncoder().encode(
        [
          '**Sam Guest:** WhatsApp, Facebook Messenger, Twitter, Android SMS, Google Messages, Telegram, Signal, Matrix, Slack, Discord.',
          '**Sam Guest:** Beeper lets you chat with people on WhatsApp, Telegram and Signal from one app.',
        ].join('\n\n'),
      ),
      { people, wordsPerMinute: 160 },
    );
    const [list, line] = t.sentences;
    expect(listsNames(t, list!.firstWord, list!.endWord)).toBe(true);
    expect(listsNames(t, line!.firstWord, line!.endWord)).toBe(false);
  });
});
