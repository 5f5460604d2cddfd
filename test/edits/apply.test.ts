import { describe, expect, it } from 'vitest';
import { applyEdits, applyParsedEdits, editsFileText, parseEdits } from '../../src/edits/index.js';
import { CastwrightError } from '../../src/errors.js';
import type { Episode } from '../../src/model/episode.js';
import { showNotesTree } from '../../src/render/show-notes/tree.js';
import { generatedSeed, offsetOf } from './helpers.js';

const FILE = 'seeds/seed.edits.yaml';

async function edit(yaml: string) {
  const { episode, transcript } = await generatedSeed();
  const before = JSON.stringify(episode);
  const result = applyParsedEdits(episode, transcript, parseEdits(yaml, FILE));
  expect(JSON.stringify(episode), 'the generated episode is not changed in place').toBe(before);
  return { ...result, generated: episode, transcript };
}

/** Chapters follow each other: ascending starts, each ending where the next starts. */
function expectContiguous(episode: Episode) {
  episode.chapters.forEach((c, i) => {
    const next = episode.chapters[i + 1];
    expect(c.endTime).toBeGreaterThanOrEqual(c.startTime);
    expect(c.source.end).toBeGreaterThanOrEqual(c.source.start);
    if (next) {
      expect(next.startTime).toBeGreaterThan(c.startTime);
      expect(c.endTime).toBe(next.startTime);
      expect(c.source.end).toBeLessThanOrEqual(next.source.start);
    }
  });
}

const q = (s: string) => JSON.stringify(s);

describe('applying edits to the generated episode', () => {
  it('changes nothing when the file is the one `edits init` writes', async () => {
    const { episode: generated } = await generatedSeed();
    const { episode, warnings } = await edit(editsFileText(generated, 'seeds/seed.txt'));
    expect(warnings).toEqual([]);
    expect(episode).toEqual(generated);
  });

  it('changes nothing when there is no edits file', async () => {
    const { episode, transcript } = await generatedSeed();
    const result = await applyEdits(episode, transcript, 'test/fixtures/edits/missing.edits.yaml');
    expect(result).toEqual({ episode, warnings: [] });
  });

  it('renames a chapter found by its generated title and marks it reviewed', async () => {
    const { generated } = await edit('');
    const target = generated.chapters[2]!;
    const { episode, warnings } = await edit(
      `chapters:\n  - was: ${q(target.title)}\n    title: "Why progress is not slowing down"\n    reviewed: true\n`,
    );
    expect(warnings).toEqual([]);
    expect(episode.chapters[2]).toEqual({ ...target, title: 'Why progress is not slowing down', reviewed: true });
    expect(episode.chapters.filter((c) => c.reviewed)).toHaveLength(1);
  });

  it('drops the "automatically created" label once every chapter is reviewed', async () => {
    const heading = (e: Episode) => JSON.stringify(showNotesTree(e)).match(/"Chapters[^"]*"/)?.[0];
    const { episode, generated } = await edit('reviewed: true\n');
    expect(heading(generated)).toBe('"Chapters (automatically created)"');
    expect(episode.chapters.every((c) => c.reviewed)).toBe(true);
    expect(heading(episode)).toBe('"Chapters"');
  });

  it('finds a chapter by its start when the generator renamed it, but not by a number that now means another chapter', async () => {
    const { generated } = await edit('');
    const target = generated.chapters[3]!;
    const at = Math.floor(target.startTime) + 5;
    const { episode, warnings } = await edit(
      `chapters:\n  - chapter: 4\n    was: "An Older Title"\n    at: ${at}\n    title: "Renamed"\n  - chapter: 2\n    was: "No Such Chapter"\n    at: "59:59"\n    title: "Lost"\n`,
    );
    expect(episode.chapters[3]!.title).toBe('Renamed');
    expect(episode.chapters.some((c) => c.title === 'Lost')).toBe(false);
    expect(warnings).toEqual([
      {
        file: FILE,
        line: 6,
        rule: 'edits/chapter-not-found',
        message: `no generated chapter titled "No Such Chapter" or starting near 59:59 any more (chapter 2 is now "${generated.chapters[1]!.title}" at ${clock(generated.chapters[1]!.startTime)}); this entry is not applied — update \`was\`/\`at\` or remove the entry`,
      },
    ]);
  });

  it('moves a chapter start to a time; the chapter before now ends there', async () => {
    const { generated, transcript } = await edit('');
    const target = generated.chapters[4]!;
    const time = Math.round(target.startTime + 40);
    const { episode, warnings } = await edit(`chapters:\n  - was: ${q(target.title)}\n    start: "${clock(time)}"\n`);
    expect(warnings).toEqual([]);
    const moved = episode.chapters[4]!;
    expect(moved.startTime).toBe(time);
    const word = transcript.words.find((w) => w.time >= time)!;
    expect(moved.source.start).toBe(word.start);
    expect(episode.chapters[3]!.endTime).toBe(time);
    expect(episode.chapters[3]!.source.end).toBeLessThanOrEqual(word.start);
    expect(episode.chapters[3]!.source.end).toBeGreaterThan(episode.chapters[3]!.source.start);
    // Chapters that did not move keep their generated ends.
    expect(episode.chapters[2]).toEqual(generated.chapters[2]);
    expectContiguous(episode);
  });

  it('moves a chapter start to where a phrase is said', async () => {
    const { generated, transcript } = await edit('');
    const phrase = 'The team was separate from Google Brain';
    const offset = offsetOf(transcript, phrase);
    const index = generated.chapters.findLastIndex((c) => c.source.start <= offset);
    const target = generated.chapters[index]!;
    const { episode, warnings } = await edit(
      `chapters:\n  - was: ${q(target.title)}\n    start: ${q(phrase.toLowerCase() + ',')}\n`,
    );
    expect(warnings).toEqual([]);
    const moved = episode.chapters.find((c) => c.title === target.title)!;
    expect(moved.source.start).toBe(offset);
    expect(moved.startTime).toBe(transcript.words.find((w) => w.start === offset)!.time);
    expectContiguous(episode);
  });

  it('warns with the line of `start` when the phrase is not in the transcript, and leaves the chapter where it was', async () => {
    const { generated } = await edit('');
    const target = generated.chapters[1]!;
    const { episode, warnings } = await edit(
      `version: 1\nchapters:\n  - was: ${q(target.title)}\n    title: "Still renamed"\n    start: "the team was separate from DeepMind"\n`,
    );
    expect(episode.chapters[1]).toEqual({ ...target, title: 'Still renamed' });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ file: FILE, line: 5, rule: 'edits/phrase-not-found' });
    expect(warnings[0]!.message).toMatch(
      /the phrase "the team was separate from DeepMind" is not in the transcript; closest: "The team was separate from" at \d+:\d\d, followed by "Google"; start not changed/,
    );
  });

  it('warns when a phrase is said more than once and uses the one nearest the chapter', async () => {
    const { generated } = await edit('');
    const target = generated.chapters[6]!;
    const { episode, warnings } = await edit(
      `chapters:\n  - was: ${q(target.title)}\n    start: "reinforcement learning"\n`,
    );
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ line: 3, rule: 'edits/phrase-ambiguous' });
    expect(warnings[0]!.message).toMatch(/is said \d+ times; used the one at/);
    expect(episode.chapters.some((c) => c.title === target.title && c.startTime !== target.startTime)).toBe(true);
    expectContiguous(episode);
  });

  it('adds and removes chapters; the chapter before a removed one runs on', async () => {
    const { generated, transcript } = await edit('');
    const removed = generated.chapters[5]!;
    const phrase = 'maxed out pre-training';
    const { episode, warnings } = await edit(
      `chapters:\n  - was: ${q(removed.title)}\n    remove: true\n  - add: "The slowdown narrative"\n    start: ${q(phrase)}\n`,
    );
    expect(warnings).toEqual([]);
    expect(episode.chapters.some((c) => c.title === removed.title)).toBe(false);
    const before = episode.chapters.find((c) => c.title === generated.chapters[4]!.title)!;
    expect(before.endTime).toBe(removed.endTime);
    expect(before.source.end).toBe(removed.source.end);
    const added = episode.chapters.find((c) => c.title === 'The slowdown narrative')!;
    expect(added).toMatchObject({ kind: 'topic', reviewed: true, source: { start: offsetOf(transcript, phrase) } });
    expect(added.summary.length).toBeGreaterThan(0);
    expect(episode.chapters).toHaveLength(generated.chapters.length);
    expectContiguous(episode);
  });

  it('warns when the first chapter no longer starts at 0:00, and ignores a time past the end', async () => {
    const { generated } = await edit('');
    const { episode, warnings } = await edit(
      `chapters:\n  - was: ${q(generated.chapters[0]!.title)}\n    remove: true\n  - was: ${q(generated.chapters[2]!.title)}\n    start: "5:00:00"\n`,
    );
    expect(episode.chapters[0]).toEqual({ ...generated.chapters[1]!, reviewed: false });
    expect(episode.chapters[1]!.startTime).toBe(generated.chapters[2]!.startTime);
    expect(warnings).toMatchObject([
      { line: 5, rule: 'edits/start-out-of-range' },
      {
        line: 2,
        rule: 'edits/first-chapter',
        message: `the first chapter now starts at ${clock(generated.chapters[1]!.startTime)}; Apple and YouTube expect a chapter at 0:00`,
      },
    ]);
  });

  it('warns when two entries edit one chapter', async () => {
    const { generated } = await edit('');
    const t = q(generated.chapters[2]!.title);
    const { episode, warnings } = await edit(
      `chapters:\n  - was: ${t}\n    title: "First"\n  - was: ${t}\n    title: "Second"\n`,
    );
    expect(episode.chapters[2]!.title).toBe('First');
    expect(warnings).toMatchObject([{ line: 4, rule: 'edits/duplicate-chapter' }]);
  });

  it('rejects a generated quote named by its words', async () => {
    const { generated } = await edit('');
    const target = generated.quotes[1]!;
    const words = target.text.split(' ').slice(0, 8).join(' ');
    const { episode, warnings } = await edit(`quotes:\n  - quote: ${q(words)}\n    reject: true\n`);
    expect(warnings).toEqual([]);
    expect(episode.quotes).toEqual(generated.quotes.filter((x) => x !== target));
  });

  it('warns, with the line, about a quote that is no longer generated', async () => {
    const { episode, warnings, generated } = await edit(
      'quotes:\n  - quote: "nobody ever said this sentence in the episode"\n    reject: true\n',
    );
    expect(episode.quotes).toEqual(generated.quotes);
    expect(warnings).toMatchObject([{ file: FILE, line: 2, rule: 'edits/quote-not-found' }]);
  });

  it('adds a quote found word for word, skipping the fillers, and ranks it first', async () => {
    const { episode, warnings, transcript, generated } = await edit(
      'quotes:\n  - add: "AI progress was slowing down, that we had maxed out pre-training"\n',
    );
    expect(warnings).toEqual([]);
    const added = episode.quotes[0]!;
    expect(added.text).toBe('AI progress was slowing down that we had maxed out pre-training');
    const passage = transcript.text.slice(added.source.start, added.source.end);
    expect(passage).toBe('AI progress uh was slowing down that we had maxed out pre-training');
    expect(added.score).toBeGreaterThan(Math.max(...generated.quotes.map((x) => x.score)));
    expect(added.speakerId).toBe(
      transcript.turns.find((u) => u.start <= added.source.start && added.source.start < u.end)!.speaker,
    );
    expect(episode.quotes.slice(1)).toEqual(
      generated.quotes.filter((x) => x.source.end <= added.source.start || x.source.start >= added.source.end),
    );
  });

  it('fails with the line and the closest passage when an added quote is not in the transcript', async () => {
    const { episode, transcript } = await generatedSeed();
    const edits = parseEdits('quotes:\n  - quote: "x y z"\n  - add: "AI progress was speeding up"\n', FILE);
    let error: unknown;
    try {
      applyParsedEdits(episode, transcript, edits);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CastwrightError);
    expect(String(error)).toMatch(
      /^seeds\/seed\.edits\.yaml:3: quote not found verbatim in the transcript: "AI progress was speeding up"\. A quote must be the transcript's own words .* matches the first 3 words \("AI progress uh was"\) and then says "slowing"\.$/,
    );
  });

  it('pins the summary and the takeaways', async () => {
    const { episode, warnings, transcript } = await edit(
      'summary: "Łukasz Kaiser on why progress is not slowing down."\ntakeaways:\n  - "AI progress was slowing down"\n  - text: "Reasoning models changed the game."\n    at: "12:30"\n  - "A line with no time."\n',
    );
    expect(episode.summary).toBe('Łukasz Kaiser on why progress is not slowing down.');
    expect(episode.summarySources).toEqual([]);
    expect(episode.takeaways.map((k) => k.text)).toEqual([
      'AI progress was slowing down',
      'Reasoning models changed the game.',
      'A line with no time.',
    ]);
    expect(episode.takeaways[0]!.source.start).toBe(offsetOf(transcript, 'AI progress uh was slowing down'));
    expect(episode.takeaways[1]!.startTime).toBe(750);
    expect(warnings).toMatchObject([{ line: 6, rule: 'edits/takeaway-unplaced' }]);
  });

  it('is deterministic', async () => {
    const { generated } = await edit('');
    const yaml = `reviewed: true\nchapters:\n  - was: ${q(generated.chapters[3]!.title)}\n    start: "reinforcement learning"\n  - add: "New"\n    start: "20:00"\nquotes:\n  - add: "AI progress was slowing down"\n`;
    const a = await edit(yaml);
    const b = await edit(yaml);
    expect(JSON.stringify(a.episode)).toBe(JSON.stringify(b.episode));
    expect(a.warnings).toEqual(b.warnings);
  });
});

function clock(seconds: number): string {
  const s = Math.floor(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return h > 0
    ? `${h}:${String(m).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`
    : `${m}:${String(s % 60).padStart(2, '0')}`;
}
