import { describe, expect, it } from 'vitest';
import {
  clauseMissingVerb,
  dropsItsSubject,
  endsOnBareInfinitive,
  hangsOnCondition,
  lacksMainClause,
  onlyNonFiniteVerbs,
  onlyOpeningClause,
  onlySubordinateClauses,
  opinionWithoutClause,
  restartsMidClause,
} from '../../src/summarise/main-clause.js';

/** "a/DET mission/NOUN …" split into words and the tagger's parts of speech. */
function tagged(text: string): [string[], string[]] {
  const pairs = text.split(' ').map((w) => w.split('/'));
  return [pairs.map(([w]) => w!), pairs.map(([, tag]) => tag!)];
}
const check = (text: string) => lacksMainClause(...tagged(text));
const restarts = (text: string) => restartsMidClause(...tagged(text));
const hangs = (text: string) => hangsOnCondition(...tagged(text));

describe('a line without a main clause', () => {
  it('is a noun phrase whose only verb is in its relative clause', () => {
    expect(
      check('A/DET much/ADV bigger/ADJ mission/NOUN that/PRON you/PRON can/AUX have/VERB an/DET impact/NOUN on/ADP'),
    ).toBe(true);
    expect(
      check('Even/ADV in/ADP languages/NOUN that/PRON LLMs/PROPN are/AUX not/PART as/ADV well/ADV suited/VERB for/ADP'),
    ).toBe(true);
  });

  it('has no clause of its own in an "-ing" form without an auxiliary, nor in an infinitive', () => {
    expect(
      check(
        'All/DET the/DET things/NOUN that/PRON went/VERB into/ADP standing/VERB up/ADP naturally/ADV using/VERB gravity/NOUN to/PART win/VERB',
      ),
    ).toBe(true);
    // An auxiliary, alone or written onto its subject, makes the "-ing" form a clause's verb.
    expect(
      check(
        "the/DET big/ADJ thing/NOUN that/PRON Amazon's/PROPN shipping/VERB now/ADV is/AUX just/ADV replacing/VERB stage/NOUN one/NUM",
      ),
    ).toBe(false);
    expect(check('the/DET tool/NOUN that/PRON we/PRON built/VERB is/AUX saving/VERB us/PRON time/NOUN')).toBe(false);
  });

  it('is not judged when the word after the relative is no verb nor its subject: the tagger took a verb for a noun', () => {
    expect(
      check(
        'the/DET thing/NOUN that/DET benefits/NOUN everyone/PRON not/PART just/ADV TypeScript/PROPN devs/NOUN is/AUX the/DET proliferation/NOUN',
      ),
    ).toBe(false);
  });

  it('has its main verb after the relative clause, or before it', () => {
    expect(check('The/DET model/NOUN that/PRON we/PRON trained/VERB works/VERB well/ADV')).toBe(false);
    expect(check('The/DET teams/NOUN that/PRON ship/VERB daily/ADV have/AUX learned/VERB to/PART test/VERB')).toBe(
      false,
    );
    expect(check('Vector/NOUN databases/NOUN store/VERB embeddings/NOUN that/PRON search/VERB uses/VERB')).toBe(false);
  });
});

describe('a clause the speaker restarted', () => {
  it('runs two attempts together', () => {
    expect(restarts("but/CCONJ it's/PRON not/PART we/PRON can't/AUX say/VERB it's/PRON like/ADP")).toBe(true);
    expect(restarts("hours/NOUN and/CCONJ do/AUX it's/PRON not/PART always/ADV the/DET factor/NOUN")).toBe(true);
    expect(restarts('task/NOUN like/ADP write/VERB a/DET you/PRON have/VERB some/DET idea/NOUN')).toBe(true);
  });

  it('is not "I think it\'s" or "not you, but the team"', () => {
    expect(restarts("I/PRON think/VERB it's/PRON fine/ADJ and/CCONJ that's/PRON true/ADJ")).toBe(false);
    expect(restarts('it/PRON is/AUX not/PART you/PRON but/CCONJ the/DET team/NOUN')).toBe(false);
    expect(restarts("what/PRON do/AUX you/PRON think/VERB it's/PRON worth/ADJ")).toBe(false);
    expect(restarts('a/DET tool/NOUN the/DET team/NOUN built/VERB')).toBe(false);
  });
});

describe('a line that stops on a condition', () => {
  it('has nothing following from its closing "if"', () => {
    expect(
      hangs(
        "You're/PRON solving/VERB a/DET very/ADV small/ADJ section/NOUN but/CCONJ if/SCONJ you/PRON give/VERB so/ADV many/ADJ false/ADJ positives/NOUN",
      ),
    ).toBe(true);
    expect(hangs('If/SCONJ you/PRON really/ADV want/VERB to/PART scale/VERB it/PRON')).toBe(true);
    // A second verb joined by "and", with no subject of its own, is still the condition.
    expect(
      hangs(
        'If/SCONJ I/PRON had/AUX spent/VERB longer/ADV on/ADP this/DET tweet/NOUN and/CCONJ thought/VERB more/ADJ about/ADP the/DET reaction/NOUN',
      ),
    ).toBe(true);
  });

  it('has nothing following from it even with a clause inside it ("where…", "that it…")', () => {
    expect(
      hangs(
        'If/SCONJ you/PRON want/VERB to/PART trace/VERB back/ADV where/ADV psychological/ADJ safety/NOUN can/AUX lead/VERB to/ADP better/ADJ development/NOUN',
      ),
    ).toBe(true);
    expect(hangs('If/SCONJ you/PRON see/VERB that/SCONJ it/PRON fails/VERB')).toBe(true);
    // "that library" is a noun phrase: the verb after it is the consequence.
    expect(hangs('If/SCONJ you/PRON use/VERB that/DET library/NOUN it/PRON breaks/VERB')).toBe(false);
    expect(
      hangs('If/SCONJ you/PRON ask/VERB where/ADV it/PRON breaks/VERB the/DET answer/NOUN is/AUX the/DET cache/NOUN'),
    ).toBe(false);
    // A subject with its verb in one word starts the consequence, even right after the inner clause's verb.
    expect(
      hangs(
        "If/SCONJ you/PRON wanted/VERB to/PART know/VERB who/PRON I/PRON am/AUX you'd/PRON probably/ADV watch/VERB my/PRON history/NOUN",
      ),
    ).toBe(false);
  });

  it('has its consequence in a contraction the tagger reads as a pronoun ("that\'s")', () => {
    expect(
      hangs(
        "If/SCONJ you/PRON take/VERB a/DET large/ADJ number/NOUN and/CCONJ try/VERB to/PART factorize/VERB it/PRON that's/PRON a/DET hard/ADJ problem/NOUN",
      ),
    ).toBe(false);
  });

  it('is whole when the condition has its consequence, or the "if" hangs on a clause before it', () => {
    expect(
      hangs('It/PRON is/AUX fine/ADJ but/CCONJ if/SCONJ you/PRON push/VERB too/ADV far/ADV it/PRON breaks/VERB'),
    ).toBe(false);
    expect(hangs('If/SCONJ you/PRON push/VERB too/ADV far/ADV the/DET model/NOUN breaks/VERB')).toBe(false);
    expect(hangs('It/PRON breaks/VERB if/SCONJ you/PRON push/VERB too/ADV far/ADV')).toBe(false);
    // After a semicolon the condition is a clause of its own; conditions joined by "and" are one condition.
    const [words, tags] = tagged(
      "I/PRON love/VERB the/DET integrations/NOUN if/SCONJ you/PRON have/AUX a/DET Mac/PROPN and/CCONJ you're/PRON not/PART doing/VERB 1Password/NUM",
    );
    expect(hangsOnCondition(words, tags, (k) => k === 4)).toBe(true);
    expect(hangsOnCondition(words, tags)).toBe(false);
    expect(
      hangs(
        'You/PRON have/VERB to/PART be/AUX so/ADV dogged/ADJ that/SCONJ if/SCONJ you/PRON have/VERB that/DET drive/NOUN',
      ),
    ).toBe(true);
    expect(hangs('I/PRON think/VERB that/SCONJ if/SCONJ you/PRON push/VERB too/ADV far/ADV it/PRON breaks/VERB')).toBe(
      false,
    );
  });
});

describe('an opinion with no clause after it', () => {
  const opinion = (text: string) => opinionWithoutClause(...tagged(text));

  it('is "I think" before a noun phrase, however long', () => {
    expect(opinion('I/PRON think/VERB less/ADJ large/ADJ enterprises/NOUN probably/ADV')).toBe(true);
    expect(opinion("I/PRON don't/AUX think/VERB less/ADJ large/ADJ enterprises/NOUN")).toBe(true);
    expect(
      opinion(
        'I/PRON think/VERB the/DET secondary/ADJ effects/NOUN of/ADP software/NOUN quality/NOUN understanding/VERB the/DET bottlenecks/NOUN',
      ),
    ).toBe(true);
  });

  it('is "I don\'t think" before a noun phrase whose only verb is its relative clause\'s, also after an adverb', () => {
    expect(
      opinion(
        "Nowadays/ADV I/PRON don't/AUX think/VERB anybody/PRON who/PRON works/VERB in/ADP tech/NOUN especially/ADV in/ADP light/ADJ of/ADP layoffs/NOUN",
      ),
    ).toBe(true);
  });

  it('is not an opinion whose clause has its verb, nor a line that opens otherwise', () => {
    expect(
      opinion("I/PRON think/VERB it's/PRON more/ADJ projects/NOUN that/PRON compete/VERB for/ADP access/NOUN"),
    ).toBe(false);
    expect(opinion('I/PRON think/VERB people/NOUN who/PRON work/VERB hard/ADV succeed/VERB')).toBe(false);
    expect(opinion('I/PRON think/VERB small/ADJ teams/NOUN ship/VERB faster/ADV')).toBe(false);
    expect(opinion("I/PRON think/VERB it's/AUX damaging/VERB")).toBe(false);
    expect(opinion("I/PRON don't/AUX think/VERB teams/NOUN ship/VERB faster/ADV")).toBe(false);
    expect(opinion('I/PRON think/VERB that/SCONJ teams/NOUN are/AUX learning/VERB')).toBe(false);
    expect(opinion('Small/ADJ teams/NOUN think/VERB less/ADV')).toBe(false);
  });
});

describe('a line whose last clause is only infinitives', () => {
  const bare = (text: string) => endsOnBareInfinitive(...tagged(text));

  it('is "…but to run on a GPU to have access to a cluster", the meant verb left out', () => {
    expect(
      bare(
        'Models/NOUN now/ADV use/VERB tools/NOUN routinely/ADV but/CCONJ to/PART run/VERB on/ADP a/DET GPU/PROPN to/PART have/VERB access/NOUN',
      ),
    ).toBe(true);
  });

  it('is not "no choice but to…", nor a "but" clause with its own verb', () => {
    expect(bare('We/PRON had/VERB no/DET choice/NOUN but/CCONJ to/PART run/VERB it/PRON')).toBe(false);
    expect(
      bare('Models/NOUN use/VERB tools/NOUN but/CCONJ to/PART run/VERB on/ADP a/DET GPU/PROPN is/AUX hard/ADJ'),
    ).toBe(false);
  });
});

describe('a sentence whose every verb is in a clause it opens', () => {
  const subordinate = (text: string) => onlySubordinateClauses(...tagged(text));

  it('is a noun phrase before "what", "since", "when" and their clauses', () => {
    expect(
      subordinate(
        "Maybe/ADV one/NUM minute/NOUN for/ADP the/DET broad/ADJ public/ADJ on/ADP what/DET attention/NOUN actually/ADV means/VERB since/SCONJ it's/AUX such/ADJ a/DET fundamental/ADJ concept/NOUN",
      ),
    ).toBe(true);
    expect(
      subordinate(
        'Feeling/PROPN like/ADP when/ADV you/PRON leave/VERB a/DET hole/NOUN that/PRON is/AUX noticeable/ADJ',
      ),
    ).toBe(true);
  });

  it('counts "what\'s" as a clause with its verb, and verbs joined by "and" as one clause', () => {
    expect(
      subordinate(
        "In/ADP terms/NOUN of/ADP what's/PRON going/VERB to/PART be/AUX what/PRON everybody/PRON goes/VERB and/CCONJ uses/VERB",
      ),
    ).toBe(true);
    // A subject after "and" starts a clause of its own: this one has its main verb.
    expect(
      subordinate('The/DET part/NOUN of/ADP what/PRON everybody/PRON uses/VERB and/CCONJ it/PRON breaks/VERB'),
    ).toBe(false);
  });

  it('has a verb of its own after its clauses, or before them', () => {
    expect(subordinate('The/DET question/NOUN of/ADP what/PRON we/PRON build/VERB matters/VERB most/ADV')).toBe(false);
    expect(
      subordinate(
        'Some/DET of/ADP what/PRON we/PRON are/AUX seeing/VERB adoption/NOUN is/AUX rising/VERB since/SCONJ about/ADV three/NUM months/NOUN ago/ADV',
      ),
    ).toBe(false);
    expect(subordinate('We/PRON know/VERB what/PRON matters/VERB')).toBe(false);
    expect(subordinate('When/ADV you/PRON leave/VERB it/PRON hurts/VERB')).toBe(false);
  });

  it('takes "that" before a noun as a noun phrase, not a clause', () => {
    expect(subordinate('A/DET problem/NOUN when/ADV you/PRON use/VERB that/SCONJ tool/NOUN is/AUX cost/VERB')).toBe(
      false,
    );
  });
});

describe('a clause opened by a question word that never reaches its verb', () => {
  const missing = (text: string) => clauseMissingVerb(...tagged(text));

  it('is a noun phrase after "what" before "but" or the end', () => {
    expect(
      missing(
        "I'm/PROPN not/PART sure/ADJ what/PRON the/DET percentages/NOUN but/CCONJ a/DET large/ADJ percentage/NOUN is/AUX alone/ADV",
      ),
    ).toBe(true);
    expect(missing('We/PRON never/ADV asked/VERB why/ADV the/DET delay/NOUN')).toBe(true);
  });

  it('is not "no matter what the cost", a clause that reaches its verb, or "how much"', () => {
    expect(missing('We/PRON ship/VERB no/DET matter/NOUN what/PRON the/DET cost/NOUN')).toBe(false);
    expect(
      missing('We/PRON looked/VERB at/ADP how/ADV the/DET models/NOUN and/CCONJ the/DET data/NOUN interact/VERB'),
    ).toBe(false);
    expect(missing('Nobody/PRON knows/VERB how/ADV much/ADJ')).toBe(false);
  });
});

describe('a line whose "think" lost its subject', () => {
  const drops = (text: string) => dropsItsSubject(...tagged(text));

  it('opens on a phrase and "think that" with no one thinking', () => {
    expect(
      drops(
        'In/ADP particular/ADJ as/ADP a/DET user/NOUN think/VERB that/SCONJ the/DET moniker/NOUN does/AUX not/PART fit/VERB',
      ),
    ).toBe(true);
    expect(drops('think/VERB the/DET model/NOUN learns/VERB')).toBe(true);
  });

  it('is whole with a subject, even after a phrase, or when "think" asks for no clause', () => {
    expect(drops('People/NOUN think/VERB that/SCONJ the/DET model/NOUN learns/VERB')).toBe(false);
    expect(drops('In/ADP the/DET labs/NOUN people/NOUN think/VERB that/SCONJ it/PRON works/VERB')).toBe(false);
    expect(drops('In/ADP that/DET case/NOUN think/VERB about/ADP the/DET users/NOUN')).toBe(false);
    expect(drops('I/PRON think/VERB that/SCONJ it/PRON works/VERB')).toBe(false);
  });
});

describe('a line that is only its opening clause', () => {
  const opening = (text: string) => onlyOpeningClause(...tagged(text));

  it('joins every clause after the first with "and", so nothing says what happens then', () => {
    expect(opening("When/ADV you're/PRON on/ADP stage/NOUN and/CCONJ you're/PRON giving/VERB a/DET demo/NOUN")).toBe(
      true,
    );
    expect(opening('While/SCONJ you/PRON wait/VERB and/CCONJ you/PRON watch/VERB the/DET logs/NOUN')).toBe(true);
  });

  it('has a main clause after its opening one', () => {
    expect(opening("When/ADV you're/PRON on/ADP stage/NOUN you're/PRON giving/VERB a/DET demo/NOUN")).toBe(false);
    expect(opening('When/ADV you/PRON leave/VERB the/DET team/NOUN loses/VERB')).toBe(false);
    expect(opening('If/SCONJ you/PRON push/VERB too/ADV far/ADV it/PRON breaks/VERB')).toBe(false);
    expect(opening('Because/SCONJ it/PRON works/VERB we/PRON ship/VERB it/PRON')).toBe(false);
  });

  it('opens on such a clause', () => {
    expect(opening('You/PRON wait/VERB and/CCONJ you/PRON watch/VERB the/DET logs/NOUN')).toBe(false);
  });
});

describe('a sentence whose verbs are all non-finite', () => {
  const nonFinite = (text: string) => onlyNonFiniteVerbs(...tagged(text));

  it('is a list of things with a participle describing one', () => {
    expect(
      nonFinite(
        'Chocolate/PROPN consumption/NOUN and/CCONJ Nobel/PROPN Prize/PROPN winners/NOUN in/ADP a/DET country/NOUN probably/ADV driven/VERB by/ADP Switzerland/PROPN',
      ),
    ).toBe(true);
    expect(
      nonFinite('Kubernetes/PROPN contributor/NOUN space/NOUN and/CCONJ a/DET project/NOUN called/VERB Gamma/PROPN'),
    ).toBe(true);
    expect(nonFinite('Picking/VERB up/ADP vaccines/NOUN and/CCONJ then/ADV seeing/VERB results/NOUN')).toBe(true);
  });

  it('reads a "like" with no one before it to do the liking as a filler', () => {
    expect(
      nonFinite(
        'Not/PART just/ADV like/VERB ChatGPT/PROPN style/NOUN answers/NOUN but/CCONJ personalized/ADJ ones/NOUN',
      ),
    ).toBe(true);
    expect(nonFinite('I/PRON really/ADV like/VERB ChatGPT/PROPN answers/NOUN')).toBe(false);
    expect(nonFinite('Users/NOUN would/AUX like/VERB answers/NOUN')).toBe(false);
  });

  it('is not a sentence with an auxiliary, a contraction or a finite verb, nor one with no verb tagged', () => {
    expect(nonFinite('It/PRON is/AUX driven/VERB by/ADP demand/NOUN')).toBe(false);
    expect(nonFinite("It's/PRON driven/VERB by/ADP demand/NOUN")).toBe(false);
    expect(nonFinite('They/PRON called/VERB Gamma/PROPN yesterday/NOUN')).toBe(false);
    expect(nonFinite('Small/ADJ teams/NOUN ship/NOUN faster/ADV')).toBe(false);
    expect(nonFinite('Happy/ADJ to/PART close/VERB issues/NOUN')).toBe(false);
  });
});
