import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildInMemory, fileText, seed } from '../helpers/build.js';
import { layoutCues } from '../../src/render/transcripts/cues.js';
import { SRT_LAYOUT } from '../../src/render/transcripts/captions.js';
import { formatClock } from '../../src/text/clock.js';
import { completeConfig } from './artifacts.js';

/** Visible text of a VTT cue line: voice tags removed, entities decoded. */
const visible = (line: string) =>
  line
    .replace(/<\/?v[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
const cueBlocks = (text: string) =>
  text
    .trim()
    .split(/\n\n+/)
    .filter((b) => b.includes('-->'));

describe('transcript exports of the seed', async () => {
  const result = await buildInMemory([seed], completeConfig, ['episode', 'transcripts']);
  const files = result.episodes[0]!.files;
  const vtt = fileText(files, 'transcript/transcript.vtt');
  const srt = fileText(files, 'transcript/transcript.srt');
  const json = JSON.parse(fileText(files, 'transcript/transcript.json'));
  const md = fileText(files, 'transcript/transcript.md');
  const html = fileText(files, 'transcript/transcript.html');
  const episode = result.episodes[0]!.episode!;

  it('writes WebVTT with a <v> voice on every cue and lines of at most 65 characters', () => {
    expect(vtt.startsWith('WEBVTT\n\n')).toBe(true);
    const blocks = cueBlocks(vtt);
    expect(blocks.length).toBeGreaterThan(200);
    const voices = new Set<string>();
    for (const block of blocks) {
      const [, timing, ...text] = block.split('\n');
      expect(timing).toMatch(/^\d\d:\d\d:\d\d\.\d{3} --> \d\d:\d\d:\d\d\.\d{3}$/);
      expect(text.length).toBeGreaterThanOrEqual(1);
      expect(text.length).toBeLessThanOrEqual(2);
      voices.add(/^<v ([^>]+)>/.exec(text[0]!)![1]!);
      for (const line of text) expect(visible(line).length).toBeLessThanOrEqual(65);
    }
    expect([...voices].sort()).toEqual(['Matt Turck', 'Łukasz Kaiser']);
  });

  it('gives cues ascending, non-empty times', () => {
    const times = cueBlocks(vtt).map((b) => b.split('\n')[1]!.split(' --> '));
    const seconds = (t: string) => t.split(':').reduce((n, p) => n * 60 + Number(p), 0);
    for (let i = 0; i < times.length; i++) {
      expect(seconds(times[i]![1]!)).toBeGreaterThan(seconds(times[i]![0]!));
      if (i > 0) expect(seconds(times[i]![0]!)).toBeGreaterThanOrEqual(seconds(times[i - 1]![0]!));
    }
  });

  it('writes SRT with at most 2 lines of 32 characters and Name: on each change of speaker', () => {
    const blocks = cueBlocks(srt);
    let previous: string | undefined;
    let changes = 0;
    for (const [i, block] of blocks.entries()) {
      const [number, timing, ...text] = block.split('\n');
      expect(number).toBe(String(i + 1));
      expect(timing).toMatch(/^\d\d:\d\d:\d\d,\d{3} --> \d\d:\d\d:\d\d,\d{3}$/);
      expect(text.length).toBeLessThanOrEqual(2);
      for (const line of text) expect(line.length).toBeLessThanOrEqual(32);
      const named = /^(Matt Turck|Łukasz Kaiser):/.exec(text[0]!)?.[1];
      if (named) {
        expect(named).not.toBe(previous);
        previous = named;
        changes++;
      }
    }
    // The JSON segments say who speaks: every change of speaker there is named in the SRT.
    const speakerRuns = json.segments.filter(
      (s: { speaker: string }, i: number, all: { speaker: string }[]) => i === 0 || all[i - 1]!.speaker !== s.speaker,
    ).length;
    expect(changes).toBe(speakerRuns);
  });

  it('writes a Podcasting 2.0 JSON transcript', () => {
    expect(json.version).toBe('1.0.0');
    expect(json.segments.length).toBeGreaterThan(200);
    for (const s of json.segments) {
      expect(Object.keys(s).sort()).toEqual(['body', 'endTime', 'speaker', 'startTime']);
      expect(s.endTime).toBeGreaterThan(s.startTime);
    }
  });

  it('applies corrections in every export', () => {
    for (const text of [vtt, srt, md, html]) {
      expect(text).not.toMatch(/Lucas Kaiser|GPD 5\.1/);
      expect(text).toContain('Łukasz');
    }
  });

  it('removes fillers in the readable exports and keeps them in the captions', () => {
    expect(vtt).toMatch(/\b(um|uh)\b/i);
    expect(md).not.toMatch(/\b(um|uh)\b/i);
    expect(html).not.toMatch(/\b(um|uh)\b/i);
  });

  it('writes readable Markdown and HTML with speaker names and a heading per chapter', () => {
    const headings = [...md.matchAll(/^## (.*)$/gm)].map((m) => m[1]!.replace(/\\(.)/g, '$1'));
    for (const c of episode.chapters) {
      // The serialiser escapes punctuation only where it could be read as markup: compare the text it stands for.
      expect(headings).toContain(`${formatClock(c.startTime)} ${c.title}`);
      expect(html).toContain(`${c.title.replace(/&/g, '&amp;').replace(/'/g, '&#39;')}</h2>`);
    }
    expect(md.match(/^## /gm)).toHaveLength(episode.chapters.length);
    expect(html.match(/<h2 /g)).toHaveLength(episode.chapters.length);
    expect(md).toMatch(/^\*\*Matt Turck\*\* \(\d+:\d\d\): /m);
    expect(md).toMatch(/^\*\*Łukasz Kaiser\*\* \(\d+:\d\d\): /m);
    expect(md).toContain('Chapter headings were automatically created.');
  });
});

describe('cue layout', () => {
  it('names the speaker at each change and cuts words longer than a line', () => {
    const sentences = [
      {
        speaker: 'A',
        turn: 0,
        endTime: 2,
        tokens: [
          { text: 'Hello', time: 0 },
          { text: 'there.', time: 1 },
        ],
      },
      {
        speaker: 'B',
        turn: 1,
        endTime: 5,
        tokens: [{ text: 'https://example.com/a/very/long/path/that/never/ends', time: 2 }],
      },
    ];
    const cues = layoutCues(sentences, SRT_LAYOUT);
    expect(cues[0]!.lines).toEqual(['A: Hello there.']);
    expect(cues[1]!.lines[0]).toBe('B:');
    expect(cues.flatMap((c) => c.lines).every((l) => l.length <= 32)).toBe(true);
    expect(cues.at(-1)!.end).toBe(5);
  });
});

describe('the readable transcript of a meeting', async () => {
  const dir = await import('node:fs/promises').then((fs) => fs.mkdtemp(path.join(os.tmpdir(), 'castwright-meeting-')));
  const file = path.join(dir, 'meeting.json');
  const turns = [
    { speaker: 'Project Manager', content: 'Right , this is our second meeting . Let us look at the budget first .' },
    { speaker: 'Marketing', content: '{gap}' },
    { speaker: 'Industrial Designer', content: 'Mm-hmm .' },
    { speaker: 'Project Manager', content: 'The budget is twelve euros fifty per unit .' },
    { speaker: 'Marketing', content: 'That is not a lot for a remote control with a screen .' },
  ];
  writeFileSync(file, JSON.stringify(turns));
  const result = await buildInMemory([file], completeConfig, ['episode', 'transcripts']);
  const md = fileText(result.episodes[0]!.files, 'transcript/transcript.md');

  it("joins a named speaker's turns when only noise came between them", () => {
    const paragraphs = md.split('\n\n').filter((p) => p.startsWith('**'));
    expect(paragraphs.map((p) => /^\*\*([^*]+)\*\*/.exec(p)![1])).toEqual(['Project Manager', 'Marketing']);
    expect(paragraphs[0]).toMatch(/Let us look at the budget first\. The budget is twelve euros fifty per unit\.$/);
  });

  it("keeps inferred speakers' turns apart: the break may be a change of speaker", async () => {
    const seedResult = await buildInMemory([seed], completeConfig, ['episode', 'transcripts']);
    const seedMd = fileText(seedResult.episodes[0]!.files, 'transcript/transcript.md');
    // The seed's speakers are inferred from ">>" marks: the same speaker twice in a row stays two paragraphs.
    const speakers = seedMd.split('\n\n').map((p) => /^\*\*([^*]+)\*\* \(/.exec(p)?.[1]);
    expect(speakers.some((name, i) => name !== undefined && name === speakers[i + 1])).toBe(true);
  });
});
