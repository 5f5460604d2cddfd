import { existsSync } from 'node:fs';
import path from 'node:path';
import { buildEpisodes, buildFingerprint, buildShow, selectArtifacts } from '../build/build.js';
import { isShowFresh, showFingerprint } from '../build/cache.js';
import { readManifest } from '../write/manifest.js';
import { stableJson } from '../build/fingerprint.js';
import { parseShard, planEpisodes } from '../build/plan.js';
import type { EpisodeResult } from '../build/types.js';
import type { ResolvedConfig } from '../config/schema.js';
import { loadConfig } from '../config/load.js';
import { CastwrightError, formatWarning, type Warning } from '../errors.js';
import { Writer } from '../write/writer.js';
import { resolveInputs } from './inputs.js';
import { paint, plural, Progress } from './log.js';
import { checkStrict } from './strict.js';
import { tierForBuild } from './tiering.js';

export interface BuildFlags {
  config: string;
  out: string;
  only?: string[];
  format?: string;
  json?: boolean;
  force?: boolean;
  shard?: string;
  workers?: number;
  /** Missing publishing facts are errors: exit 1, write nothing. */
  strict?: boolean;
  /** "off": ignore the config's language model for this run. */
  llm?: 'on' | 'off';
}

/**
 * `castwright build`: one line per written file, warnings with positions on
 * stderr, one line per failed episode, a summary line. Episodes build in
 * parallel and are written as they finish; unchanged ones are skipped.
 * Returns the exit code.
 */
export async function runBuild(
  files: string[],
  flags: BuildFlags,
  version: string,
  /** From the command line: the process ends with this build, so a short build may tune the JIT for itself. */
  start: { oneShot?: boolean } = {},
): Promise<number> {
  const started = performance.now();
  const log = (line: string) => {
    if (!flags.json) process.stdout.write(`${line}\n`);
  };
  try {
    const loaded = await loadConfig(flags.config);
    const inputs = await resolveInputs(files);
    const config = withLlm(flags.format ? withFormat(loaded, inputs, flags.format) : loaded, flags);
    const shard = flags.shard ? parseShard(flags.shard) : undefined;
    const options = {
      inputs,
      config,
      version,
      cache: { outDir: flags.out, force: flags.force ?? false },
      ...(flags.only ? { only: flags.only } : {}),
      ...(shard ? { shard } : {}),
      ...(flags.workers ? { workers: flags.workers } : {}),
      // Decided on the episodes to build, not the inputs: one changed episode of a catalogue is a short build too.
      ...(start.oneShot ? { onPlanned: tierForBuild } : {}),
    };
    const selected = selectArtifacts(options); // Unknown --only names fail before anything is built or written.
    const refused = flags.strict ? checkStrict(config, inputs, selected, flags.json) : undefined;
    if (refused !== undefined) return refused;

    const manifest = await readManifest(flags.out);
    // Slugs are checked before the output folder is opened: two transcripts that want one slug write nothing.
    // A transcript that is gone (deleted or renamed) no longer holds its slug.
    const published = new Map(
      Object.entries(manifest.episodes)
        .filter(([input]) => existsSync(input))
        .map(([input, entry]) => [input, entry.slug]),
    );
    planEpisodes(inputs, config, published);
    const writer = await Writer.open(flags.out, manifest);
    const results: EpisodeResult[] = [];
    const written: string[] = [];
    const progress = new Progress(inputs.length);
    for await (const result of buildEpisodes(options)) {
      progress.clear();
      for (const file of await writer.writeEpisode(result)) {
        written.push(file);
        log(`${paint(process.stdout, 'dim', 'Wrote')} ${path.join(flags.out, file)}`);
      }
      // Keep only what the show files and the report need; file contents can go.
      results.push({ ...result, files: result.files.map((f) => ({ path: f.path, contents: '' })) });
      progress.update(results.length, result.slug);
    }
    progress.clear();
    const order = new Map(inputs.map((input, i) => [input, i]));
    results.sort((a, b) => (order.get(a.input) ?? 0) - (order.get(b.input) ?? 0));

    // Sharded builds leave the feed and index to `castwright feed`; an unchanged catalogue keeps them.
    const showKey = showFingerprint(
      results,
      `${await buildFingerprint(options)}\n${stableJson(config)}\n${[...selected].sort().join(',')}`,
    );
    const keepShow = !flags.force && results.every((e) => e.cached) && isShowFresh(manifest.show, showKey, flags.out);
    const show = shard
      ? { files: [], warnings: [] as Warning[] }
      : keepShow
        ? { files: [], warnings: manifest.show!.warnings }
        : await buildShow(results, options);
    if (!shard && !keepShow) {
      for (const file of await writer.writeShow(show.files, showKey, show.warnings)) {
        written.push(file);
        log(`${paint(process.stdout, 'dim', 'Wrote')} ${path.join(flags.out, file)}`);
      }
    }

    const warnings = [...results.flatMap((e) => e.warnings), ...show.warnings];
    const failed = results.filter((e) => !e.ok);
    const cached = results.filter((e) => e.cached).length;
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    if (flags.json) {
      const json = {
        ok: failed.length === 0,
        out: flags.out,
        seconds: Number(seconds),
        episodes: results.map((e) => ({
          input: e.input,
          slug: e.slug,
          ok: e.ok,
          cached: e.cached ?? false,
          ...(e.error ? { error: e.error } : {}),
          files: e.files.map((f) => f.path),
          warnings: e.warnings.map(formatWarning),
          timings: e.timings,
          ...(e.llm ? { llm: e.llm } : {}),
        })),
        showFiles: show.files.map((f) => f.path),
        written,
        warnings: show.warnings.map(formatWarning),
      };
      process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
    } else {
      for (const w of warnings)
        process.stderr.write(`${paint(process.stderr, 'yellow', 'warning')} ${formatWarning(w)}\n`);
      for (const e of failed) process.stderr.write(`${paint(process.stderr, 'red', 'error')} ${e.error}\n`);
      const built = results.length - failed.length - cached;
      const parts = [
        `Wrote ${plural(written.length, 'file')} for ${plural(built, 'episode')} in ${seconds} seconds`,
        ...(cached ? [`${cached} unchanged`] : []),
        ...(failed.length ? [`${failed.length} failed`] : []),
        ...(warnings.length ? [plural(warnings.length, 'warning')] : []),
      ];
      log(parts.join('; '));
    }
    return failed.length > 0 ? 1 : 0;
  } catch (error) {
    return reportFatal(error, flags.json);
  }
}

export function reportFatal(error: unknown, json = false): number {
  const message =
    error instanceof CastwrightError ? error.toString() : error instanceof Error ? error.message : String(error);
  if (json) process.stdout.write(`${JSON.stringify({ ok: false, error: message }, null, 2)}\n`);
  else process.stderr.write(`${paint(process.stderr, 'red', 'error')} ${message}\n`);
  return 2;
}

/** `--format` applies to every input on the command line. */
function withFormat(config: ResolvedConfig, inputs: string[], format: string): ResolvedConfig {
  const episodes = { ...config.episodes };
  for (const input of inputs) {
    const key = path.basename(input);
    episodes[key] = { type: 'full', ...(episodes[key] ?? episodes[key.replace(/\.[^.]+$/, '')] ?? {}), format };
  }
  return { ...config, episodes };
}

/** The config's language model, unless `--llm off`; its replies are cached in the output folder. */
function withLlm(config: ResolvedConfig, flags: BuildFlags): ResolvedConfig {
  const { llm, ...rest } = config;
  if (!llm || flags.llm === 'off') return rest;
  return { ...rest, llm: { ...llm, cacheDir: llm.cacheDir ?? path.join(flags.out, '.castwright-cache', 'llm') } };
}
