import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { root } from '../helpers/build.js';
import type { Episode } from '../../src/model/episode.js';

const goldenDir = path.join(root, 'test/fixtures/render/golden');

/**
 * Compare output with its golden file; `UPDATE=1 npx vitest run test/render`
 * rewrites the golden files instead (review the diff before committing).
 */
export function expectGolden(name: string, actual: string): void {
  const file = path.join(goldenDir, name);
  if (process.env.UPDATE === '1') {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  if (!existsSync(file)) throw new Error(`no golden file ${name}: run with UPDATE=1 to create it`);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

/** The hand-written episode the pure renderer tests use (independent of the pipeline's heuristics). */
export function fixtureEpisode(): Episode {
  return JSON.parse(readFileSync(path.join(root, 'test/fixtures/render/episode.json'), 'utf8')) as Episode;
}
