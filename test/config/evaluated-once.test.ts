import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { CastwrightError } from '../../src/errors.js';
import { castwright, tempProject } from '../helpers/cli.js';

describe('a config is evaluated once', () => {
  it('runs a plain config that throws only once, and reports its error against the config', async () => {
    const key = `castwrightRuns${Date.now()}`;
    const dir = await tempProject({
      'pipeline.config.ts': `globalThis.${key} = (globalThis.${key} ?? 0) + 1;\nthrow new Error('no podcast yet');\nexport default {};\n`,
    });
    const file = path.join(dir, 'pipeline.config.ts');
    const error = await loadConfig(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CastwrightError);
    expect(String(error)).toBe(`${file}: could not load config: no podcast yet`);
    expect((globalThis as Record<string, unknown>)[key]).toBe(1);
  });

  it('still compiles a config that uses TypeScript syntax', async () => {
    const dir = await tempProject({
      'pipeline.config.ts': "const title: string = 'Typed Show';\nexport default { podcast: { title } };\n",
    });
    const config = await loadConfig(path.join(dir, 'pipeline.config.ts'));
    expect(config.podcast.title).toBe('Typed Show');
  });
});

describe('a config whose top-level await never settles', () => {
  it('fails the build naming the config, instead of exiting 0 with nothing done', async () => {
    const dir = await tempProject({
      'pipeline.config.ts': "await new Promise(() => {});\nexport default { podcast: { title: 'Test Show' } };\n",
      'seeds/ep.txt': '>> Welcome to the show. We build looms that compute.\n',
    });
    const run = await castwright(['build'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/pipeline\.config\.ts: could not load config: its top-level await never settled/);
  });

  it('fails the same way when the config needs compiling', async () => {
    const dir = await tempProject({
      'pipeline.config.ts':
        "const wait: Promise<void> = new Promise(() => {});\nawait wait;\nexport default { podcast: { title: 'Test Show' } };\n",
      'seeds/ep.txt': '>> Welcome to the show. We build looms that compute.\n',
    });
    const run = await castwright(['build'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/pipeline\.config\.ts: could not load config: its top-level await never settled/);
  });
});
