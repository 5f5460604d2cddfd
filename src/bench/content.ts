import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveConfig } from '../config/load.js';
import { parse } from '../parse/index.js';
import { segment } from '../segment/index.js';
import { summarise } from '../summarise/index.js';
import { createCorrector } from '../text/corrections.js';

const RUNS = 5;

/**
 * Time the content stages (segment + summarise) on the seed transcript, a
 * one-hour interview: parse once, then the median of a few runs after a
 * warm-up. Returns report lines; the budget is one second.
 */
export async function runContentBench(): Promise<string[]> {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  const file = path.join(root, 'seeds/mad-podcast-lukasz-kaiser.txt');
  const config = resolveConfig({ podcast: { title: 'bench' } });
  const { transcript } = parse(file, await readFile(file), {
    people: { hosts: [], guests: [] },
    wordsPerMinute: config.timing.wordsPerMinute,
    duration: 4260,
  });
  const correct = createCorrector({});
  const timings: { segment: number; summarise: number }[] = [];
  for (let run = 0; run <= RUNS; run++) {
    const a = performance.now();
    const spans = segment(transcript, config.segmentation);
    const b = performance.now();
    summarise(transcript, spans, { quotes: config.quotes, correct });
    const c = performance.now();
    if (run > 0) timings.push({ segment: b - a, summarise: c - b });
  }
  const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
  const seg = median(timings.map((x) => x.segment));
  const sum = median(timings.map((x) => x.summarise));
  const total = median(timings.map((x) => x.segment + x.summarise));
  return [
    `content: ${transcript.words.length} words, ${Math.round(transcript.duration / 60)} min; median of ${RUNS} runs`,
    `content: segment ${seg.toFixed(1)} ms, summarise ${sum.toFixed(1)} ms, total ${total.toFixed(1)} ms (budget 1000 ms)${total > 1000 ? ' OVER BUDGET' : ''}`,
  ];
}
