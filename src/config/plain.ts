/**
 * Most configs are JavaScript in a `.ts` file: one `import { defineConfig }
 * from 'castwright'` and an object literal, no types. Such a config needs
 * no compiler: with that import replaced by the function itself, the source
 * runs as it is, without starting esbuild's process for it.
 *
 * This only says whether the source may be plain. A config that uses
 * TypeScript syntax fails to parse as JavaScript, and the caller then
 * compiles it; one that imports anything else, reads `import.meta` or
 * requires a module is never taken for plain, since a module run from
 * memory has no folder to resolve them against.
 */

/** The one import a plain config may have. */
const CASTWRIGHT_IMPORT = /^[ \t]*import\s*\{\s*defineConfig\s*\}\s*from\s*(['"])castwright\1\s*;?[ \t]*$/m;

/** Anything that loads other code: a second import, a dynamic import, `require`, `import.meta`, a re-export. */
const LOADS_CODE = /\bimport\b|\brequire\s*\(|\bexport\s*(\*|\{[^}]*\})\s*from\b/;

/** Only `defineConfig` is for configs; it checks nothing: validation follows loading. */
export const DEFINE_CONFIG = 'function defineConfig(config) { return config; }';

/**
 * The config as a JavaScript module to run from memory, when it may be one:
 * its castwright import becomes the function it imports. Undefined when the
 * config loads other code; a word "import" in a string makes it so too,
 * which only means the config is compiled as before.
 */
export function plainConfigModule(source: string): string | undefined {
  const replaced = source.replace(CASTWRIGHT_IMPORT, DEFINE_CONFIG);
  if (LOADS_CODE.test(replaced)) return undefined;
  return replaced;
}
