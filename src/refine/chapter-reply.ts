import * as z from 'zod';
import type { Warning } from '../errors.js';
import type { Chapter, Takeaway } from '../model/episode.js';
import type { Transcript } from '../model/transcript.js';
import type { Corrector } from '../text/corrections.js';
import { citedSentences, ungrounded } from './grounding.js';
import type { ChapterInput } from './inputs.js';

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
  const cited = citedSentences(cites);
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
