import { describe, expect, it } from 'vitest';
import { ABOUT_THE_SHOW, AD_READ, HOUSEKEEPING, INTRODUCING } from '../../src/summarise/housekeeping.js';

describe("the show's housekeeping", () => {
  it('is a call to subscribe or review, thanks for listening, or what helps the show', () => {
    for (const line of [
      'Thanks for listening to this episode of the Mad Podcast.',
      'Thank you so much for coming on the show.',
      'Lucas it has been wonderful thank you so much for spending time with us today',
      'Thanks again for taking the time to do this.',
      "We'd be very grateful if you would consider subscribing.",
      'Leave us a positive review on whichever platform you use.',
      'This really helps us build a podcast and get great guests.',
      "I'm your host, Justin Garrison, and with me as always is Autumn Nash.",
      'Hello and welcome to Ship It, the podcast all about everything that happens after Git push.',
      'If you have a similar story and would like to share it, please email us.',
      'If there is a feature you want Jerod to try out, tweet at him.',
      'We are one of many shows in the Changelog portfolio of shows, so definitely check out their other offerings as well.',
      "I'm wondering, as we close out here, it's been a fascinating discussion.",
      'I hope you enjoy the rest of the time, and I look forward to hosting with you.',
      'We are still sharing the link to the Riverside now, in our Slack channel before we record.',
      'If you want to follow Changelog on Blue Sky, by all means, please do.',
      'Save the date. March 17th and 18th in Durham, North Carolina.',
      'You can also send an email, as you have, which is gerhard@changelog.com.',
      'Drop us a line if the build breaks for you.',
    ])
      expect(HOUSEKEEPING.test(line), line).toBe(true);
  });

  it('is not the subject talking', () => {
    for (const line of [
      'Thanks to reinforcement learning, the model checks its own work.',
      'We spend less time on reviews thanks to the new linter.',
      'A review of the code found the bug in an afternoon.',
      'The index helps search teams answer a query in milliseconds.',
      'Check out the logs before you restart the build servers.',
      'Teams follow the leader on most platforms.',
      'The service sends an email to the on-call engineer when the error budget runs out.',
    ])
      expect(HOUSEKEEPING.test(line), line).toBe(false);
  });
});

describe('an ad read', () => {
  it('names a sponsor or a code to use', () => {
    expect(AD_READ.test('This episode is brought to you by Acme.')).toBe(true);
    expect(AD_READ.test('Go to the registration site and use the code mediachangelog20.')).toBe(true);
    expect(AD_READ.test('Our sponsors make the show possible.')).toBe(true);
    // A guest's plug for their own product is one too.
    expect(AD_READ.test('All you have to do is hit the Book a Demo button on our site.')).toBe(true);
    expect(AD_READ.test('Start a free trial today.')).toBe(true);
    // So is a job ad or a call to join a beta.
    expect(AD_READ.test("QuantumBlack Labs specifically — we're hiring.")).toBe(true);
    expect(AD_READ.test("We're also looking for product designers as well.")).toBe(true);
    expect(AD_READ.test("Specifically on Kedro we're looking for a developer advocate and dev relations people.")).toBe(
      true,
    );
    expect(AD_READ.test('We will probably start a private beta in the new year.')).toBe(true);
    expect(AD_READ.test('Head to the McKinsey website, which would host our job offers.')).toBe(true);
    expect(AD_READ.test('We have a few open roles on the platform team.')).toBe(true);
    expect(AD_READ.test("And product managers as well. We're really growing out the team.")).toBe(true);
  });

  it('is not a line about code', () => {
    expect(AD_READ.test('You use code review to catch the bug before it ships.')).toBe(false);
    expect(AD_READ.test('We were looking for people who already knew Go.')).toBe(false);
    expect(AD_READ.test("We're looking for a better way to deploy.")).toBe(false);
    expect(AD_READ.test('Our job is to make the build fast, and fake job postings are everywhere.')).toBe(false);
  });
});

describe('the show talking about itself', () => {
  it('is a line about the show, the episode or the podcast', () => {
    expect(ABOUT_THE_SHOW.test('My favorite part of the show was when I asked you about types.')).toBe(true);
    expect(ABOUT_THE_SHOW.test('We recorded this episode before the release.')).toBe(true);
  });

  it('is not a line about shows in general', () => {
    expect(ABOUT_THE_SHOW.test('Every show needs a budget for its guests.')).toBe(false);
  });
});

describe('the show introducing itself', () => {
  it('welcomes listeners or names its guest', () => {
    expect(INTRODUCING.test('My guest today is Łukasz Kaiser, one of the architects of modern AI.')).toBe(true);
    expect(INTRODUCING.test('Welcome back to the show, everyone.')).toBe(true);
    expect(INTRODUCING.test('A guest list today has two hundred names.')).toBe(false);
  });
});
