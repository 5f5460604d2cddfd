import path from 'node:path';
import { writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { loadConfig, resolveConfig } from '../../src/config/load.js';
import { root } from '../helpers/build.js';
import { tempProject } from '../helpers/cli.js';

describe('configuration', () => {
  it('loads the repository config written with defineConfig from "castwright"', async () => {
    const config = await loadConfig(path.join(root, 'pipeline.config.ts'));
    expect(config.podcast.title).toMatch(/MAD Podcast/);
    expect(config.people.guests[0]!.name).toBe('Łukasz Kaiser');
  });

  it('fills documented defaults', () => {
    const config = resolveConfig({ podcast: { title: 'Show' } });
    expect(config.podcast.language).toBe('en');
    expect(config.podcast.explicit).toBe(false);
    expect(config.segmentation).toEqual({ minutesPerChapter: 5, minChapterSeconds: 90 });
    expect(config.timing.wordsPerMinute).toBe(160);
    expect(config.cards.presets).toEqual(['square', 'portrait', 'story', 'landscape']);
  });

  it('names every invalid field and what was expected', () => {
    const attempt = () =>
      resolveConfig(
        {
          podcast: { title: '', siteUrl: 'nope' },
          episodes: { ep1: { date: 'yesterday', duration: '1h' } },
          brand: { colors: { accent: 'orange' } },
        },
        'pipeline.config.ts',
      );
    const message = (() => {
      try {
        attempt();
        return '';
      } catch (error) {
        return String(error);
      }
    })();
    expect(message).toMatch(/^pipeline\.config\.ts: invalid config/);
    expect(message).toMatch(/podcast\.title: /);
    expect(message).toMatch(/podcast\.siteUrl: expected a URL/);
    expect(message).toMatch(/episodes\.ep1\.date: an ISO 8601 date/);
    expect(message).toMatch(/episodes\.ep1\.duration: /);
    expect(message).toMatch(/brand\.colors\.accent: .*hex colour/);
  });

  it('requires the show title', () => {
    expect(() => resolveConfig({})).toThrowError(/podcast: /);
  });

  it('reports a config that does not load, naming the file', async () => {
    const dir = await tempProject();
    const file = path.join(dir, 'pipeline.config.ts');
    await writeFile(file, 'export default {{ broken');
    await expect(loadConfig(file)).rejects.toThrowError(/could not load config/);
    await expect(loadConfig(path.join(dir, 'missing.config.ts'))).rejects.toThrowError(/config file not found/);
  });

  it('names the line and column of a syntax error', async () => {
    const dir = await tempProject();
    const file = path.join(dir, 'pipeline.config.ts');
    await writeFile(file, "export default {\n  podcast: { title: 'Show' },\n  people: ,\n};\n");
    const error = await loadConfig(file).catch((e: unknown) => e);
    expect(String(error)).toMatch(/pipeline\.config\.ts:3:11: could not load config: Unexpected ","/);
  });

  it('loads TypeScript the config imports, with import.meta.url pointing at the config', async () => {
    const dir = await tempProject({
      'config/people.ts': "export const hosts: { name: string }[] = [{ name: 'Ada Host' }];\n",
    });
    const file = path.join(dir, 'pipeline.config.ts');
    await writeFile(
      file,
      [
        "import { defineConfig } from 'castwright';",
        "import { hosts } from './config/people.ts';",
        "export default defineConfig({ podcast: { title: 'Show', description: new URL('.', import.meta.url).pathname }, people: { hosts } });",
        '',
      ].join('\n'),
    );
    const config = await loadConfig(file);
    expect(config.people.hosts.map((h) => h.name)).toEqual(['Ada Host']);
    expect(config.podcast.description).toBe(`${dir}/`);
  });
});
