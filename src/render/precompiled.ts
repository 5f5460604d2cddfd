import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Handlebars from 'handlebars';
import { CODE_CACHE_DIR, RECORD_ENV } from '../code-cache.js';

/*
 * Handlebars compiles a template to JavaScript (`precompile`): for the
 * built-in templates of one episode, about 0.14 s of the main thread's CPU,
 * spent while the card worker lays out the cards on the other core. The
 * seed build that records the code cache (`code-cache.ts`) also records
 * what each template it used compiled to; a later build takes that instead
 * of compiling again. Entries are keyed by a hash of the template and the
 * options, so an edited template, or a producer's own, is compiled as usual.
 */

type Options = Parameters<typeof Handlebars.precompile>[1];

const FILE = path.join(CODE_CACHE_DIR, 'templates.json');
let recorded: Record<string, string> | undefined;
let recording: Record<string, string> | undefined;
let taken = 0;

/** How many templates this thread took from the recorded ones. */
export function precompiledTaken(): number {
  return taken;
}

/** `Handlebars.precompile`, from the recorded templates when this one is among them. It throws as Handlebars does. */
export function precompile(source: string, options: Options): string {
  const key = createHash('sha1').update(`${Handlebars.VERSION}\0${JSON.stringify(options ?? {})}\0`).update(source).digest('hex');
  recorded ??= existsSync(FILE) ? (JSON.parse(readFileSync(FILE, 'utf8')) as Record<string, string>) : {};
  const known = recorded[key];
  if (known !== undefined) {
    taken++;
    return known;
  }
  const code = String(Handlebars.precompile(source, options));
  if (process.env[RECORD_ENV] !== undefined) record(key, code);
  return code;
}

function record(key: string, code: string): void {
  if (!recording) {
    const entries: Record<string, string> = (recording = {});
    process.on('exit', () => {
      mkdirSync(CODE_CACHE_DIR, { recursive: true });
      const sorted = Object.fromEntries(Object.entries(entries).sort(([a], [b]) => (a < b ? -1 : 1)));
      writeFileSync(FILE, JSON.stringify(sorted));
    });
  }
  recording[key] = code;
}
