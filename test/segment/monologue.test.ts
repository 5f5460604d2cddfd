import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/load.js';
import { parse } from '../../src/parse/index.js';
import { segment } from '../../src/segment/index.js';
import { seed } from '../helpers/build.js';

describe('segmenting a transcript without speaker changes', () => {
  it('still finds chapters inside one long turn, at sentence starts', () => {
    // The seed without its ">>" marks: one block of 12,000 words, as a caption file with no speakers reads.
    const text = readFileSync(seed, 'utf8').replace(/>>/g, '');
    const config = resolveConfig({ podcast: { title: 'Show' } });
    const { transcript } = parse('monologue.txt', Buffer.from(text), {
      people: config.people,
      wordsPerMinute: 160,
      duration: 4260,
    });
    expect(Math.max(...transcript.turns.map((u) => u.endWord - u.firstWord))).toBeGreaterThan(3000);
    const chapters = segment(transcript, config.segmentation);
    // About one chapter per five minutes of a 71-minute episode.
    expect(chapters.length).toBeGreaterThanOrEqual(9);
    expect(chapters.length).toBeLessThanOrEqual(18);
    const sentenceStarts = new Set(transcript.sentences.map((s) => s.start));
    for (const c of chapters) expect(sentenceStarts.has(c.start)).toBe(true);
    for (let i = 1; i < chapters.length; i++)
      expect(chapters[i]!.startTime - chapters[i - 1]!.startTime).toBeGreaterThanOrEqual(
        config.segmentation.minChapterSeconds,
      );
  });
});
