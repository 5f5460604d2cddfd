import { describe, expect, it } from 'vitest';
import { planEpisodes } from '../../src/build/plan.js';
import { CastwrightError } from '../../src/errors.js';
import { testConfig } from '../helpers/build.js';

function planError(inputs: string[], config = testConfig()): CastwrightError {
  try {
    planEpisodes(inputs, config);
  } catch (error) {
    expect(error).toBeInstanceOf(CastwrightError);
    return error as CastwrightError;
  }
  throw new Error('planned without an error');
}

describe("episode slugs never take the show's own names in out/", () => {
  it('refuses a transcript whose file name slugs to web-feed, naming the file and the config field', () => {
    const e = planError(['seeds/ep1.txt', 'seeds/Web Feed.txt']);
    expect(e.file).toBe('seeds/Web Feed.txt');
    expect(e.message).toContain('"web-feed"');
    expect(e.message).toContain('episodes.Web Feed.slug');
  });

  it('refuses a config slug that is a reserved name, naming its config entry', () => {
    const config = testConfig({ episodes: { 'ep-12': { slug: 'web-feed' } } } as never);
    const e = planError(['seeds/ep-12.md'], config);
    expect(e.toString()).toMatch(/^seeds\/ep-12\.md: .*set episodes\.ep-12\.slug/);
  });

  it('plans a renamed episode once its slug is set to a free name', () => {
    const config = testConfig({ episodes: { 'web-feed': { slug: 'web-feed-special' } } } as never);
    expect(planEpisodes(['seeds/web-feed.txt'], config)).toEqual([
      { input: 'seeds/web-feed.txt', slug: 'web-feed-special' },
    ]);
  });
});
