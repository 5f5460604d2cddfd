#!/usr/bin/env node
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMainThread } from 'node:worker_threads';
import { RECORD_ENV, requireBundled } from './code-cache.js';
import { tierForShortRun } from './cli/tiering.js';

/*
 * The entry of every thread of the bundled command line: `dist/bin/castwright.js`
 * and each `dist/bin/<name>-worker.js` is this file. It runs the CommonJS
 * bundle of the same name beside it, with V8's code cache (`code-cache.ts`).
 */
const name = path.basename(fileURLToPath(import.meta.url), '.js');
// Recording the cache for the short-run flags: every script loads and runs under them.
if (isMainThread && process.env[RECORD_ENV] === 'short') tierForShortRun();
if (requireBundled(name) === undefined) throw new Error(`dist/bin/${name}.cjs is missing: run npm run build`);
