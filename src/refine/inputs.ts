import type { Episode, Chapter } from '../model/episode.js';
import type { Transcript } from '../model/transcript.js';
import type { Corrector } from '../text/corrections.js';
import { passageText } from '../summarise/passage.js';

/** One chapter as the model sees it: `[s123] Name: text`. */
export interface ChapterInput {
  chapter: number;
  sentences: { id: string; speaker: string; text: string }[];
  /** Sentence indexes of the chapter, including any left out for the context budget. */
  ids: ReadonlySet<number>;
  /** The episode's extracted takeaways said in this chapter, to be rewritten: `t<index into episode.takeaways>`. */
  takeaways: { id: string; text: string }[];
}

export function chapterInputs(
  episode: Episode,
  t: Transcript,
  correct: Corrector,
  budgetChars: number,
): ChapterInput[] {
  const names = new Map(t.speakers.map((s) => [s.id, s.name]));
  return episode.chapters.map((chapter, index) => {
    const ids = new Set<number>();
    const sentences: ChapterInput['sentences'] = [];
    let used = 0;
    t.sentences.forEach((s, i) => {
      if (s.start < chapter.source.start || s.end > chapter.source.end) return;
      ids.add(i);
      if (used > budgetChars) return;
      const text = passageText(t, s.firstWord, s.endWord, correct).display;
      const speaker = names.get(t.turns[s.turn]?.speaker ?? '') ?? 'Speaker';
      if (!text) return;
      used += text.length + speaker.length + 10;
      // Past the budget the rest of the chapter is left out: the model sees its opening, never a patchwork.
      if (used > budgetChars && sentences.length > 0) return;
      sentences.push({ id: `s${i}`, speaker, text });
    });
    const takeaways = episode.takeaways
      .map((k, i) => ({ id: `t${i}`, text: k.text, start: k.source.start }))
      .filter((k) => k.start >= chapter.source.start && k.start < chapter.source.end)
      .map(({ id, text }) => ({ id, text }));
    return { chapter: index, sentences, ids, takeaways };
  });
}

/** What the episode summary request shows: each chapter's title and one-liner, and its first sentences to cite. */
export function summaryInputs(
  chapters: readonly Chapter[],
  inputs: readonly ChapterInput[],
): {
  chapters: { number: number; title: string; summary: string; sentences: ChapterInput['sentences'] }[];
  ids: Set<number>;
} {
  const ids = new Set<number>();
  const shown = chapters.map((c, i) => {
    const sentences = (inputs[i]?.sentences ?? []).slice(0, 3);
    for (const s of sentences) ids.add(Number(s.id.slice(1)));
    return { number: i + 1, title: c.title, summary: c.summary, sentences };
  });
  return { chapters: shown, ids };
}
