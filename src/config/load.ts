import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createJiti } from 'jiti';
import type { z } from 'zod';
import { CastwrightError } from '../errors.js';
import { configSchema, type ResolvedConfig } from './schema.js';

export const CONFIG_FILE = 'pipeline.config.ts';

/** Validate a plain config object; errors name the field and what was expected. */
export function resolveConfig(input: unknown, file = CONFIG_FILE): ResolvedConfig {
  const result = configSchema.safeParse(input);
  if (!result.success) {
    const lines = result.error.issues.map(describeIssue);
    throw new CastwrightError(`invalid config:\n  ${lines.join('\n  ')}`, { file });
  }
  return Object.freeze(result.data);
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const field = issue.path.length ? issue.path.map(String).join('.') : '(root)';
  if (issue.code === 'unrecognized_keys') {
    return `${field}: unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  }
  return `${field}: ${issue.message}`;
}

/**
 * Load `pipeline.config.ts` (or `.js`/`.mjs`) with jiti, so users write
 * TypeScript without a build step. `import { defineConfig } from 'castwright'`
 * resolves to this package even when it is not installed in node_modules.
 */
export async function loadConfig(file: string): Promise<ResolvedConfig> {
  const absolute = path.resolve(file);
  if (!existsSync(absolute)) {
    throw new CastwrightError('config file not found (expected a pipeline.config.ts exporting defineConfig({...}))', { file });
  }
  const here = path.dirname(fileURLToPath(import.meta.url));
  const ext = path.extname(fileURLToPath(import.meta.url));
  const jiti = createJiti(import.meta.url, {
    moduleCache: false,
    fsCache: false,
    // Only defineConfig is needed by a config: aliasing the light module keeps loading fast
    // (the package index would pull in the whole pipeline, images included).
    alias: { castwright: path.join(here, `define${ext}`) },
  });
  let loaded: unknown;
  try {
    loaded = await jiti.import(absolute, { default: true });
  } catch (cause) {
    const message = cause instanceof Error ? cause.message.split('\n')[0] : String(cause);
    throw new CastwrightError(`could not load config: ${message}`, { file, cause });
  }
  return resolveConfig(loaded, file);
}
