import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/index.js';
import { passageText } from '../../src/summarise/passage.js';
import { standalone } from '../../src/summarise/standalone.js';
import { hostDescription, summarise } from '../../src/summarise/summary.js';
import { correctorFor } from '../../src/text/corrections.js';
import { wordsOf } from '../../src/text/words.js';
import { runContent, seedFile } from '../summarise/helpers.js';

const people = { hosts: [], guests: [] };

function read(text: string, file = 'captions.txt') {
  return parse(file, new TextEncoder().encode(text), { people, wordsPerMinute: 150 }).transcript;
}

const CAPTIONS =
  '>> so what is the real change in ai this year\n' +
  '>> i think the models read the whole website before they answer so we started measuring how often they check a second source ' +
  'and the surprise was that the openai models check more often than people in san francisco expected\n';

describe('a transcript written without punctuation', () => {
  const t = read(CAPTIONS);

  it('is known as such, and its turns break into sentences where speech opens them', () => {
    expect(t.unpunctuated).toBe(true);
    const said = t.sentences.map((s) => t.text.slice(s.start, s.end));
    expect(said).toEqual([
      'so what is the real change in ai this year',
      'i think the models read the whole website before they answer',
      'so we started measuring how often they check a second source and the surprise was that the openai models check more often than people in san francisco expected',
    ]);
    expect(t.sentences.map((s) => s.question)).toEqual([true, false, false]);
  });

  it('prints stops, capitals and the names it knows, leaving the words as said', () => {
    const turn = t.turns[1]!;
    const correct = correctorFor(t, {});
    const { verbatim, display } = passageText(t, turn.firstWord, turn.endWord, correct, true);
    expect(display).toBe(
      'I think the models read the whole website before they answer. So we started measuring how often they check a second source and the surprise was that the OpenAI models check more often than people in San Francisco expected.',
    );
    expect(verbatim).toBe(wordsOf(t.text.slice(turn.start, turn.end)).join(' '));
    const question = t.turns[0]!;
    expect(passageText(t, question.firstWord, question.endWord, correct, true).display).toBe(
      'What is the real change in AI this year?',
    );
    // "us" and "react" are also words: never "US" or "React".
    expect(correct('tell us about ai')).toBe('tell us about AI');
    expect(correct('how typescript users react to jsdoc')).toBe('how TypeScript users react to JSDoc');
  });

  it("keeps a punctuated transcript's sentences and spelling as they were", () => {
    const punctuated = read(
      '>> So what is the real change in AI this year?\n>> I think the models read the whole website before they answer. So we started measuring it, openai too.\n',
    );
    expect(punctuated.unpunctuated).toBeUndefined();
    expect(punctuated.sentences).toHaveLength(3);
    expect(correctorFor(punctuated, {})('openai')).toBe('openai');
  });
});

describe('the seed interview as caption text, in lower case with no punctuation', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'castwright-captions-'));
  const file = path.join(dir, 'captions.txt');
  writeFileSync(
    file,
    readFileSync(seedFile, 'utf8')
      .replace(/[.,?!]/g, '')
      .toLowerCase(),
  );
  const { transcript: t, summary } = runContent(file);

  it('breaks into sentences of readable length', () => {
    const lengths = t.sentences.map((s) => s.endWord - s.firstWord).sort((a, b) => a - b);
    expect(lengths[Math.floor(lengths.length / 2)]).toBeLessThanOrEqual(25);
  });

  it('still yields quotes, takeaways and one-line chapter summaries, each a sentence or three', () => {
    expect(summary.quotes.length).toBeGreaterThanOrEqual(3);
    expect(summary.takeaways.length).toBeGreaterThanOrEqual(3);
    const lines = summary.chapters.map((c) => c.summary).filter((s) => s !== '');
    expect(lines.length).toBeGreaterThanOrEqual(summary.chapters.length / 2);
    for (const line of [...lines, ...summary.quotes.map((q) => q.display)]) {
      expect(wordsOf(line).length).toBeLessThanOrEqual(60);
      expect(line).toMatch(/^\p{Lu}.*[.?!]$/u);
    }
  });
});

/** A YouTube auto-caption file: one cue per line of words, each word timed; `pauseAfter` words are followed by 1.5 s of silence. */
function youtubeCaptions(lines: readonly string[], pauseAfter: ReadonlySet<string>): string {
  const two = (n: number) => String(Math.floor(n)).padStart(2, '0');
  const stamp = (seconds: number) => {
    const ms = Math.round(seconds * 1000);
    return `${two(ms / 3_600_000)}:${two((ms % 3_600_000) / 60_000)}:${two((ms % 60_000) / 1000)}.${String(ms % 1000).padStart(3, '0')}`;
  };
  let time = 0;
  const cues = lines.map((line) => {
    const start = time;
    const timed = line.split(' ').map((word, k) => {
      const at = time;
      time += pauseAfter.has(word) ? 1.5 : 0.3;
      return k === 0 ? word : `<${stamp(at)}><c> ${word}</c>`;
    });
    return `${stamp(start)} --> ${stamp(time)} align:start position:0%\n \n${timed.join('')}\n`;
  });
  return `WEBVTT\nKind: captions\nLanguage: en\n\n${cues.join('\n')}`;
}

describe('auto-captions timed by the word, with no punctuation', () => {
  const lines = [
    'the model reads the whole website',
    'before it answers the question',
    'people trust the answers much more',
    'when they can see the sources',
  ];

  it('end a sentence where the speaker paused, though no word there opens one', () => {
    const paused = read(youtubeCaptions(lines, new Set(['question'])), 'captions.vtt');
    expect(paused.format).toBe('youtube-vtt');
    expect(paused.unpunctuated).toBe(true);
    const said = (s: { firstWord: number; endWord: number }) =>
      paused.words
        .slice(s.firstWord, s.endWord)
        .map((w) => w.text)
        .join(' ');
    expect(paused.sentences.map(said)).toEqual([
      'the model reads the whole website before it answers the question',
      'people trust the answers much more when they can see the sources',
    ]);
    const steady = read(youtubeCaptions(lines, new Set()), 'captions.vtt');
    expect(steady.sentences).toHaveLength(1);
  });
});

describe("a host's description of the episode in caption text", () => {
  it('leaves out the name the host opens on, with no comma to set it off', () => {
    const t = parse(
      'episode.md',
      new TextEncoder().encode(
        "**Adam Stacoviak:** alright abi we're here to talk about measuring the ai agents that are infiltrating our organizations\n\n**Abi Noda:** well it's still early days",
      ),
      { people, wordsPerMinute: 150 },
    ).transcript;
    const [description] = hostDescription(t, { start: 0, end: t.text.length }, correctorFor(t, {}));
    expect(description?.text).toBe(
      "We're here to talk about measuring the AI agents that are infiltrating our organizations.",
    );
  });
});

describe('the summary of a caption transcript', () => {
  it('writes the topics it knows as names with their capitals', () => {
    const t = parse(
      'episode.md',
      new TextEncoder().encode(
        '**Justin Garrison:** today martin tells us how red hat and puppet ran the stores\n\n**Martin Jackson:** red hat ran everything in the stores and red hat still does',
      ),
      { people, wordsPerMinute: 150 },
    ).transcript;
    const { summary } = summarise(t, [], ['Red Hat', 'Stores'], [], correctorFor(t, {}));
    expect(summary).toBe('Justin Garrison talks with Martin Jackson about Red Hat and stores.');
  });
});

describe('a line of caption text', () => {
  it('trails off when it stops on a word that wants its object, as "wish" or "meaning" do', () => {
    const t = read(
      '>> there is this phenomenon of body doubling i really wish\n>> the model was trained on the whole internet meaning\n>> the model was trained on the whole internet last year\n',
    );
    const verdicts = t.turns.map((turn) => standalone(t, turn.firstWord, turn.endWord));
    expect(verdicts).toEqual(['trails off', 'trails off', undefined]);
  });
});

describe('the seed interview as YouTube auto-captions, timed by the word', () => {
  const words = readFileSync(seedFile, 'utf8')
    .replace(/[.,?!]/g, '')
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w !== '' && w !== '>>');
  const lines = Array.from({ length: Math.ceil(words.length / 8) }, (_, k) => words.slice(8 * k, 8 * k + 8).join(' '));
  const dir = mkdtempSync(path.join(os.tmpdir(), 'castwright-youtube-'));
  const file = path.join(dir, 'captions.vtt');
  writeFileSync(file, youtubeCaptions(lines, new Set()));
  const { transcript: t, summary } = runContent(file);

  it('yields quotes and takeaways across the cues, whose tags and timing lines are no punctuation', () => {
    expect(t.format).toBe('youtube-vtt');
    expect(summary.quotes.length).toBeGreaterThanOrEqual(3);
    expect(summary.takeaways.length).toBeGreaterThanOrEqual(3);
  });
});
