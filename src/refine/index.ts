import { z } from 'zod';
import type { Warning } from '../errors.js';
import type { Chapter, Episode } from '../model/episode.js';
import type { Transcript } from '../model/transcript.js';
import type { Corrector } from '../text/corrections.js';
import { passageText } from '../summarise/passage.js';

/**
 * The language-model stage's pure part: what one chapter is sent as
 * (numbered sentences with speakers), how a reply is checked, and how an
 * accepted reply replaces the extracted title and one-liner. Requests,
 * retries and the reply cache live in the build (`src/build/llm.ts`).
 */

/** One chapter as the model sees it: `[s123] Name: text`. */
export interface ChapterInput {
  chapter: number;
  sentences: { id: string; speaker: string; text: string }[];
  /** Sentence indexes of the chapter, including any left out for the context budget. */
  ids: ReadonlySet<number>;
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
      const text = passageText(t, s.firstWord, s.endWord, correct).display;
      const speaker = names.get(t.turns[s.turn]?.speaker ?? '') ?? 'Speaker';
      if (!text || used + text.length > budgetChars) return;
      used += text.length + speaker.length + 10;
      sentences.push({ id: `s${i}`, speaker, text });
    });
    return { chapter: index, sentences, ids };
  });
}

/** The reply the prompt asks for. Anything else in it (quote text, say) is ignored. */
export const chapterReply = z.object({
  title: z.string().trim().min(1).max(120),
  summary: z.string().trim().min(1).max(400),
  cites: z.array(z.string()).default([]),
});
export type ChapterReply = z.output<typeof chapterReply>;

/** Words the model may use as names and numbers: the transcript's, the people's and the glossary's. */
export function vocabulary(t: Transcript, people: readonly string[], glossary: readonly string[]): Set<string> {
  const known = new Set<string>();
  for (const text of [t.text, ...people, ...glossary, ...t.speakers.map((s) => s.name)])
    for (const token of tokens(text)) known.add(token);
  return known;
}

function tokens(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => w.replace(/(?<=\p{L})s$/u, ''));
}

/** A capitalised word (not opening a sentence) or a number the transcript, people and glossary never use. */
export function ungrounded(text: string, known: ReadonlySet<string>): string | undefined {
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? [];
  for (const word of words) {
    const name = /^\p{Lu}/u.test(word) || /\p{N}/u.test(word);
    if (!name) continue;
    for (const part of tokens(word)) if (part.length > 1 || /\p{N}/u.test(part)) if (!known.has(part)) return word;
  }
  return undefined;
}

export interface ReplyContext {
  file: string;
  t: Transcript;
  known: ReadonlySet<string>;
  correct: Corrector;
}

/**
 * The chapter with what the model wrote where it holds up: a title naming
 * nothing outside the transcript, a summary citing sentences of this chapter
 * only. What fails keeps the extracted text, with a warning saying why.
 */
export function applyChapterReply(
  chapter: Chapter,
  input: ChapterInput,
  raw: string,
  ctx: ReplyContext,
): { chapter: Chapter; warnings: Warning[] } {
  const warnings: Warning[] = [];
  const item = `chapter ${input.chapter + 1}`;
  const warn = (what: string, why: string, rule: string) =>
    warnings.push({ file: ctx.file, message: `${item} ${what}: ${why}; kept the extracted one`, rule });
  const extracted: Chapter = { ...chapter, origin: { title: 'extracted', summary: 'extracted' } };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    warn('title and summary', 'the language model did not reply with JSON', 'llm/malformed');
    return { chapter: extracted, warnings };
  }
  const parsed = chapterReply.safeParse(json);
  if (!parsed.success) {
    warn('title and summary', 'the language model reply lacks a title, summary or cites', 'llm/malformed');
    return { chapter: extracted, warnings };
  }
  const reply = parsed.data;
  const result: Chapter = { ...extracted, origin: { ...extracted.origin! } };

  const badTitle = ungrounded(reply.title, ctx.known);
  if (badTitle)
    warn('title', `the model's title names "${badTitle}", which the transcript never does`, 'llm/ungrounded');
  else {
    result.title = ctx.correct(reply.title);
    result.origin!.title = 'model';
  }

  const cited = reply.cites.map((id) => (/^s\d+$/.test(id) ? Number(id.slice(1)) : -1));
  const badSummary = ungrounded(reply.summary, ctx.known);
  if (cited.length === 0) warn('summary', "the model's summary cites no sentence", 'llm/uncited');
  else if (cited.some((i) => !input.ids.has(i)))
    warn(
      'summary',
      `the model's summary cites ${reply.cites.find((_, k) => !input.ids.has(cited[k]!))}, outside the chapter`,
      'llm/outside-chapter',
    );
  else if (badSummary)
    warn('summary', `the model's summary names "${badSummary}", which the transcript never does`, 'llm/ungrounded');
  else {
    const sentences = [...new Set(cited)].sort((a, b) => a - b).map((i) => ctx.t.sentences[i]!);
    result.summary = ctx.correct(reply.summary);
    result.summarySource = { start: sentences[0]!.start, end: sentences.at(-1)!.end };
    result.summaryTime = sentences[0]!.startTime;
    result.origin!.summary = 'model';
  }
  return { chapter: result, warnings };
}

/**
 * After the producer's edits: a title or summary the edits changed (or a
 * chapter the edits added) is `edited`. Only chapters that carry an origin
 * (a model was configured) are marked.
 */
export function markEdited(before: Episode, after: Episode): Episode {
  if (!before.chapters.some((c) => c.origin)) return after;
  const byStart = new Map(before.chapters.map((c) => [c.source.start, c]));
  return {
    ...after,
    chapters: after.chapters.map((c) => {
      const was = byStart.get(c.source.start);
      const origin = was?.origin ?? c.origin;
      if (!was || !origin) return { ...c, origin: { title: 'edited', summary: 'edited' } };
      return {
        ...c,
        origin: {
          title: c.title === was.title ? origin.title : 'edited',
          summary: c.summary === was.summary ? origin.summary : 'edited',
        },
      };
    }),
  };
}
