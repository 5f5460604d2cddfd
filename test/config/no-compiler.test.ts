import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { root } from '../helpers/build.js';
import { tempProject } from '../helpers/cli.js';

// Any call to esbuild fails here: what loads did so without starting it.
vi.mock('esbuild', () => ({
  build: () => Promise.reject(new Error('esbuild was started')),
}));

describe('loading a plain config', () => {
  it('does not start the compiler for the repository config', async () => {
    const config = await loadConfig(path.join(root, 'pipeline.config.ts'));
    expect(config.podcast.title).toMatch(/MAD Podcast/);
  });

  it('does start it for TypeScript syntax', async () => {
    const dir = await tempProject();
    const file = path.join(dir, 'pipeline.config.ts');
    await writeFile(file, "const title: string = 'Show';\nexport default { podcast: { title } };\n");
    await expect(loadConfig(file)).rejects.toThrowError(/esbuild was started/);
  });
});
