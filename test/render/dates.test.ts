import { describe, expect, it } from 'vitest';
import { dateText } from '../../src/render/host-notes/context.js';
import { newsletter } from '../../src/render/newsletter/index.js';
import type { EpisodeContext } from '../../src/render/types.js';
import { testConfig } from '../helpers/build.js';
import { fixtureEpisode } from './golden.js';

describe('human-readable dates', () => {
  it('show the calendar date in the offset it was given, not the UTC day', () => {
    expect(dateText('2025-12-31T23:30:00-05:00')).toBe('31 December 2025');
    expect(dateText('2026-01-01T00:30:00+09:00')).toBe('1 January 2026');
    expect(dateText('2025-11-27')).toBe('27 November 2025');
  });

  it('show the given date in the newsletter', async () => {
    const episode = { ...fixtureEpisode(), date: '2025-12-31T23:30:00-05:00' };
    const ctx = {
      episode,
      config: testConfig({ podcast: { title: 'Radio' } }),
      options: { type: 'full' },
      warn: () => {},
    } as unknown as EpisodeContext;
    const files = await newsletter.render(ctx);
    const md = String(files.find((f) => f.path === 'newsletter.md')!.contents);
    expect(md).toContain('31 December 2025');
    expect(md).not.toContain('2026');
  });
});
