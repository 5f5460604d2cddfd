import satori from 'satori';
import { resolveConfig } from '../config/load.js';
import type { Episode, Quote } from '../model/episode.js';
import type { Transcript } from '../model/transcript.js';
import { prepareCards, renderCards } from '../render/cards/index.js';
import { rasterise } from '../render/cards/render-card.js';
import { cardElement } from '../render/cards/template.js';
import type { EpisodeContext } from '../render/types.js';
import { createCorrector } from '../text/corrections.js';

/** Quotes of typical lengths (110–250 characters), one per card. */
const QUOTES = [
  'The model will run Python code to extract these dots from an image and then it will count them in a loop.',
  'Machine learning is beautifully forgiving in some sense, in contrast to old software engineering, which would just yell at you when you made a mistake.',
  'The team was separate from Google Brain at that time. Then I moved to Google Brain and worked with Ilya Sutskever, another very inspiring person.',
  'Why the slowdown narrative is wrong, the logic puzzles that still stump the smartest models, how scaling is being redefined, and what all of that tells us about where AI is heading next.',
];

const ROUNDS = 5;

/**
 * Cost per card through the card pipeline (plan, fit search, rasterising)
 * against a bare satori + sharp render of the very same cards (same
 * element, font size and fonts) in the same run. Reports medians of five
 * rounds after a warm-up, elapsed and CPU time (CPU time is steadier on a
 * busy machine), and the overhead against the bare render.
 */
export async function runCardBench(): Promise<string[]> {
  const ctx = benchContext();
  const cards = QUOTES.length * ctx.config.cards.presets.length;
  const prepared = await prepareCards(ctx);
  const runs = { pipeline: [] as Cost[], bare: [] as Cost[] };
  let { records } = await renderCards(ctx); // warm-up: satori's WebAssembly, fonts, template
  for (let round = 0; round < ROUNDS; round++) {
    runs.pipeline.push(await measure(async () => ({ records } = await renderCards(ctx)), cards));
    const shown = records.flatMap((c) => c.images);
    runs.bare.push(
      await measure(async () => {
        for (const [i, { job }] of prepared.jobs.entries()) {
          const { text, fontSize } = shown[i]!;
          const element = cardElement(
            job.template,
            { ...job.context, quote: { ...job.context.quote, text, fontSize } },
            job.images,
          );
          await rasterise(
            await satori(element as never, {
              width: job.preset.width,
              height: job.preset.height,
              fonts: prepared.faces as never,
            }),
          );
        }
      }, cards),
    );
  }
  const bare = summary(runs.bare);
  const line = (label: string, c: Cost) =>
    `cards: ${label} ${c.wall.toFixed(1)} ms/card wall (${pct(c.wall, bare.wall)} vs bare), ${c.cpu.toFixed(1)} ms/card CPU (${pct(c.cpu, bare.cpu)})`;
  return [
    `cards: ${cards} cards (${QUOTES.length} quotes × ${ctx.config.cards.presets.join(', ')}), median of ${ROUNDS} rounds`,
    `cards: bare satori+sharp ${bare.wall.toFixed(1)} ms/card wall, ${bare.cpu.toFixed(1)} ms/card CPU (one card at a time)`,
    line('pipeline', summary(runs.pipeline)),
  ];
}

/** Milliseconds per card: elapsed, and CPU time of the process (all threads). */
interface Cost {
  wall: number;
  cpu: number;
}

async function measure(run: () => Promise<unknown>, cards: number): Promise<Cost> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  await run();
  const used = process.cpuUsage(cpu);
  return { wall: (performance.now() - started) / cards, cpu: (used.user + used.system) / 1000 / cards };
}

function summary(costs: Cost[]): Cost {
  return { wall: median(costs.map((c) => c.wall)), cpu: median(costs.map((c) => c.cpu)) };
}

function pct(value: number, base: number): string {
  const p = Math.round((value / base - 1) * 100);
  return `${p >= 0 ? '+' : ''}${p}%`;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** A small synthetic episode whose quotes are `QUOTES`, so the bench depends on no transcript. */
function benchContext(): EpisodeContext {
  const config = resolveConfig({
    podcast: { title: 'The Bench Show', siteUrl: 'https://example.com/podcast/', hashtags: ['AI'] },
    people: {
      hosts: [{ name: 'Ada Host', title: 'Host' }],
      guests: [{ name: 'Łukasz Kaiser', title: 'Research scientist' }],
    },
    cards: { count: QUOTES.length },
  });
  const text = QUOTES.join('\n');
  let offset = 0;
  const quotes: Quote[] = QUOTES.map((q, i) => {
    const start = offset;
    offset += q.length + 1;
    return {
      text: q,
      display: q,
      speaker: 'Łukasz Kaiser',
      speakerId: 's1',
      role: 'guest',
      startTime: i * 60,
      endTime: i * 60 + 20,
      source: { start, end: start + q.length },
      score: QUOTES.length - i,
    };
  });
  const episode = {
    schema: 'castwright.episode/1',
    slug: 'bench',
    title: 'Bench episode',
    quotes,
  } as unknown as Episode;
  return {
    episode: { ...episode, source: { path: 'bench.txt', format: 'plain', sha256: '' } },
    transcript: { text } as unknown as Transcript,
    config,
    options: {} as EpisodeContext['options'],
    correct: createCorrector({}),
    warn: () => {},
  };
}
