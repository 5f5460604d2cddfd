import type { ResolvedConfig } from '../config/schema.js';
import { episodeOptionsFor } from '../config/episode-options.js';
import { CastwrightError, type Warning } from '../errors.js';
import { applyParsedEdits } from '../edits/apply.js';
import { loadEdits } from '../edits/load.js';
import { applyQuoteEdits } from '../edits/quotes.js';
import type { Quote } from '../model/episode.js';
import { renderEpisode } from '../render/episode.js';
import { segment } from '../segment/index.js';
import { summarise } from '../summarise/index.js';
import { correctorFor } from '../text/corrections.js';
import { assembleEpisode } from './assemble-episode.js';
import { editsPathFor } from './fingerprint.js';
import { refineWithModel, type LlmDeps } from './llm.js';
import { markEdited } from '../refine/index.js';
import { pushAll } from './push-all.js';
import { readTranscript } from './read-transcript.js';
import type { EpisodeResult } from './types.js';

/**
 * Build one episode in memory: parse → segment → summarise → apply the
 * producer's edits → render. Every build runs this, in the calling thread
 * or in an episode worker, and so do the tests. Never throws for a bad
 * episode: the result carries a one-line reason instead, so the other
 * episodes still build. `edits: false` builds the generated episode only
 * (`castwright edits init`).
 */
export async function buildEpisode(
  input: string,
  slug: string,
  config: ResolvedConfig,
  selected: ReadonlySet<string>,
  buildOptions: { edits?: boolean; llm?: LlmDeps } = {},
): Promise<EpisodeResult> {
  const warnings: Warning[] = [];
  const timings: Record<string, number> = {};
  const timed = async <T>(stage: string, run: () => T | Promise<T>): Promise<T> => {
    const started = performance.now();
    const value = await run();
    timings[stage] = Math.round((performance.now() - started) * 100) / 100;
    return value;
  };
  try {
    const options = episodeOptionsFor(config, input);
    const parsed = await timed('parse', () => readTranscript(input, config, options));
    pushAll(warnings, parsed.warnings);
    const t = parsed.transcript;
    const correct = correctorFor(t, config.corrections);
    const spans = await timed('segment', () => segment(t, config.segmentation));
    // The producer's edits file (<name>.edits.yaml) applies before render, so every output shows the edited episode;
    // summarise is told the quotes the edits will show, so the other sections do not repeat them.
    const edits = buildOptions.edits === false ? undefined : await loadEdits(editsPathFor(input));
    const summary = await timed('summarise', () =>
      summarise(t, spans, {
        quotes: config.quotes,
        correct,
        ...(options.title === undefined ? {} : { title: options.title }),
        show: config.podcast.title,
        ...(edits ? { shownQuotes: (ranked: readonly Quote[]) => applyQuoteEdits(ranked, t, edits, correct, []) } : {}),
      }),
    );
    const assembled = assembleEpisode(input, slug, options, t, summary);
    const refine = () => refineWithModel(assembled, t, config, correct, buildOptions.llm);
    const refined = config.llm ? await timed('llm', refine) : await refine();
    const generated = refined.episode;
    pushAll(warnings, refined.warnings);

    const applied = edits ? applyParsedEdits(generated, t, edits, { correct }) : { episode: generated, warnings: [] };
    const edited = { ...applied, episode: markEdited(generated, applied.episode) };
    pushAll(warnings, edited.warnings);

    // `warnings` (parse, edits) let the preview list every warning of the episode.
    const context = {
      episode: edited.episode,
      transcript: t,
      config,
      options,
      correct,
      warn: (w: Warning) => warnings.push(w),
      files: [],
      warnings: [...warnings],
    };
    const rendered = await renderEpisode(context, selected, slug);
    pushAll(warnings, rendered.warnings);
    return {
      input,
      slug,
      ok: true,
      episode: rendered.episode,
      files: rendered.files,
      warnings,
      timings: { ...timings, ...rendered.timings },
      ...(refined.stats ? { llm: refined.stats } : {}),
    };
  } catch (error) {
    return { input, slug, ok: false, error: failureLine(input, error), files: [], warnings, timings };
  }
}

/**
 * Why an episode failed, in one line that names it: an error in the
 * episode's own files (the transcript, its edits file) names that file and
 * line; any other (a template, a bug) is prefixed with the transcript.
 */
function failureLine(input: string, error: unknown): string {
  if (error instanceof CastwrightError && (error.file === input || error.file === editsPathFor(input)))
    return error.toString();
  return `${input}: ${error instanceof Error ? error.toString().replace(/^Error: /, '') : String(error)}`;
}
