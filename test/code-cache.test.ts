import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cacheDir = path.join(root, 'dist', 'code-cache');
const built = existsSync(path.join(root, 'dist', 'code-cache.js')) && existsSync(cacheDir);

/** Load satori's bundle in a fresh process (with the short build's flags, or not) and report whether its cache was taken. */
function loadSatori(short: boolean): { taken: boolean; satori: string } {
  const script = `
    import { setFlagsFromString } from 'node:v8';
    if (${short}) { setFlagsFromString('--max-opt=1'); setFlagsFromString('--liftoff-only'); }
    const { requireBundled, cacheTaken } = await import(${JSON.stringify(path.join(root, 'dist', 'code-cache.js'))});
    const satori = requireBundled('satori');
    console.log(JSON.stringify({ taken: cacheTaken.get('satori'), satori: typeof satori.default }));`;
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })) as { taken: boolean; satori: string };
}

describe.skipIf(!built)('the code cache of the bundled command line', () => {
  it('is recorded for the main thread, the card worker and satori, under both sets of flags', () => {
    const files = readdirSync(cacheDir);
    for (const name of ['castwright', 'card-worker', 'satori']) {
      for (const flags of ['default', 'short']) expect(files.some((f) => f.startsWith(`${name}-`) && f.endsWith(`.${flags}.v8`)), `${name} ${flags}`).toBe(true);
    }
  });

  it('is taken under the default flags and under a short build’s', () => {
    expect(loadSatori(false)).toEqual({ taken: true, satori: 'function' });
    expect(loadSatori(true)).toEqual({ taken: true, satori: 'function' });
  });
});
