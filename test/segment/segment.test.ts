import { describe, expect, it } from 'vitest';
import { panelFile, runContent, seedConfig, seedFile } from '../summarise/helpers.js';

describe('segment on the seed interview', () => {
  const { transcript: t, spans } = runContent(seedFile, seedConfig, 4260);

  it('covers the whole transcript with contiguous chapters in order', () => {
    expect(spans[0]!.firstSentence).toBe(0);
    expect(spans.at(-1)!.endSentence).toBe(t.sentences.length);
    for (let i = 1; i < spans.length; i++) expect(spans[i]!.firstSentence).toBe(spans[i - 1]!.endSentence);
  });

  it('gives the cold open, the introduction and the outro their own chapters', () => {
    expect(spans[0]!.kind).toBe('cold-open');
    expect(spans[1]!.kind).toBe('introduction');
    expect(spans.at(-1)!.kind).toBe('outro');
  });

  it('starts every topic chapter at a turn', () => {
    const turnStarts = new Set(t.turns.map((turn) => turn.firstSentence));
    for (const s of spans.filter((x) => x.kind === 'topic')) expect(turnStarts.has(s.firstSentence)).toBe(true);
  });

  it('adapts the chapter count to the length, with no chapter under the minimum length', () => {
    const topics = spans.filter((s) => s.kind === 'topic');
    // 71 minutes at one chapter per 5 minutes: about 13, never a handful or dozens.
    expect(topics.length).toBeGreaterThanOrEqual(9);
    expect(topics.length).toBeLessThanOrEqual(18);
    for (const s of topics) expect(s.endTime - s.startTime).toBeGreaterThanOrEqual(90);
  });

  it('is deterministic', () => {
    const again = runContent(seedFile, seedConfig, 4260).spans;
    expect(JSON.stringify(again)).toBe(JSON.stringify(spans));
  });
});

describe('segment on a short panel interview', () => {
  it('opens topics at the host questions that introduce them', () => {
    const { transcript: t, spans } = runContent(
      panelFile,
      {
        people: { hosts: [{ name: 'Dana Host', aliases: [] }], guests: [] },
        segmentation: { minutesPerChapter: 5, minChapterSeconds: 60 },
      },
      1200,
    );
    const openings = spans.map((s) => t.text.slice(s.start, s.start + 40));
    expect(spans[0]!.kind).toBe('introduction');
    expect(openings.some((o) => o.startsWith("Let's talk about deployment"))).toBe(true);
    expect(spans.at(-1)!.kind).toBe('outro');
  });
});
