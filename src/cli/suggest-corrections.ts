import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import type { ResolvedConfig } from '../config/schema.js';
import { loadConfig } from '../config/load.js';
import { CastwrightError } from '../errors.js';
import { assemble } from '../parse/assemble.js';
import { decodeTranscript } from '../parse/decode.js';
import { detectFormat } from '../parse/detect.js';
import { createCorrector } from '../text/corrections.js';
import { type Suggestion, suggestCorrections } from '../text/suggest-corrections.js';

export interface SuggestFlags {
  config: string;
  format?: string;
  json?: boolean;
  all?: boolean;
}

const DEFAULT_CONFIG = 'pipeline.config.ts';

/** Print suggestions for one transcript; returns the exit code. */
export async function runSuggestCorrections(file: string, flags: SuggestFlags): Promise<number> {
  try {
    // Without a config the suggestions still work; only the glossary check is skipped.
    const config =
      flags.config === DEFAULT_CONFIG && !existsSync(DEFAULT_CONFIG) ? undefined : await loadConfig(flags.config);
    let bytes: Uint8Array;
    try {
      bytes = await readFile(file);
    } catch (cause) {
      throw new CastwrightError('cannot read the transcript', { file, cause });
    }
    const text = decodeTranscript(bytes, file);
    const raw = detectFormat(text, file, flags.format).parse(text, file);
    const { words } = assemble(raw, text, { wordsPerMinute: 150 });
    const all = suggestCorrections(text, words, {
      known: config ? knownSpellings(config) : [],
      ...(config ? { correct: createCorrector(config.corrections) } : {}),
      isWord: englishWords(),
    });
    const shown = flags.all ? all : all.filter((s) => Object.keys(s.corrections).length > 0);
    process.stdout.write(
      flags.json ? `${JSON.stringify(shown, null, 2)}\n` : formatSuggestions(file, shown, all.length - shown.length),
    );
    return 0;
  } catch (error) {
    process.stderr.write(
      `error ${error instanceof CastwrightError ? error.toString() : error instanceof Error ? error.message : String(error)}\n`,
    );
    return 2;
  }
}

/** The English word list (275k words, ~3 MB), loaded only by this command. */
function englishWords(): (word: string) => boolean {
  const list = createRequire(import.meta.url)('an-array-of-english-words') as string[];
  const words = new Set(list);
  return (word) => words.has(word);
}

/** Spellings the producer has confirmed: glossary targets, people's names, the show's title. */
function knownSpellings(config: ResolvedConfig): string[] {
  const people = [...config.people.hosts, ...config.people.guests].map((p) => p.name);
  return [...Object.values(config.corrections), ...people, config.podcast.title];
}

/** A readable report: one block per term, then the glossary lines to paste. */
export function formatSuggestions(file: string, suggestions: readonly Suggestion[], hidden: number): string {
  const out: string[] = [];
  const note = hidden > 0 ? ` (${hidden} more already fixed by the glossary; --all lists them)` : '';
  out.push(
    `${file}: ${suggestions.length} term${suggestions.length === 1 ? '' : 's'} with likely mis-transcriptions${note}`,
  );
  const row = (form: string, count: number, line: number, column: number, extra: string) =>
    `    ${form.padEnd(14)} ×${String(count).padEnd(4)} first at ${`${line}:${column}`.padEnd(9)}${extra}`;
  for (const s of suggestions) {
    const total = s.variants.reduce((n, v) => n + v.count, 0);
    const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
    out.push('', `  ${s.term}  (${s.kind}: ${plural(s.variants.length, 'spelling')}, ${plural(total, 'use')})`);
    for (const v of s.variants)
      out.push(
        row(v.form, v.count, v.line, v.column, v.form === s.term ? 'likely correct' : v.covered ? 'in glossary' : ''),
      );
    for (const v of s.versions)
      out.push(row(v.form, v.count, v.line, v.column, `→ ${v.meant}${v.covered ? '  in glossary' : ''}`));
    const entries = Object.entries(s.corrections);
    if (entries.length > 0)
      out.push(
        '    add to corrections:',
        ...entries.map(([from, to]) => `      ${JSON.stringify(from)}: ${JSON.stringify(to)},`),
      );
  }
  return `${out.map((l) => l.trimEnd()).join('\n')}\n`;
}
