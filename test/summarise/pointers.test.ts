import { describe, expect, it } from 'vitest';
import {
  loosePointers,
  pointsBack,
  someoneWithoutReferent,
  theyWithoutReferent,
} from '../../src/summarise/pointers.js';

const words = (line: string) => line.toLowerCase().replace(/[.,]/g, '').split(' ');

describe('a demonstrative that points back', () => {
  it('stands alone, before a vague noun, or before a copula', () => {
    for (const line of [
      'As you work on these things you make the model much better',
      'The general findings from that was a fancy look and feel',
      'I think this is the most important point',
      'Self-service was better in that way',
      'Nobody expected that',
      'A big part of why that was so relevant was the editor',
      'I think that is the whole point of types',
      "I don't think people care about that as much right now",
      'Everybody else benefits from that as well',
      "We can't do that unless you buy the pass",
      'Nobody did that',
      // After a preposition, a noun the line never named: which project?
      'If you go look at the tsconfig in that project there is no include',
      // At the opening, before a modal: what can get tricky was said before.
      'I think that can get tricky when you collaborate',
      // The one said before, whatever the noun.
      "I know a lot of people aren't in that same situation",
      "I figure you're probably good at that being a professor",
    ])
      expect(pointsBack(words(line)), line).toBe(true);
  });

  it('is not a relative "that", a "now that", "stuff like that", a time, or a demonstrative with its noun', () => {
    for (const line of [
      'We are seeing a whole new generation of problems that are being created',
      'Now that so many people are on the job market postings multiply',
      "I don't mind the witty jokes and stuff like that but bring me inside",
      'This architecture goes back to the mainframe days',
      'We built the cache so that builds get faster',
      'By that time the build took an hour on every machine',
      'We moved the project to Rust and in that project the build is fast',
      'We do that migration every spring',
      // Later in the line, what "that" stands for is in the line.
      "We don't ship every week because that would be crazy",
      'We run the same tests on every machine',
      'And I think on that same note a great practice is to start draft PRs',
    ])
      expect(pointsBack(words(line)), line).toBe(false);
  });
});

describe('loose pointers', () => {
  it('count "it", a lone demonstrative and "these things", not "this training"', () => {
    expect(loosePointers(words('It works because these things scale'))).toBe(2);
    expect(loosePointers(words('This training data is clean'))).toBe(0);
  });
});

describe('a "they" in a printed line', () => {
  it('stands for someone said before when no group or plural noun comes before it', () => {
    expect(theyWithoutReferent(words('If you solve it they may take you anyway'))).toBe(true);
    expect(theyWithoutReferent(words("It's a slow burn and they're taking their time with it"))).toBe(true);
    // "This", "is" and "always" end in "s" and are no plural.
    expect(theyWithoutReferent(words('This is always where they lose you'))).toBe(true);
  });

  it('has its referent in the line: a plural noun or a group named first', () => {
    expect(theyWithoutReferent(words('The best teachers let you struggle and then they show you a better way'))).toBe(
      false,
    );
    expect(theyWithoutReferent(words('People say they want privacy'))).toBe(false);
    expect(theyWithoutReferent(words('This is how the model learns'))).toBe(false);
    // "News" ends in "s" and is no plural.
    expect(theyWithoutReferent(words('You end up on the news but they never talked about it'))).toBe(true);
  });

  it('as a subject only, when asked: "their" may stand for one organisation named before', () => {
    const hospital = words('The hospital had to shut down all of their clinics');
    expect(theyWithoutReferent(hospital)).toBe(true);
    expect(theyWithoutReferent(hospital, true)).toBe(false);
    expect(theyWithoutReferent(words('It is wild that they never talked about it'), true)).toBe(true);
    // A name said before may be who "they" are: "Anthropic… what they've put together".
    const anthropic = words("I even saw Anthropic what they've put together");
    expect(theyWithoutReferent(anthropic, true)).toBe(true);
    expect(theyWithoutReferent(anthropic, true, (k) => k === 3)).toBe(false);
  });
});

describe('a "he" or "her" with nobody named before it', () => {
  const raw = (line: string) => line.split(' ');
  const judge = (line: string) =>
    someoneWithoutReferent(words(line), (k) => k > 0 && /^\p{Lu}/u.test(raw(line)[k]!) && raw(line)[k] !== 'I');

  it('stands for someone named in the talk before', () => {
    expect(judge('I always look forward to her insights and her ethics')).toBe(true);
    expect(judge('The thing he made is these life-size helmets')).toBe(true);
  });

  it('is not a pronoun after the name it stands for', () => {
    expect(judge('I always read what Maggie writes because her insights are sharp')).toBe(false);
    expect(judge('Nobody here uses it')).toBe(false);
  });
});
