import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import path from 'node:path';
import vm from 'node:vm';
import { isMainThread, parentPort } from 'node:worker_threads';
import { PACKAGE_ROOT } from './paths.js';

/*
 * The bundled command line runs its code with V8's code cache. Before a
 * function first runs, V8 parses and compiles it: on the seed build, about
 * 0.4 s of 3.5 s of CPU, for the pipeline's few MB of code in the main
 * thread and satori's 2 MB in the card worker, on two cores where every
 * thread competes. `npm run build` builds the seed and stores the bytecode
 * V8 compiled on the way (`scripts/code-cache.mjs`); later runs take that
 * bytecode instead of compiling again. Node 20 offers this for scripts only
 * (`vm.Script`), not for ES modules, so these bundles are CommonJS:
 * `dist/bin/<name>.cjs`.
 *
 * V8 accepts a cache only under the compiler flags it was recorded with,
 * and a short build changes them part-way (`cli/tiering.ts`): the main
 * thread and the card worker load their code before, satori loads after.
 * So each cache is recorded twice, under the default flags and under a
 * short build's, and a script takes the one V8 will accept now: a tiny
 * probe script, recorded alongside, tells which flags are in effect.
 *
 * The cache only saves time. Its file is named by a hash of the script, so
 * a rebuilt script never meets an old cache; one V8 rejects all the same
 * means the script is compiled as usual. The caches sit outside dist/bin/,
 * so they are not part of a build's fingerprint (`build/fingerprint.ts`):
 * whatever they hold, the outputs are the same.
 */

const BIN = path.join(PACKAGE_ROOT, 'dist', 'bin');
/** Where the caches are: outside dist/bin/, so not part of a build's fingerprint. */
export const CODE_CACHE_DIR = path.join(PACKAGE_ROOT, 'dist', 'code-cache');
/** `default` or `short` while `scripts/code-cache.mjs` builds the seed: every thread then records its caches for those flags. */
export const RECORD_ENV = 'CASTWRIGHT_RECORD_CODE_CACHE';

type Flags = 'default' | 'short';

/** For each bundle this thread loaded: whether V8 took its recorded cache. */
export const cacheTaken = new Map<string, boolean>();
const FLAGS: Flags[] = ['short', 'default'];
const PROBE = '(function probe() { return 0; })();';

/** The exports of `dist/bin/<name>.cjs`, run with its code cache if there is one; undefined without the bundle. */
export function requireBundled(name: string): unknown {
  const file = path.join(BIN, `${name}.cjs`);
  if (!existsSync(file)) return undefined;
  const bytes = readFileSync(file);
  const hash = createHash('sha1').update(bytes).digest('hex').slice(0, 16);
  const cacheFile = (flags: Flags) => path.join(CODE_CACHE_DIR, `${name}-${hash}.${flags}.v8`);
  const recording = recordingFor();
  const flags = recording ? undefined : flagsInEffect();
  const cachedData = flags && existsSync(cacheFile(flags)) ? readFileSync(cacheFile(flags)) : undefined;
  // Module.wrap keeps the code on its own lines, so stack traces point into the bundle correctly.
  const script = new vm.Script(Module.wrap(bytes.toString('utf8')), { filename: file, ...(cachedData ? { cachedData } : {}) });
  cacheTaken.set(name, cachedData !== undefined && !script.cachedDataRejected);
  if (recording) recordOnExit([script, cacheFile(recording)], [new vm.Script(PROBE), probeFile(recording)]);
  const module = { exports: {} as unknown };
  const run = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: unknown, filename: string, dirname: string) => void;
  run(module.exports, createRequire(file), module, file, BIN);
  return module.exports;
}

function recordingFor(): Flags | undefined {
  const value = process.env[RECORD_ENV];
  return value === 'default' || value === 'short' ? value : undefined;
}

function probeFile(flags: Flags): string {
  return path.join(CODE_CACHE_DIR, `probe.${flags}.v8`);
}

/** Which recorded flags V8 runs under now, by the probe cache it accepts; undefined when there is none. */
function flagsInEffect(): Flags | undefined {
  for (const flags of FLAGS) {
    const file = probeFile(flags);
    if (existsSync(file) && !new vm.Script(PROBE, { cachedData: readFileSync(file) }).cachedDataRejected) return flags;
  }
  return undefined;
}

/**
 * Store each script's bytecode, with every function compiled since it was
 * loaded, when this thread ends. A worker thread is terminated without an
 * exit event, so a worker's caches are also stored after every message it
 * sends: its last reply leaves the fullest cache.
 */
function recordOnExit(...scripts: [vm.Script, string][]): void {
  const save = () => {
    mkdirSync(CODE_CACHE_DIR, { recursive: true });
    for (const [script, file] of scripts) writeFileSync(file, script.createCachedData());
  };
  process.on('exit', save);
  if (isMainThread || !parentPort) return;
  const port = parentPort;
  const post = port.postMessage.bind(port);
  port.postMessage = (...args: Parameters<typeof post>) => {
    post(...args);
    save();
  };
}
