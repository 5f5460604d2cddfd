import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ResolvedConfig } from '../config/schema.js';
import { CastwrightError, type Warning } from '../errors.js';
import type { Episode } from '../model/episode.js';
import { audioDuration } from '../parse/audio-duration.js';
import { parse } from '../parse/index.js';
import { episodeArtifacts } from '../render/registry.js';
import { renderArtifacts } from '../render/run-artifacts.js';
import type { EpisodeContext } from '../render/types.js';
import { segment } from '../segment/index.js';
import { summarise } from '../summarise/index.js';
import { createCorrector } from '../text/corrections.js';
import { applyEdits } from '../edits/index.js';
import { editsPathFor } from './fingerprint.js';
import { durationSeconds, episodeOptionsFor, titleFromFile } from './episode-options.js';
import type { EpisodeResult } from './types.js';

/**
 * Build one episode in memory: parse → segment → summarise → render. Never
 * throws for a bad episode: the result carries a one-line reason instead, so
 * the other episodes still build. Runs in the main thread or in a worker.
 */
export async function buildEpisode(
  input: string,
  slug: string,
  config: ResolvedConfig,
  selected: ReadonlySet<string>,
  /** `edits: false` builds the generated episode only (`castwright edits init`). */
  buildOptions: { edits?: boolean } = {},
): Promise<EpisodeResult> {
  const epOptions = episodeOptionsFor(config, input);
  const warnings: Warning[] = [];
  const timings: Record<string, number> = {};
  const time = <T>(stage: string, run: () => T): T => {
    const started = performance.now();
    const value = run();
    timings[stage] = Math.round((performance.now() - started) * 100) / 100;
    return value;
  };
  try {
    const bytes = await readInput(input);
    const correct = createCorrector(config.corrections);
    const people = { hosts: config.people.hosts, guests: epOptions.guests ?? config.people.guests };
    const audioFile = epOptions.audio?.file;
    const duration = durationSeconds(epOptions.duration) ?? (audioFile === undefined ? undefined : await audioDuration(audioFile));
    const parsed = time('parse', () =>
      parse(input, bytes, {
        people,
        wordsPerMinute: config.timing.wordsPerMinute,
        ...(duration === undefined ? {} : { duration }),
        ...(epOptions.format === undefined ? {} : { format: epOptions.format }),
      }),
    );
    warnings.push(...parsed.warnings);
    const t = parsed.transcript;
    const spans = time('segment', () => segment(t, config.segmentation));
    const summary = time('summarise', () => summarise(t, spans, { quotes: config.quotes, correct }));

    const coldTurns = t.turns.filter((turn) => turn.coldOpen);
    const generated: Episode = {
      schema: 'castwright.episode/1',
      slug,
      title: epOptions.title ?? titleFromFile(input),
      ...(epOptions.number === undefined ? {} : { number: epOptions.number }),
      ...(epOptions.season === undefined ? {} : { season: epOptions.season }),
      ...(epOptions.date === undefined ? {} : { date: epOptions.date }),
      source: { path: toPosix(input), format: t.format, sha256: t.sha256 },
      duration: t.duration,
      timing: t.timing,
      speakers: t.speakers.map((s) => {
        const own = t.turns.filter((turn) => turn.speaker === s.id);
        return {
          id: s.id,
          name: s.name,
          role: s.role,
          words: own.reduce((n, turn) => n + turn.endWord - turn.firstWord, 0),
          inferred: own.some((turn) => turn.inferred),
        };
      }),
      ...(coldTurns.length > 0
        ? { coldOpen: { startTime: coldTurns[0]!.startTime, endTime: coldTurns.at(-1)!.endTime, source: { start: coldTurns[0]!.start, end: coldTurns.at(-1)!.end } } }
        : {}),
      chapters: summary.chapters,
      quotes: summary.quotes,
      summary: summary.summary,
      summarySources: summary.summarySources,
      takeaways: summary.takeaways,
      keywords: summary.keywords,
      mentions: summary.mentions,
    };

    // The producer's edits file (seeds/<name>.edits.yaml) applies after summarise and before render, so every output shows the edited episode.
    const edited = buildOptions.edits === false ? { episode: generated, warnings: [] } : await applyEdits(generated, t, editsPathFor(input), { correct });
    const episode = edited.episode;
    warnings.push(...edited.warnings);

    // `warnings` (parse, edits) let the preview list every warning of the episode.
    const ctx: EpisodeContext = { episode, transcript: t, config, options: epOptions, correct, warn: (w) => warnings.push(w), files: [], warnings: [...warnings] };
    const rendered = await renderArtifacts(
      episodeArtifacts.filter((a) => selected.has(a.name)),
      ctx,
      slug,
    );
    warnings.push(...rendered.warnings);
    return { input, slug, ok: true, episode, files: rendered.files, warnings, timings: { ...timings, ...rendered.timings } };
  } catch (error) {
    const message = error instanceof CastwrightError ? error.toString() : `${input}: ${error instanceof Error ? error.message : String(error)}`;
    return { input, slug, ok: false, error: message, files: [], warnings, timings };
  }
}

async function readInput(input: string): Promise<Uint8Array> {
  let info;
  try {
    info = await stat(input);
  } catch {
    throw new CastwrightError('no such file: expected a transcript file', { file: input });
  }
  if (info.isDirectory()) throw new CastwrightError('is a directory: expected a transcript file', { file: input });
  return readFile(input);
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}
