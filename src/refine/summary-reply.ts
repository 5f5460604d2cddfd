import * as z from 'zod';
import type { Warning } from '../errors.js';
import type { Episode, Origin, Source } from '../model/episode.js';
import type { ReplyContext } from './chapter-reply.js';
import { citedSentences, ungrounded } from './grounding.js';

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
  const cited = citedSentences(parsed.data.cites);
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
