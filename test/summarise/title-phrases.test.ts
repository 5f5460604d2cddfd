import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/index.js';
import { commonForm, countPhrases, rankPhrases } from '../../src/summarise/phrases.js';
import { firstNamesIn, titleChapter } from '../../src/summarise/titles.js';
import { conciseQuestion } from '../../src/summarise/question-title.js';
import { createCorrector } from '../../src/text/corrections.js';
import { lookUpName } from '../../src/text/gazetteer.js';
import { wholeSpan } from './helpers.js';

const people = { hosts: [{ name: 'Dana Host', aliases: [] }], guests: [{ name: 'Sam Guest', aliases: [] }] };

/** One chapter spanning a whole small Markdown transcript, titled the way summarise() does. */
function titleOf(markdown: string, anchored = new Map<string, number>()): string {
  const { transcript: t } = parse('episode.md', new TextEncoder().encode(markdown), { people, wordsPerMinute: 160 });
  const span = wholeSpan(t, 'topic');
  const whole = countPhrases(t, 0, t.sentences.length);
  const ranked = rankPhrases(whole, whole, 1, [0, t.sentences.length]);
  const speakerWords = new Set(t.speakers.flatMap((s) => s.name.toLowerCase().split(' ')));
  return titleChapter(t, span, ranked, new Set(), createCorrector({}), {
    guestNames: [],
    speakerWords,
    anchored,
    firstNames: firstNamesIn(t, whole),
  });
}

describe('first names of people the episode names in full', () => {
  const namesIn = (markdown: string) => {
    const { transcript: t } = parse('episode.md', new TextEncoder().encode(markdown), { people, wordsPerMinute: 160 });
    return [...firstNamesIn(t, countPhrases(t, 0, t.sentences.length))];
  };

  it('are the given names of full names, so the name said alone is a person', () => {
    expect(
      namesIn(
        '**Dana Host:** Go on.\n\n**Sam Guest:** I read Brian Kernighan on Unix. Brian wrote the book on it, and Brian still teaches.',
      ),
    ).toEqual(['Brian']);
  });

  it('never title a chapter, alone or beside a topic', () => {
    const title = titleOf(
      [
        '**Dana Host:** Go on.',
        '**Sam Guest:** Brian Kernighan wrote about Unix history. Brian knew the Unix history first hand. ' +
          'Brian tells the Unix history well, and Brian keeps the Unix history alive.',
        '**Dana Host:** Right.',
        '**Sam Guest:** Brian says the Unix history is about people. Brian is right.',
      ].join('\n\n'),
    );
    expect(title).toMatch(/Unix/);
    expect(title).not.toMatch(/Brian/);
  });

  it('are never a product whose second word is a common word, or a company', () => {
    expect(
      namesIn(
        '**Dana Host:** Go on.\n\n**Sam Guest:** We use Claude Code daily, and the code it writes is fine. Zed Industries makes Zed, the editor.',
      ),
    ).toEqual([]);
  });
});

describe('chapter title phrases', () => {
  it('never pair a phrase with its own initials ("Machine Learning and ML")', () => {
    const title = titleOf(
      [
        '**Dana Host:** Go on.',
        '**Sam Guest:** Machine learning changed how teams ship. Machine learning needs data, and ML teams need GPUs. ' +
          'ML is everywhere now, and ML platforms keep growing. Machine learning platforms hide the GPUs.',
        '**Dana Host:** Right.',
        '**Sam Guest:** Machine learning in production needs monitoring. ML monitoring is still young.',
      ].join('\n\n'),
    );
    expect(title).toMatch(/Machine Learning/);
    expect(title).not.toMatch(/\bML\b/);
  });

  it('lead with the topic heard across the chapter, not a place from one anecdote', () => {
    const title = titleOf(
      [
        '**Dana Host:** Sam, vector databases are everywhere now. Tell me about your setup.',
        '**Sam Guest:** We moved to San Francisco in spring. San Francisco was expensive. In San Francisco we met the founders of two vector databases. Vector databases store embeddings for search.',
        '**Dana Host:** Right.',
        '**Sam Guest:** The embeddings come from our product catalogue. Vector databases answer a query in milliseconds, and the index for the catalogue fits in memory.',
        '**Dana Host:** Great.',
        '**Sam Guest:** Our vector databases now serve every search on the site. The catalogue grows every week, and the embeddings grow with it.',
      ].join('\n\n'),
    );
    expect(title).toMatch(/^Vector Databases/);
    expect(title).not.toMatch(/San Francisco/);
  });

  it('anchor to a word heard across the chapter, not one said four times in one breath', () => {
    const title = titleOf(
      [
        '**Dana Host:** Go on.',
        '**Sam Guest:** Vector databases store embeddings for search. The embeddings come from the product catalogue. ' +
          'Vector databases answer a query in milliseconds, and the catalogue fits in memory. ' +
          'Response time, response size, response codes and response format are what users see. ' +
          'Our vector databases now serve every search on the site, and the catalogue grows every week.',
        '**Dana Host:** Right.',
      ].join('\n\n'),
    );
    expect(title).toMatch(/^Vector Databases/);
    expect(title).not.toMatch(/Response/);
  });

  it('set a name beside a company, not at it: "Posse Party and Google", but "Internal Tools at Google"', () => {
    const chapter = (lead: string) =>
      [
        '**Dana Host:** Go on.',
        `**Sam Guest:** Google bought a small startup last year. ${lead} runs on every laptop at Google now. ` +
          `Engineers at Google open ${lead} each morning, and Google pays for it. ` +
          `Nobody outside Google has seen ${lead} yet.`,
        '**Dana Host:** Right.',
      ].join('\n\n');
    expect(titleOf(chapter('Posse Party'))).toBe('Posse Party and Google');
    expect(titleOf(chapter('the internal tools'))).toBe('Internal Tools at Google');
  });

  it('set a one-word lead beside a named anchor ("Git and Passphrases"), a longer one under it ("Git: Vector Databases")', () => {
    const chapter = (lead: string) =>
      [
        '**Dana Host:** Go on.',
        `**Sam Guest:** Our ${lead} changed last spring, when we moved to Git. We rotate ${lead} every month. ` +
          `Git asks for ${lead} on each push, and the server checks the ${lead}. ` +
          `Without ${lead} the Git history means nothing.`,
        '**Dana Host:** Right.',
      ].join('\n\n');
    expect(titleOf(chapter('passphrases'))).toBe('Git and Passphrases');
    expect(titleOf(chapter('vector databases'))).toBe('Git: Vector Databases');
  });

  it('join an anchor to at most two titles of an episode: the third lead stands alone', () => {
    const chapter = [
      '**Dana Host:** Go on.',
      '**Sam Guest:** Our vector databases store embeddings for search on Kubernetes. The embeddings live on Kubernetes. ' +
        'Vector databases answer a query in milliseconds on Kubernetes, and Kubernetes scales them. ' +
        'Kubernetes restarts vector databases at night.',
      '**Dana Host:** Right.',
    ].join('\n\n');
    const anchored = new Map<string, number>();
    expect(titleOf(chapter, anchored)).toBe('Kubernetes: Vector Databases');
    expect(titleOf(chapter, anchored)).toBe('Kubernetes: Vector Databases');
    expect(anchored.get('kubernet')).toBe(2);
    expect(titleOf(chapter, anchored)).toBe('Vector Databases');
  });

  it('never lead with a phrase said once and repeated at once in the middle of the chapter', () => {
    const hospitals =
      '**Sam Guest:** The outage hit hospitals first, and hospitals had to close their clinics. ' +
      'Nurses went back to paper. Surgeons waited for the screens. Patients were sent to other towns. ' +
      'Pharmacies could not print labels. Ambulances were turned away for hours. ' +
      'My kid was watching Toy Story. Yes, Toy Story, the whole film. ' +
      'Meanwhile the hospitals were down, and the hospitals stayed down all day.';
    const title = titleOf(['**Dana Host:** Go on.', hospitals, '**Dana Host:** Wow.'].join('\n\n'));
    expect(title).not.toMatch(/Toy Story/);
    // Said twice in the chapter's opening sentences, it names the chapter.
    const opening = titleOf(
      [
        '**Dana Host:** Go on.',
        '**Sam Guest:** Supabase started a Postgres language server. A Postgres language server gives you completions. ' +
          'Editors pick it up for free, and every editor gets the same completions, in every editor there is.',
        '**Dana Host:** Nice.',
      ].join('\n\n'),
    );
    expect(opening).toMatch(/Postgres Language Server/);
  });

  it("never use a speaker's name as a topic and never a bare adjective or verb", () => {
    const title = titleOf(
      [
        '**Dana Host:** Sam, tell me about the migration. Sam, was it hard? Sam?',
        '**Sam Guest:** The migration took a year. Similar projects fail, and certain teams decided to wait. The migration plan had three stages.',
        '**Dana Host:** Similar stories everywhere.',
        '**Sam Guest:** The migration finished in March, and the old cluster was switched off after the migration.',
      ].join('\n\n'),
    );
    expect(title).toMatch(/^Migration/);
    expect(title).not.toMatch(/Sam|Dana|Similar|Certain|Decided/);
  });

  it('know places, organisations and technical acronyms', () => {
    expect(lookUpName('San Francisco')).toBe('place');
    expect(lookUpName('Google')).toBe('organisation');
    expect(lookUpName('AI')).toBe('term');
    expect(lookUpName('RL')).toBe('term');
    expect(lookUpName('Kubernetes')).toBeUndefined();
  });

  it('count a word heard inside a longer name as that name ("Google Brain", not "Brain")', () => {
    const markdown = [
      '**Dana Host:** How did you end up at Google Brain?',
      '**Sam Guest:** Google Brain was small then. I joined Google Brain in 2016, and my manager at Brain hired two more people into Google Brain that year.',
    ].join('\n\n');
    const { transcript: t } = parse('episode.md', new TextEncoder().encode(markdown), { people, wordsPerMinute: 160 });
    const whole = countPhrases(t, 0, t.sentences.length);
    const ranked = rankPhrases(whole, whole, 1).map(commonForm);
    expect(ranked).toContain('Google Brain');
    expect(ranked).not.toContain('Brain');
  });

  it('keep a common word that opens a name ("New York", not "York"), and leave it out elsewhere', () => {
    const markdown = [
      '**Dana Host:** How is the winter in New York?',
      '**Sam Guest:** Snow again. New York shuts down for a day, and the new subway line in New York runs late. Our new office is nice.',
    ].join('\n\n');
    const { transcript: t } = parse('episode.md', new TextEncoder().encode(markdown), { people, wordsPerMinute: 160 });
    const whole = countPhrases(t, 0, t.sentences.length);
    const ranked = rankPhrases(whole, whole, 1).map(commonForm);
    expect(ranked).toContain('New York');
    expect(ranked).not.toContain('York');
    expect(ranked.some((p) => /\bnew\b/.test(p))).toBe(false);
  });
});

describe('question titles', () => {
  it('keep the core of a host question: no framing phrase, the first of two joined questions', async () => {
    expect(
      conciseQuestion(
        'At a very simplistic level, what is a reasoning model and how is that different from your base LLM',
      ),
    ).toBe('what is a reasoning model');
    expect(conciseQuestion('How does the model decide how long it should think')).toBe(
      'How does the model decide how long it should think',
    );
    // A subject taken up again by a pronoun is said once.
    expect(conciseQuestion('Is GitHub Actions, is it a competitor to Dagger')).toBe(
      'Is GitHub Actions a competitor to Dagger',
    );
    expect(conciseQuestion('Does Go, does it have exceptions')).toBe('Does Go have exceptions');
    // A question corrected as it is asked is the corrected one.
    expect(conciseQuestion("What's your impression, or rather what was your experience with containers")).toBe(
      'what was your experience with containers',
    );
    expect(conciseQuestion('Is it fast or rather cheap')).toBe('Is it fast or rather cheap');
    expect(conciseQuestion('Is it a competitor, or is it a partner')).toBe('Is it a competitor');
    // Too short a first question keeps the whole.
    expect(conciseQuestion('What and how do models learn')).toBe('What and how do models learn');
    expect(
      conciseQuestion(
        'Looking back at everything that you did and accomplished with that, what would you have done differently',
      ),
    ).toBe('what would you have done differently');
  });

  const answer =
    '**Sam Guest:** The index would have come first. We rebuilt the catalogue three times, and each rebuild taught us that embeddings age faster than the code around them. If I started again I would version every embedding, keep the old index warm during a rebuild, and measure recall on real queries every week instead of once a quarter, because the drift shows up in search long before anyone files a ticket about it.';
  const asked = (reply: string, aside = "**Dana Host:** It's a big question to put you on the spot.") =>
    titleOf(
      [
        '**Dana Host:** Looking back at everything that you built with the vector index, what would you have done differently?',
        reply,
        aside,
        answer,
      ].join('\n\n'),
    );

  it("title a chapter by the host's question when the answer comes after a beat", () => {
    expect(asked('**Sam Guest:** Oh.')).toBe('What Would You Have Done Differently?');
  });

  it('when the answer comes in parts, the host adding a word between', () => {
    expect(asked('**Sam Guest:** Honestly, I would have to think about that one for a while.')).toBe(
      'What Would You Have Done Differently?',
    );
  });

  it('cut before a trailing phrase when too long for a title, and said again from a restart', () => {
    const walmart =
      '**Sam Guest:** At Walmart I ran configuration management for the stores. Walmart had thousands of stores, and every store ran its own servers, so configuration management at Walmart meant keeping every store server in the same state with Puppet, rolling changes out store by store, and fixing whatever drifted before the morning opening, when the registers had to work whatever the network did that day.';
    expect(
      titleOf(
        [
          '**Dana Host:** But first just tell us, what was your what was the store workflow at Walmart with configuration management, and how did it change?',
          walmart,
          '**Dana Host:** Okay.',
        ].join('\n\n'),
      ),
    ).toBe('What Was the Store Workflow at Walmart?');
    // The guest's job asked about is an interview prompt, no title.
    expect(
      titleOf(
        [
          '**Dana Host:** But first just tell us, what were you responsible for at Walmart?',
          walmart,
          '**Dana Host:** Okay.',
        ].join('\n\n'),
      ),
    ).not.toMatch(/\?$/);
  });

  it('not when the reply is brief and the host moves on: the question was answered briefly or set aside', () => {
    const movesOn =
      '**Dana Host:** Fair enough, we can come back to that one later on, because first I want to hear how the team grew and who joined when.';
    expect(asked('**Sam Guest:** Honestly, I would have to think about that one for a while.', movesOn)).not.toMatch(
      /\?$/,
    );
  });
});

describe('question titles from a question posed and answered', () => {
  const monologue =
    'We advocate for treating agents as extensions of people and teams, because the agent never owns the outcome. ' +
    'The developer who runs the agents owns the work, and the team owns the results the agents produce. ' +
    'So we measure the developer and the team with the agents as part of that team, and we count agents as people nowhere. ' +
    'That keeps the numbers honest when a team adds ten agents in a month.';

  it('by the speaker, framing their own answer', () => {
    expect(
      titleOf(
        [
          '**Dana Host:** Go on.',
          `**Sam Guest:** So do we treat agents as people, or do we treat agents as extensions of teams? ${monologue}`,
          '**Dana Host:** Right.',
        ].join('\n\n'),
      ),
    ).toBe('Do We Treat Agents as People?');
  });

  it("in three words when they name the chapter's key words, after framing phrases", () => {
    expect(
      titleOf(
        [
          "**Dana Host:** TL;DR, Sam, what's founder mode, and what was the overall take on the show?",
          '**Sam Guest:** Founder mode is the idea that founders stay in the details. Founder mode means the founder skips layers of managers and talks to the people doing the work. Critics of founder mode say it excuses micromanagement, and fans of founder mode say it keeps the vision intact as the company grows and grows.',
          '**Dana Host:** Okay.',
        ].join('\n\n'),
      ),
    ).toMatch(/^(?:What's )?Founder Mode\??$/);
    expect(conciseQuestion("TL;DR, Johnny, what's founder mode, and what was the overall take on Go Time")).toBe(
      "what's founder mode",
    );
  });

  it('in caption text, from the word after the name of the one asked', () => {
    const founderMode =
      '**Sam Guest:** founder mode is the idea that founders stay in the details and founder mode means the founder skips layers of managers and talks to the people doing the work and critics of founder mode say it excuses micromanagement while fans of founder mode say it keeps the vision intact as the company grows and grows and the essay that named it asked every founder to stay close to the work';
    expect(
      titleOf(
        [
          "**Dana Host:** speaking of the essay sam what's founder mode and what was the overall take on the show",
          founderMode,
          '**Dana Host:** okay',
        ].join('\n\n'),
      ),
    ).toBe("What's Founder Mode?");
  });

  it('lead with the topic a question names, not the person it names', () => {
    const title = titleOf(
      [
        '**Dana Host:** Like, what do you know about this Kent Beck fun aspect?',
        '**Sam Guest:** Kent Beck wrote that pair programming makes the work more fun, and Kent Beck was right about it. ' +
          'Pair programming with an agent feels like pair programming with a person: you think out loud, the agent answers, and the codebase moves. ' +
          'Teams that try pair programming with agents report more fun and fewer stalls, and the codebase gets reviewed as it is written.',
        '**Dana Host:** Okay.',
      ].join('\n\n'),
    );
    expect(title).not.toMatch(/^Kent Beck/);
  });

  it('from a question opening on "have" or "did" that names the key words', () => {
    expect(
      titleOf(
        [
          '**Dana Host:** Have you been collecting the data?',
          '**Sam Guest:** We collect data from four hundred organizations every quarter. The data shows adoption rising fast, and the data on engagement moves with it. We publish the data twice a year so teams can compare their own data with the industry, and the data has been remarkably steady across company sizes, regions and industries over the last three years of surveys.',
          '**Dana Host:** Okay.',
        ].join('\n\n'),
      ),
    ).toBe('Have You Been Collecting the Data?');
  });

  it('lead with a topic an open question names, not a detail a yes/no question asks about', () => {
    const answer =
      '**Sam Guest:** Proprietary Unix ran every store for a decade, and proprietary Unix shaped the store workflow. ' +
      'Application developers did some of the configuration, but the store workflow came from the proprietary Unix era, ' +
      'and the proprietary Unix tooling decided how every store was laid out, down to the last rack and the last cable. ' +
      'Nobody questioned it for years, because it worked.';
    const asked = (question: string) =>
      titleOf([`**Dana Host:** ${question}`, answer, '**Dana Host:** Okay.'].join('\n\n'));
    expect(asked('Are application developers doing any of the configuration, too?')).not.toMatch(/^Application/);
    expect(asked('What did the application developers do with the configuration?')).toMatch(/Application Developers/);
  });

  it('from the question a sentence quotes at its end: \'an article called "How does the catalogue work?"\'', () => {
    const title = titleOf(
      [
        '**Dana Host:** This one relates to the interview today, which is an article called "How does the agent catalogue work?"',
        `**Sam Guest:** ${monologue}`,
        '**Dana Host:** Okay.',
      ].join('\n\n'),
    );
    expect(title).toBe('How Does the Agent Catalogue Work?');
  });

  it('never one naming nothing, or closing on a word that points back ("How do you compete with that?")', () => {
    for (const question of [
      'What do you think?',
      'How do you compete with that?',
      'What were you using before that?',
    ]) {
      const title = titleOf(
        [`**Dana Host:** ${question}`, `**Sam Guest:** ${monologue}`, '**Dana Host:** Okay.'].join('\n\n'),
      );
      expect(title).not.toMatch(/\?$/);
    }
  });

  it('never about the people in the room', () => {
    const title = titleOf(
      ['**Dana Host:** How did you all get together?', `**Sam Guest:** ${monologue}`, '**Dana Host:** Okay.'].join(
        '\n\n',
      ),
    );
    expect(title).not.toMatch(/\?$/);
  });
});

describe('the introduction', () => {
  const { transcript: t } = parse(
    'episode.md',
    new TextEncoder().encode(
      '**Dana Host:** Welcome. My guests today are Sam, Ada and Grace.\n\n**Sam Guest:** Thanks for having me.',
    ),
    { people, wordsPerMinute: 160 },
  );
  const span = wholeSpan(t, 'introduction');
  const title = (guests: string[], show?: string) =>
    titleChapter(t, span, [], new Set(), createCorrector({}), { guestNames: guests, ...(show ? { show } : {}) });

  it('is named after the guest, or both guests', () => {
    expect(title(['Sam Guest'])).toBe('Introducing Sam Guest');
    expect(title(['Sam Guest', 'Ada Lovelace'])).toBe('Introducing Sam Guest and Ada Lovelace');
  });

  it('is "Introductions" for a panel or names too long for a title, and "Introduction" with no names', () => {
    expect(title(['Sam Guest', 'Ada Lovelace', 'Grace Hopper'])).toBe('Introductions');
    expect(title(['Sam Guest', 'Professor Ada Augusta King, Countess of Lovelace'])).toBe('Introductions');
    expect(title([])).toBe('Introduction');
  });

  it("is the show's welcome when it names no guest and the show is known", () => {
    expect(title([], 'Ship It!')).toBe('Welcome to Ship It!');
    expect(title(['Sam Guest'], 'Ship It!')).toBe('Introducing Sam Guest');
    expect(title([], 'The Long and Winding Podcast About Everything in Software Delivery')).toBe('Introduction');
  });

  it('names only the guests the introduction names: a guest introduced later is not in it', () => {
    expect(title(['Sam Guest', 'Martin Jackson'])).toBe('Introducing Sam Guest');
    expect(title(['Martin Jackson'])).toBe('Introduction');
  });
});

describe('words written onto each other', () => {
  it('make no phrase: "foo.name" and "hotels.com" are one written thing', () => {
    const { transcript: t } = parse(
      'episode.md',
      new TextEncoder().encode(
        '**Sam Guest:** Under the key you have foo.name and foo.name again. The site hotels.com beats hotels.com clones.\n\n**Dana Host:** Right.',
      ),
      { people, wordsPerMinute: 160 },
    );
    const keys = [...countPhrases(t, 0, t.sentences.length).keys()];
    expect(keys).toContain('foo');
    expect(keys).not.toContain('foo name');
    expect(keys).not.toContain('hotel com');
  });
});
