import { describe, expect, it } from 'vitest';
import { buildInMemory, fileText, seed } from '../helpers/build.js';

describe('building the seed transcript in memory', async () => {
  const result = await buildInMemory([seed]);
  const episode = result.episodes[0]!;

  it('builds one episode with the foundation files', () => {
    expect(episode.ok).toBe(true);
    const names = episode.files.map((f) => f.path.split('/').slice(1).join('/'));
    expect(names).toEqual(
      expect.arrayContaining(['episode.json', 'chapters.json', 'show-notes.md', 'show-notes.html']),
    );
  });

  it('writes episode.json in the castwright.episode/1 shape', () => {
    const json = JSON.parse(fileText(episode.files, 'episode.json'));
    expect(json.schema).toBe('castwright.episode/1');
    expect(json.source.format).toBe('plain');
    expect(json.source.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(json.timing).toBe('estimated');
    expect(json.duration).toBeGreaterThan(60 * 60);
    expect(json.speakers.map((s: { role: string }) => s.role).sort()).toEqual(['guest', 'host']);
    expect(json.chapters.length).toBeGreaterThanOrEqual(8);
    expect(json.quotes.length).toBeGreaterThan(0);
    expect(json.summary.length).toBeGreaterThan(40);
    expect(json.keywords.length).toBeGreaterThan(0);
  });

  it('gives chapters ascending times that tile the episode', () => {
    const { chapters, duration } = episode.episode!;
    expect(chapters[0]!.startTime).toBe(0);
    for (let i = 1; i < chapters.length; i++) {
      expect(chapters[i]!.startTime).toBeGreaterThan(chapters[i - 1]!.startTime);
      expect(chapters[i - 1]!.endTime).toBe(chapters[i]!.startTime);
    }
    expect(chapters.at(-1)!.endTime).toBe(duration);
  });

  it('writes Podcasting 2.0 JSON chapters', () => {
    const json = JSON.parse(fileText(episode.files, 'chapters.json'));
    expect(json.version).toBe('1.2.0');
    expect(json.chapters[0]).toMatchObject({ startTime: 0 });
    expect(json.chapters.every((c: { title: string }) => c.title.length > 0 && c.title.length <= 60)).toBe(true);
  });

  it('is deterministic: two builds give byte-identical files', async () => {
    const again = await buildInMemory([seed]);
    expect(again.episodes[0]!.files.map((f) => f.contents)).toEqual(episode.files.map((f) => f.contents));
  });
});
