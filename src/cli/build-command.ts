import path from 'node:path';
import { styleText } from 'node:util';
import { build } from '../build/build.js';
import { loadConfig } from '../config/load.js';
import { CastwrightError, formatWarning } from '../errors.js';
import { writeBuild } from '../write/writer.js';
import { resolveInputs } from './inputs.js';

export interface BuildFlags {
  config: string;
  out: string;
  only?: string[];
  format?: string;
  json?: boolean;
}

/** Colour only on a terminal, and never when NO_COLOR is set. */
function paint(stream: NodeJS.WriteStream, style: Parameters<typeof styleText>[0], text: string): string {
  return stream.isTTY && !process.env.NO_COLOR ? styleText(style, text) : text;
}

/**
 * `castwright build`: one line per written file, warnings with positions on
 * stderr, one line per failed episode, a summary line. Returns the exit code.
 */
export async function runBuild(files: string[], flags: BuildFlags): Promise<number> {
  const started = performance.now();
  try {
    const config = await loadConfig(flags.config);
    const inputs = await resolveInputs(files);
    const result = await build({
      inputs,
      config: flags.format ? { ...config, episodes: withFormat(config.episodes, inputs, flags.format) } : config,
      ...(flags.only ? { only: flags.only } : {}),
    });
    const log = (line: string) => {
      if (!flags.json) process.stdout.write(`${line}\n`);
    };
    const report = await writeBuild(result, flags.out, (file) => log(`${paint(process.stdout, 'dim', 'Wrote')} ${path.join(flags.out, file)}`));
    const warnings = [...result.episodes.flatMap((e) => e.warnings), ...result.warnings];
    const failed = result.episodes.filter((e) => !e.ok);
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    if (flags.json) {
      const json = {
        ok: failed.length === 0,
        out: flags.out,
        seconds: Number(seconds),
        episodes: result.episodes.map((e) => ({ input: e.input, slug: e.slug, ok: e.ok, ...(e.error ? { error: e.error } : {}), files: e.files.map((f) => f.path), warnings: e.warnings.map(formatWarning), timings: e.timings })),
        showFiles: result.showFiles.map((f) => f.path),
        warnings: result.warnings.map(formatWarning),
      };
      process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
    } else {
      for (const w of warnings) process.stderr.write(`${paint(process.stderr, 'yellow', 'warning')} ${formatWarning(w)}\n`);
      for (const e of failed) process.stderr.write(`${paint(process.stderr, 'red', 'error')} ${e.error}\n`);
      const built = result.episodes.length - failed.length;
      const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
      log(`Wrote ${plural(report.written.length, 'file')} for ${plural(built, 'episode')} in ${seconds} seconds${failed.length ? `; ${failed.length} failed` : ''}${warnings.length ? `; ${plural(warnings.length, 'warning')}` : ''}`);
    }
    return failed.length > 0 ? 1 : 0;
  } catch (error) {
    const message = error instanceof CastwrightError ? error.toString() : error instanceof Error ? error.message : String(error);
    if (flags.json) process.stdout.write(`${JSON.stringify({ ok: false, error: message }, null, 2)}\n`);
    else process.stderr.write(`${paint(process.stderr, 'red', 'error')} ${message}\n`);
    return 2;
  }
}

function withFormat<T extends Record<string, { format?: string; type?: string }>>(episodes: T, inputs: string[], format: string): T {
  const out: Record<string, { format?: string; type?: string }> = { ...episodes };
  for (const input of inputs) {
    const key = path.basename(input);
    out[key] = { type: 'full', ...(episodes[key] ?? {}), format };
  }
  return out as T;
}
