import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as z from 'zod';
import { CastwrightError } from '../errors.js';
import { DEFINE_CONFIG, plainConfigModule } from './plain.js';
import { configSchema, type ResolvedConfig } from './schema.js';
import { failIfNeverSettles } from './unsettled.js';

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
 * Load `pipeline.config.ts` (or `.js`/`.mjs`) so users write TypeScript
 * without a build step. A config that is JavaScript apart from its name
 * runs as it is (`plain.ts`); any other is bundled by esbuild, with what it
 * imports, into one module. Either is then imported from memory, which is
 * quicker than registering a TypeScript runtime hook before the config runs. `import { defineConfig } from
 * 'castwright'` resolves to a built-in module, so the config loads even
 * where castwright is not installed in node_modules.
 */
export async function loadConfig(file: string): Promise<ResolvedConfig> {
  const absolute = path.resolve(file);
  if (!existsSync(absolute)) {
    throw new CastwrightError('config file not found (expected a pipeline.config.ts exporting defineConfig({...}))', {
      file,
    });
  }
  const plain = plainConfigModule(await readFile(absolute, 'utf8'));
  // TypeScript syntax fails here; esbuild then compiles the config, and reports any error it really has.
  try {
    const loaded = plain === undefined ? NOT_PLAIN : await runPlain(plain, file);
    if (loaded !== NOT_PLAIN) return resolveConfig(loaded, file);
    const code = await bundleConfig(absolute, file);
    return resolveConfig(await failIfNeverSettles(runFromMemory(code), file), file);
  } catch (cause) {
    if (cause instanceof CastwrightError) throw cause;
    const message = cause instanceof Error ? cause.message.split('\n')[0] : String(cause);
    throw new CastwrightError(`could not load config: ${message}`, { file, cause });
  }
}

/** Set by the first statement of a plain config as it runs: its body has started, so it parsed. */
const STARTED = Symbol.for('castwright.configStarted');

/**
 * Run a config that may be plain JavaScript. Only a config that does not
 * parse (TypeScript syntax) is `NOT_PLAIN`, to be compiled instead; one that
 * ran and threw is the config's own error, and is not run a second time
 * compiled. The marker goes on the first line, so line numbers stay those
 * of the file.
 */
async function runPlain(code: string, file: string): Promise<unknown> {
  const flags = globalThis as unknown as Record<symbol, boolean>;
  flags[STARTED] = false;
  try {
    return await failIfNeverSettles(
      runFromMemory(`globalThis[Symbol.for('castwright.configStarted')] = true;${code}`),
      file,
    );
  } catch (cause) {
    if (!flags[STARTED]) return NOT_PLAIN;
    throw cause;
  } finally {
    delete flags[STARTED];
  }
}

const NOT_PLAIN = Symbol('not plain JavaScript');

/** Run a module's code without writing it anywhere; returns its default export. */
async function runFromMemory(code: string): Promise<unknown> {
  const module = (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)) as {
    default?: unknown;
  };
  return module.default;
}

const CASTWRIGHT_FOR_CONFIGS = `export ${DEFINE_CONFIG}`;

async function bundleConfig(absolute: string, file: string): Promise<string> {
  const { build } = await import('esbuild');
  const url = pathToFileURL(absolute).href;
  try {
    const result = await build({
      entryPoints: [absolute],
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      logLevel: 'silent',
      // The module runs from memory: where it came from is the config file's own location.
      define: {
        'import.meta.url': JSON.stringify(url),
        'import.meta.filename': JSON.stringify(absolute),
        'import.meta.dirname': JSON.stringify(path.dirname(absolute)),
      },
      plugins: [
        {
          name: 'castwright',
          setup(b) {
            b.onResolve({ filter: /^castwright$/ }, () => ({ path: 'castwright', namespace: 'castwright' }));
            b.onLoad({ filter: /.*/, namespace: 'castwright' }, () => ({
              contents: CASTWRIGHT_FOR_CONFIGS,
              loader: 'js',
            }));
          },
        },
      ],
    });
    return result.outputFiles[0]!.text;
  } catch (cause) {
    const first = (
      cause as { errors?: { text: string; location?: { file: string; line: number; column: number } | null }[] }
    ).errors?.[0];
    if (!first)
      throw new CastwrightError(`could not load config: ${cause instanceof Error ? cause.message : String(cause)}`, {
        file,
        cause,
      });
    const at = first.location;
    const inConfig = !at || path.resolve(at.file) === absolute;
    throw new CastwrightError(`could not load config: ${first.text}`, {
      file: inConfig ? file : at.file,
      ...(at ? { line: at.line, column: at.column + 1 } : {}),
      cause,
    });
  }
}
