import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ResolvedConfig } from '../config/schema.js';
import { CastwrightError, type Warning } from '../errors.js';
import type { Episode } from '../model/episode.js';
import { audioDuration } from '../parse/audio-duration.js';
import { parse } from '../parse/index.js';
import { loadSharp } from '../render/cards/engines.js';
import { episodeArtifacts } from '../render/registry.js';
import { renderArtifact, renderArtifacts } from '../render/run-artifacts.js';
import type { EpisodeContext } from '../render/types.js';
import { segment } from '../segment/index.js';
import { describe, episodeVocabulary, pickQuotes, quotablePassages } from '../summarise/index.js';
import { createCorrector } from '../text/corrections.js';
import { primeWordTags } from '../text/pos.js';
import { tagInThread } from '../text/tagger-thread.js';
import { applyParsedEdits, loadEdits } from '../edits/index.js';
import { applyQuoteEdits } from '../edits/quotes.js';
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
    // Tagged in the tagger's thread, when one was started, while this thread segments and scores the
    // quotable passages: only a few of their penalties wait for the tags.
    const tagging = tagInThread(t);
    const spans = time('segment', () => segment(t, config.segmentation));
    const vocabulary = episodeVocabulary(t);
    const summariseOptions = { quotes: config.quotes, correct, ...(epOptions.title === undefined ? {} : { title: epOptions.title }) };
    const passages = time('passages', () => quotablePassages(t, spans, vocabulary, summariseOptions));
    // This thread rasterises the cards: sharp loads while the tags come, not while the cards are laid out.
    if (tagging && selected.has('cards')) void loadSharp();
    const tags = await tagging?.catch(() => undefined); // a failed thread only means tagging here
    if (tags) primeWordTags(t, tags);
    const quotes = time('quotes', () => pickQuotes(t, spans, passages, summariseOptions));
    // The producer's edits file (seeds/<name>.edits.yaml) applies after summarise and before render, so every output shows the edited episode.
    const edits = buildOptions.edits === false ? undefined : await loadEdits(editsPathFor(input));

    const coldTurns = t.turns.filter((turn) => turn.coldOpen);
    const facts: Omit<Episode, 'chapters' | 'quotes' | 'summary' | 'summarySources' | 'takeaways' | 'keywords' | 'mentions'> = {
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
    };
    const context = (episode: Episode, earlier: Warning[]): EpisodeContext => ({ episode, transcript: t, config, options: epOptions, correct, warn: (w) => warnings.push(w), files: [], warnings: earlier });

    // Artifacts that need only the quotes (the cards) start now, with the edited quotes, and
    // render in their worker while the rest of the episode is summarised. The quote edits'
    // warnings come once, from the full edit below.
    const early = episodeArtifacts.filter((a) => a.quotesOnly && selected.has(a.name));
    const draft: Episode = { ...facts, chapters: [], quotes: edits ? applyQuoteEdits(quotes, t, edits, correct, []) : quotes, summary: '', summarySources: [], takeaways: [], keywords: [], mentions: [] };
    const started = new Map(early.map((a) => [a.name, renderArtifact(a, context(draft, [...warnings]), slug)]));
    for (const run of started.values()) run.catch(() => undefined); // awaited by renderArtifacts
    // One turn of the event loop lets them plan their work and hand it to their worker before summarising blocks this thread.
    if (started.size > 0) await new Promise<void>((resolve) => setImmediate(resolve));

    // Given the quotes as edited: the notes print those, and the other sections avoid repeating them.
    const summary = time('summarise', () => describe(t, spans, draft.quotes, vocabulary, passages, summariseOptions));
    const generated: Episode = {
      ...facts,
      chapters: summary.chapters,
      quotes,
      summary: summary.summary,
      summarySources: summary.summarySources,
      takeaways: summary.takeaways,
      keywords: summary.keywords,
      mentions: summary.mentions,
    };
    const edited = edits ? applyParsedEdits(generated, t, edits, { correct }) : { episode: generated, warnings: [] };
    const episode = edited.episode;
    warnings.push(...edited.warnings);

    // What the early artifacts recorded on the draft (the cards' files, alt text, captions) belongs to the episode.
    const adopted = new Map(
      [...started].map(([name, run]) => [
        name,
        run.then((out) => {
          if (draft.cards) episode.cards = draft.cards;
          return out;
        }),
      ]),
    );
    // `warnings` (parse, edits) let the preview list every warning of the episode.
    const rendered = await renderArtifacts(
      episodeArtifacts.filter((a) => selected.has(a.name)),
      context(episode, [...warnings]),
      slug,
      adopted,
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
