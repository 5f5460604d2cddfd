import { z } from 'zod';
import type { Warning } from '../errors.js';
import type { Chapter, Episode, Origin, Source, Takeaway } from '../model/episode.js';
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

/** The reply the prompt asks for. Anything else in it (quote text, say) is ignored. */
export const chapterReply = z.object({
  title: z.string().trim().min(1).max(120),
  summary: z.string().trim().min(1).max(400),
  cites: z.array(z.string()).default([]),
  /** Checked one by one: a bad takeaway does not cost the title and summary. */
  takeaways: z.array(z.unknown()).default([]),
});
const takeawayReply = z.object({
  id: z.string(),
  text: z.string().trim().min(1).max(300),
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
  takeaways: readonly Takeaway[] = [],
): { chapter: Chapter; takeaways: Map<number, Takeaway>; warnings: Warning[] } {
  const warnings: Warning[] = [];
  const rewritten = new Map<number, Takeaway>();
  const item = `chapter ${input.chapter + 1}`;
  const warn = (what: string, why: string, rule: string) =>
    warnings.push({ file: ctx.file, message: `${item} ${what}: ${why}; kept the extracted one`, rule });
  const extracted: Chapter = { ...chapter, origin: { title: 'extracted', summary: 'extracted' } };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    warn('title and summary', 'the language model did not reply with JSON', 'llm/malformed');
    return { chapter: extracted, takeaways: rewritten, warnings };
  }
  const parsed = chapterReply.safeParse(json);
  if (!parsed.success) {
    warn('title and summary', 'the language model reply lacks a title, summary or cites', 'llm/malformed');
    return { chapter: extracted, takeaways: rewritten, warnings };
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

  const summary = grounded(reply.summary, reply.cites, input, ctx);
  if (!summary.ok) warn('summary', `the model's summary ${summary.why}`, summary.rule);
  else {
    result.summary = ctx.correct(reply.summary);
    result.summarySource = summary.source;
    result.summaryTime = summary.startTime;
    result.origin!.summary = 'model';
  }

  for (const entry of reply.takeaways) {
    const parsed = takeawayReply.safeParse(entry);
    const index = parsed.success && /^t\d+$/.test(parsed.data.id) ? Number(parsed.data.id.slice(1)) : -1;
    const original = takeaways[index];
    if (!parsed.success || !original || !input.takeaways.some((k) => k.id === parsed.data.id)) {
      warnings.push({
        file: ctx.file,
        message: `${item} takeaway: the model's reply names no takeaway of this chapter; ignored`,
        rule: 'llm/malformed',
      });
      continue;
    }
    const check = grounded(parsed.data.text, parsed.data.cites, input, ctx);
    const what = `takeaway ${index + 1}`;
    if (!check.ok) {
      warn(what, `the model's takeaway ${check.why}`, check.rule);
      continue;
    }
    rewritten.set(index, {
      text: ctx.correct(parsed.data.text),
      speaker: check.speaker,
      startTime: check.startTime,
      source: check.source,
      origin: 'model',
    });
  }
  return { chapter: result, takeaways: rewritten, warnings };
}

/** Where a generated sentence rests, or why it does not: no citation, a citation outside the chapter, an unknown name. */
function grounded(
  text: string,
  cites: readonly string[],
  input: ChapterInput,
  ctx: ReplyContext,
):
  | { ok: false; why: string; rule: string }
  | { ok: true; source: { start: number; end: number }; startTime: number; speaker: string } {
  const cited = cites.map((id) => (/^s\d+$/.test(id) ? Number(id.slice(1)) : -1));
  if (cited.length === 0) return { ok: false, why: 'cites no sentence', rule: 'llm/uncited' };
  const outside = cites.find((_, k) => !input.ids.has(cited[k]!));
  if (outside !== undefined)
    return { ok: false, why: `cites ${outside}, outside the chapter`, rule: 'llm/outside-chapter' };
  const unknown = ungrounded(text, ctx.known);
  if (unknown) return { ok: false, why: `names "${unknown}", which the transcript never does`, rule: 'llm/ungrounded' };
  const sentences = [...new Set(cited)].sort((a, b) => a - b).map((i) => ctx.t.sentences[i]!);
  const first = sentences[0]!;
  const speakerId = ctx.t.turns[first.turn]?.speaker;
  return {
    ok: true,
    source: { start: first.start, end: sentences.at(-1)!.end },
    startTime: first.startTime,
    speaker: ctx.t.speakers.find((sp) => sp.id === speakerId)?.name ?? '',
  };
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
    ...(after.summary !== before.summary && after.summaryOrigin ? { summaryOrigin: 'edited' as const } : {}),
    // The edits file replaces the takeaways as a whole: pinned ones are the producer's.
    takeaways:
      after.takeaways === before.takeaways
        ? after.takeaways
        : after.takeaways.map((k) => ({ ...k, origin: 'edited' as const })),
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

const summaryReply = z.object({
  summary: z.string().trim().min(1).max(1500),
  cites: z.array(z.string()).default([]),
});

/** The model's episode summary where it holds up: it cites shown sentences and names nothing unknown. */
export function applySummaryReply(
  raw: string,
  ids: ReadonlySet<number>,
  ctx: ReplyContext,
): { origin: Origin; text?: string; sources?: Source[]; warnings: Warning[] } {
  const warn = (why: string, rule: string) => ({
    origin: 'extracted' as const,
    warnings: [{ file: ctx.file, message: `episode summary: ${why}; kept the extracted one`, rule }],
  });
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return warn('the language model did not reply with JSON', 'llm/malformed');
  }
  const parsed = summaryReply.safeParse(json);
  if (!parsed.success) return warn('the language model reply lacks a summary or cites', 'llm/malformed');
  const cited = parsed.data.cites.map((id) => (/^s\d+$/.test(id) ? Number(id.slice(1)) : -1));
  if (cited.length === 0) return warn("the model's summary cites no sentence", 'llm/uncited');
  const unknownId = parsed.data.cites.find((_, k) => !ids.has(cited[k]!));
  if (unknownId !== undefined)
    return warn(`the model's summary cites ${unknownId}, which it was not shown`, 'llm/outside-chapter');
  const unknown = ungrounded(parsed.data.summary, ctx.known);
  if (unknown) return warn(`the model's summary names "${unknown}", which the transcript never does`, 'llm/ungrounded');
  const sources = [...new Set(cited)]
    .sort((a, b) => a - b)
    .map((i) => ({ start: ctx.t.sentences[i]!.start, end: ctx.t.sentences[i]!.end }));
  return { origin: 'model', text: ctx.correct(parsed.data.summary), sources, warnings: [] };
}

/** The episode with `summaryOrigin` right after `summarySources`, the order episode.json shows. */
export function withSummaryOrigin(episode: Episode, origin: Origin): Episode {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(episode)) {
    if (key === 'summaryOrigin') continue;
    out[key] = value;
    if (key === 'summarySources') out.summaryOrigin = origin;
  }
  return out as unknown as Episode;
}
