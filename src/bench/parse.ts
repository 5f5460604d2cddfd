import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parse } from '../parse/index.js';

/**
 * Parse benchmark: stage 1 (decode, detect, read the format, assemble
 * words and times, attribute speakers) on a one-hour transcript in every
 * format, and on a 20 MB transcript. The samples are generated in memory
 * from the seed's words, so every format carries the same speech.
 */

const SEED = fileURLToPath(new URL('../../seeds/mad-podcast-lukasz-kaiser.txt', import.meta.url));
const SPEAKERS = ['Matt Turck', 'Łukasz Kaiser'];
/** Seconds per word at the default 150 words per minute. */
const WORD_SECONDS = 0.4;
const WORDS_PER_CUE = 10;
const ONE_HOUR_WORDS = 9000;
const BIG_BYTES = 20 * 1024 * 1024;

interface Turn {
  speaker: string;
  words: string[];
  /** Index of the turn's first word in the episode: its time is index × WORD_SECONDS. */
  first: number;
}

type Sample = (turns: readonly Turn[]) => string;

const clock = (seconds: number, separator = '.', hours = true) => {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = (seconds % 60).toFixed(3).padStart(6, '0').replace('.', separator);
  return `${hours || h > 0 ? `${String(h).padStart(2, '0')}:` : ''}${String(m).padStart(2, '0')}:${s}`;
};
const mmss = (seconds: number) => clock(Math.floor(seconds), '.', false).replace(/\.000$/, '');

/** Cues of a few words with their start time, speaker and place in the turn. */
function cues(
  turns: readonly Turn[],
): { speaker: string; text: string; start: number; end: number; opensTurn: boolean }[] {
  return turns.flatMap((t) => {
    const out = [];
    for (let i = 0; i < t.words.length; i += WORDS_PER_CUE) {
      const start = (t.first + i) * WORD_SECONDS;
      const words = t.words.slice(i, i + WORDS_PER_CUE);
      out.push({
        speaker: t.speaker,
        text: words.join(' '),
        start,
        end: start + words.length * WORD_SECONDS,
        opensTurn: i === 0,
      });
    }
    return out;
  });
}

const json = (value: unknown) => JSON.stringify(value, null, 1);

/** Every format, written the way its tool writes it. */
const SAMPLES: Record<string, Sample> = {
  plain: (turns) => turns.map((t) => t.words.join(' ')).join('\n>> '),
  'speaker-labelled': (turns) =>
    turns.map((t) => `[${clock(t.first * WORD_SECONDS).slice(0, 8)}] ${t.speaker}: ${t.words.join(' ')}`).join('\n\n'),
  markdown: (turns) =>
    turns
      .map(
        (t, i) =>
          `**${t.speaker}:** ${i % 20 === 0 ? `\\[${mmss(t.first * WORD_SECONDS)}\\] ` : ''}${t.words.join(' ')}`,
      )
      .join('\n\n'),
  otter: (turns) =>
    turns.map((t) => `${t.speaker}  ${mmss(t.first * WORD_SECONDS)}\n${t.words.join(' ')}`).join('\n\n'),
  srt: (turns) =>
    cues(turns)
      .map(
        (c, i) =>
          `${i + 1}\n${clock(c.start, ',')} --> ${clock(c.end, ',')}\n${c.opensTurn ? `${c.speaker}: ` : ''}${c.text}`,
      )
      .join('\n\n'),
  vtt: (turns) =>
    `WEBVTT\n\n${cues(turns)
      .map((c) => `${clock(c.start)} --> ${clock(c.end)} line:85%\n<v ${c.speaker}>${c.text}`)
      .join('\n\n')}`,
  'youtube-vtt': (turns) => {
    let previous = '';
    const blocks = cues(turns).map((c) => {
      const words = c.text.split(' ');
      const timed = words.map((w, k) => (k === 0 ? w : `<${clock(c.start + k * WORD_SECONDS)}><c> ${w}</c>`)).join('');
      const rolling = `${clock(c.start)} --> ${clock(c.end)} align:start position:0%\n${previous || ' '}\n${timed}`;
      const snapshot = `${clock(c.end)} --> ${clock(c.end + 0.01)} align:start position:0%\n${c.text}\n `;
      previous = c.text;
      return `${rolling}\n\n${snapshot}`;
    });
    return `WEBVTT\nKind: captions\nLanguage: en\n\n${blocks.join('\n\n')}`;
  },
  'whisper-json': (turns) => {
    const segments = cues(turns).map((c, id) => ({ id, start: c.start, end: c.end, text: ` ${c.text}` }));
    return json({ text: segments.map((s) => s.text).join(''), segments, language: 'en' });
  },
  'podcast-json': (turns) =>
    json({
      version: '1.0.0',
      segments: cues(turns).map((c) => ({ speaker: c.speaker, startTime: c.start, endTime: c.end, body: c.text })),
    }),
  'json-turns': (turns) =>
    json(turns.map((t) => ({ speaker: t.speaker, text: t.words.join(' '), start: t.first * WORD_SECONDS }))),
};

/** The seed's `>>` blocks as turns of alternating speakers, repeated to `words` words. */
function seedTurns(seedText: string, words: number): Turn[] {
  const blocks = seedText
    .split(/\n?>>/)
    .map((b) => b.trim().split(/\s+/).filter(Boolean))
    .filter((b) => b.length > 0);
  const turns: Turn[] = [];
  let first = 0;
  for (let i = 0; first < words; i++) {
    const block = blocks[i % blocks.length]!.slice(0, words - first);
    turns.push({ speaker: SPEAKERS[i % 2]!, words: block, first });
    first += block.length;
  }
  return turns;
}

/** A transcript of about `words` words of the seed's speech, written in `format`. */
export function makeParseSample(seedText: string, format: string, words: number): string {
  const sample = SAMPLES[format];
  if (!sample) throw new Error(`no bench sample for format ${format}`);
  return sample(seedTurns(seedText, words));
}

/** Median of `runs` timings of `run`, in milliseconds, after one warm-up. */
function time(run: () => void, runs: number): number {
  run();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    run();
    ms.push(performance.now() - started);
  }
  return ms.sort((a, b) => a - b)[Math.floor(ms.length / 2)]!;
}

/**
 * Time parsing a one-hour transcript in each format and a 20 MB transcript;
 * returns one printable line per format: its size and the median time.
 */
export async function runParseBench(): Promise<string[]> {
  const seedText = await readFile(SEED, 'utf8');
  const options = { people: { hosts: [], guests: [] }, wordsPerMinute: 150 };
  const encoder = new TextEncoder();
  const lines = [`parse: one-hour transcript (${ONE_HOUR_WORDS} words) per format, median of 5 runs`];
  const hour = seedTurns(seedText, ONE_HOUR_WORDS);
  for (const [name, sample] of Object.entries(SAMPLES)) {
    const bytes = encoder.encode(sample(hour));
    let format = '';
    const ms = time(() => {
      format = parse(`bench.${name}`, bytes, options).transcript.format;
    }, 5);
    if (format !== name) throw new Error(`bench sample for ${name} was read as ${format}`);
    lines.push(
      `  ${name.padEnd(17)} ${`${Math.round(bytes.length / 1024)} KB`.padStart(8)} ${`${ms.toFixed(1)} ms`.padStart(10)}`,
    );
  }
  for (const name of ['plain', 'srt']) {
    // Sized by bytes, not words: an SRT spends a third of its bytes on numbers and times.
    const bytesPerWord = encoder.encode(makeParseSample(seedText, name, ONE_HOUR_WORDS)).length / ONE_HOUR_WORDS;
    const bytes = encoder.encode(makeParseSample(seedText, name, Math.ceil(BIG_BYTES / bytesPerWord)));
    const started = performance.now();
    const { transcript } = parse(`big.${name}`, bytes, options);
    const ms = performance.now() - started;
    lines.push(
      `parse: ${(bytes.length / 1024 / 1024).toFixed(1)} MB ${name} transcript, ${transcript.words.length} words: ${(ms / 1000).toFixed(2)} s`,
    );
  }
  return lines;
}
