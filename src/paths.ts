import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/*
 * Where castwright's own files are. The code runs from three places: the
 * TypeScript sources (tests), tsc's output in dist/ (the library), and the
 * bundled command line in dist/bin/ whose shared code sits in chunk files.
 * A path relative to one module's URL would be right in one of them only,
 * so everything is found from the package root instead.
 */

/** The folder holding castwright's package.json, found by walking up from this module. */
export const PACKAGE_ROOT = findPackageRoot(path.dirname(fileURLToPath(import.meta.url)));

function findPackageRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'castwright')
      return dir;
    if (path.dirname(dir) === dir) throw new Error(`castwright's package.json not found above ${start}`);
  }
}

/** The templates shipped with castwright (notes, newsletter, card designs). */
export const BUILTIN_TEMPLATE_DIR = path.join(PACKAGE_ROOT, 'templates');

/** castwright's version, from its package.json. */
export function packageVersion(): string {
  return (JSON.parse(readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
}

/**
 * The code that is running: dist/bin/ for the bundled command line, else the
 * folder of tsc's output or of the sources. Its files are part of every
 * build fingerprint, so a changed pipeline rebuilds whatever the version says.
 */
export const CODE_DIR = codeDir(path.dirname(fileURLToPath(import.meta.url)));

function codeDir(here: string): string {
  const bin = path.join(PACKAGE_ROOT, 'dist', 'bin');
  return here === bin || path.dirname(here) === bin ? bin : here;
}

const COMPILED_WORKERS = { episode: 'build/worker.js' };

/**
 * A worker thread's entry file. The bundle has one file per worker in
 * dist/bin/; tsc's output has them beside their modules. Undefined when
 * running from the TypeScript sources (the caller then works in its own
 * thread: same code, same bytes).
 */
export function workerFile(name: keyof typeof COMPILED_WORKERS): string | undefined {
  const bundled = path.join(PACKAGE_ROOT, 'dist', 'bin', `${name}-worker.js`);
  if (CODE_DIR === path.join(PACKAGE_ROOT, 'dist', 'bin')) return existsSync(bundled) ? bundled : undefined;
  const compiled = path.join(CODE_DIR, COMPILED_WORKERS[name]);
  return existsSync(compiled) ? compiled : undefined;
}
