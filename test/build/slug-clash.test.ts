import { describe, expect, it } from 'vitest';
import { planEpisodes } from '../../src/build/plan.js';
import { CastwrightError } from '../../src/errors.js';
import { testConfig } from '../helpers/build.js';

function planError(inputs: string[], config = testConfig(), published = new Map<string, string>()): CastwrightError {
  try {
    planEpisodes(inputs, config, published);
  } catch (error) {
    expect(error).toBeInstanceOf(CastwrightError);
    return error as CastwrightError;
  }
  throw new Error('planned without an error');
}

describe('two transcripts that want one slug', () => {
  it('stop the plan, naming both files and the slug fields that settle it', () => {
    const e = planError(['seeds/Ep 1.txt', 'seeds/ep-1.md']);
    expect(e.file).toBe('seeds/ep-1.md');
    expect(e.message).toContain('seeds/Ep 1.txt');
    expect(e.message).toContain('"ep-1"');
    expect(e.message).toContain('episodes.ep-1.slug');
    expect(e.message).toContain('episodes.Ep 1.slug');
  });

  it("point at the newcomer's field when the other is already published, whatever their order", () => {
    const config = testConfig({ episodes: { 'mad-podcast': { slug: 'ep-1' } } } as never);
    const published = new Map([['seeds/mad-podcast.txt', 'ep-1']]);
    const e = planError(['seeds/Ep 1.txt', 'seeds/mad-podcast.txt'], config, published);
    expect(e.file).toBe('seeds/Ep 1.txt');
    expect(e.message).toContain('seeds/mad-podcast.txt is already published as "ep-1"');
    expect(e.message).toMatch(/set episodes\.Ep 1\.slug in the config/);
    expect(e.message).not.toContain('episodes.mad-podcast.slug');
  });

  it('keep a published slug taken when its transcript is not in this build', () => {
    const config = testConfig({ episodes: { 'mad-podcast': { slug: 'ep-1' } } } as never);
    const published = new Map([['seeds/mad-podcast.txt', 'ep-1']]);
    const e = planError(['seeds/Ep 1.txt'], config, published);
    expect(e.file).toBe('seeds/Ep 1.txt');
    expect(e.message).toContain('seeds/mad-podcast.txt is already published as "ep-1"');
    expect(planEpisodes(['./seeds/mad-podcast.txt'], config, published)).toEqual([
      { input: './seeds/mad-podcast.txt', slug: 'ep-1' },
    ]);
  });

  it('plan both once one slug is set to a free name', () => {
    const config = testConfig({
      episodes: { 'mad-podcast': { slug: 'ep-1' }, 'Ep 1': { slug: 'ep-1-bonus' } },
    } as never);
    expect(planEpisodes(['seeds/Ep 1.txt', 'seeds/mad-podcast.txt'], config)).toEqual([
      { input: 'seeds/Ep 1.txt', slug: 'ep-1-bonus' },
      { input: 'seeds/mad-podcast.txt', slug: 'ep-1' },
    ]);
  });
});
