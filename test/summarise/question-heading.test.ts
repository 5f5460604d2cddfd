import { describe, expect, it } from 'vitest';
import { questionHeading, type TaggedWord } from '../../src/summarise/question-heading.js';

/** "what/PRON 's/AUX …": words with the tagger's parts of speech. */
const tagged = (s: string): TaggedWord[] =>
  s.split(' ').map((w) => {
    const [text, tag] = w.split('/');
    return { text: text!, tag };
  });

describe("a host's question as a heading", () => {
  it('turns "how do we…" into "How to…"', () => {
    expect(questionHeading(tagged('How/ADV do/AUX we/PRON measure/VERB agents/NOUN'))).toBe('How to measure agents');
    expect(questionHeading(tagged('how/ADV do/AUX you/PRON scale/VERB Puppet/PROPN servers/NOUN'))).toBe(
      'How to scale Puppet servers',
    );
  });

  it('ends a "How to…" heading on its phrase, not on the preposition before a word pointing outside it', () => {
    expect(
      questionHeading(
        tagged(
          'How/ADV did/AUX you/PRON tackle/VERB the/DET software/NOUN side/NOUN of/ADP these/DET two/NUM drones/NOUN',
        ),
      ),
    ).toBe('How to tackle the software side');
  });

  it('keeps the noun phrase a "what is" question asks for, up to a word pointing outside it', () => {
    expect(
      questionHeading(tagged("what's/PRON the/DET right/ADJ ratio/NOUN of/ADP human/NOUN to/ADP agents/NOUN")),
    ).toBe('The right ratio of human to agents');
    expect(
      questionHeading(
        tagged(
          'What/PRON has/AUX been/AUX your/PRON adoption/NOUN strategy/NOUN at/ADP DX/PROPN for/ADP these/DET tools/NOUN',
        ),
      ),
    ).toBe('adoption strategy at DX');
    expect(questionHeading(tagged('Can/AUX you/PRON talk/VERB about/ADP the/DET type/NOUN system/NOUN'))).toBe(
      'The type system',
    );
  });

  it('keeps the topic a request to explain or walk through asks for, hedged or not', () => {
    expect(
      questionHeading(
        tagged(
          'Can/AUX you/PRON kind/ADV of/ADV explain/VERB the/DET decentralized/ADJ part/NOUN of/ADP Bluesky/PROPN',
        ),
      ),
    ).toBe('The decentralized part of Bluesky');
    expect(
      questionHeading(tagged('Could/AUX you/PRON walk/VERB us/PRON through/ADP the/DET release/NOUN process/NOUN')),
    ).toBe('The release process');
    expect(questionHeading(tagged('Can/AUX you/PRON explain/VERB why/ADV it/PRON broke/VERB'))).toBeUndefined();
  });

  it('keeps what a "what\'s going on with…" question asks about', () => {
    expect(
      questionHeading(
        tagged(
          "what's/PRON going/VERB on/ADP in/ADP Silicon/PROPN Valley/PROPN with/ADP these/DET fake/ADJ job/NOUN postings/NOUN",
        ),
      ),
    ).toBe('fake job postings');
    expect(questionHeading(tagged("what's/PRON going/VERB on/ADP in/ADP Silicon/PROPN Valley/PROPN"))).toBeUndefined();
  });

  it('leaves a question that asks about an action, a definition or more than one noun', () => {
    expect(questionHeading(tagged('What/PRON is/AUX the/DET model/NOUN doing/VERB'))).toBeUndefined();
    expect(questionHeading(tagged('What/PRON is/AUX a/DET reasoning/NOUN model/NOUN'))).toBeUndefined();
    expect(questionHeading(tagged('What/PRON is/AUX the/DET fun/NOUN'))).toBeUndefined();
    expect(
      questionHeading(
        tagged('What/PRON was/AUX the/DET purpose/NOUN of/ADP having/VERB servers/NOUN per/ADP store/NOUN'),
      ),
    ).toBeUndefined();
    expect(questionHeading(tagged('How/ADV does/AUX that/PRON work/VERB'))).toBeUndefined();
    expect(questionHeading(tagged('Why/ADV servers/NOUN in/ADP the/DET actual/ADJ locations/NOUN'))).toBeUndefined();
  });
});
