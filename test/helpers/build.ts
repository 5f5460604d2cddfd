import path from 'node:path';
import { build } from '../../src/build/build.js';
import { resolveConfig } from '../../src/config/load.js';
import type { UserConfig } from '../../src/config/schema.js';

export const root = path.resolve(import.meta.dirname, '../..');
export const seed = path.join(root, 'seeds/mad-podcast-lukasz-kaiser.txt');

/** A minimal valid config with overrides. */
export function testConfig(overrides: Partial<UserConfig> = {}) {
  return resolveConfig({ podcast: { title: 'Test Show' }, ...overrides });
}

/** Build in memory, writing nothing. */
export function buildInMemory(inputs: string[], overrides: Partial<UserConfig> = {}, only?: string[]) {
  return build({ inputs, config: testConfig(overrides), ...(only ? { only } : {}) });
}

/** Decode an output file of a build result. */
export function fileText(files: { path: string; contents: string | Uint8Array }[], name: string): string {
  const file = files.find((f) => f.path.endsWith(name));
  if (!file) throw new Error(`no output file ${name} in ${files.map((f) => f.path).join(', ')}`);
  return typeof file.contents === 'string' ? file.contents : Buffer.from(file.contents).toString('utf8');
}
