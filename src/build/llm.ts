import { createHash } from 'node:crypto';
import * as z from 'zod';
import type { LlmOptions, ResolvedConfig } from '../config/schema.js';
import type { Warning } from '../errors.js';
import { readReply, writeReply } from '../write/reply-cache.js';
import type { Episode } from '../model/episode.js';
import type { Transcript } from '../model/transcript.js';
import {
  applyChapterReply,
  applySummaryReply,
  chapterInputs,
  summaryInputs,
  vocabulary,
  withSummaryOrigin,
} from '../refine/index.js';
import { loadTemplate } from '../render/templates.js';
import type { Corrector } from '../text/corrections.js';
import { stableJson } from './fingerprint.js';

/** Requests made, tokens in and out (the replies' `usage`) and time spent, per episode. */
export interface LlmStats {
  requests: number;
  cached: number;
  tokensIn: number;
  tokensOut: number;
  ms: number;
}

export interface LlmDeps {
  /** Waits between retries; tests pass one that does not wait. */
  sleep?: (ms: number) => Promise<void>;
}

const RETRIES = 3;
const usage = z.object({ prompt_tokens: z.number().optional(), completion_tokens: z.number().optional() }).optional();
const completion = z.object({
  choices: z.array(z.object({ message: z.object({ content: z.string().nullable() }) })).min(1),
  usage,
});

/** A failure that makes further requests pointless (refused connection, timeout): one warning for the episode. */
class Unreachable extends Error {}

/**
 * The optional language-model step, between summarise and the producer's
 * edits: each chapter is sent on its own (numbered sentences, within the
 * context budget), a few at a time; the replies are checked and cached by
 * a hash of model, prompt and inputs. No model configured: the episode is
 * returned as it is. Never throws: a failure keeps the extracted items,
 * with a warning.
 */
export async function refineWithModel(
  episode: Episode,
  t: Transcript,
  config: ResolvedConfig,
  correct: Corrector,
  deps: LlmDeps = {},
): Promise<{ episode: Episode; warnings: Warning[]; stats?: LlmStats }> {
  const llm = config.llm;
  if (!llm) return { episode, warnings: [] };
  const started = performance.now();
  const stats: LlmStats = { requests: 0, cached: 0, tokensIn: 0, tokensOut: 0, ms: 0 };
  const file = t.path;
  const system = loadTemplate('llm/system.txt.hbs', 'text', config.templates)({});
  const prompt = loadTemplate('llm/chapter.txt.hbs', 'text', config.templates);
  const inputs = chapterInputs(episode, t, correct, llm.contextBudget * 4);
  const people = [...config.people.hosts, ...config.people.guests].flatMap((p) => [p.name, ...(p.aliases ?? [])]);
  const known = vocabulary(t, people, Object.values(config.corrections));
  const key = llm.apiKeyEnv ? process.env[llm.apiKeyEnv] : undefined;
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  let down: string | undefined;

  /** The reply's content, from the cache or the endpoint; undefined (with a warning in `sink`) when there is none. */
  const complete = async (messages: object[], what: string, sink: Warning[]): Promise<string | undefined> => {
    const body = { model: llm.model, temperature: llm.temperature, response_format: { type: 'json_object' }, messages };
    const hash = createHash('sha256')
      .update(stableJson({ baseUrl: llm.baseUrl, ...body }))
      .digest('hex');
    const cached = await readReply(llm.cacheDir, hash);
    if (cached !== undefined) {
      stats.cached++;
      return cached;
    }
    if (down) return undefined;
    try {
      const content = await request(llm, body, key, stats, sleep);
      await writeReply(llm.cacheDir, hash, llm.model, content);
      return content;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      if (error instanceof Unreachable) down ??= reason;
      else sink.push({ file, message: `${what}: ${reason}; kept the extracted ones`, rule: 'llm/request' });
      return undefined;
    }
  };

  const chapters = [...episode.chapters];
  const takeaways = new Map<number, Episode['takeaways'][number]>();
  // Warnings kept per chapter, so they read in chapter order whatever order the replies came in.
  const chapterWarnings: Warning[][] = chapters.map(() => []);
  const one = async (index: number) => {
    const input = inputs[index]!;
    const chapter = episode.chapters[index]!;
    const messages = [
      { role: 'system', content: system },
      {
        role: 'user',
        content: prompt({
          podcast: config.podcast.title,
          episode: episode.title,
          number: index + 1,
          chapters: episode.chapters.length,
          title: chapter.title,
          sentences: input.sentences,
          takeaways: input.takeaways,
        }),
      },
    ];
    const content = await complete(
      messages,
      `chapter ${index + 1} title, summary and takeaways`,
      chapterWarnings[index]!,
    );
    if (content === undefined) {
      chapters[index] = { ...chapter, origin: { title: 'extracted', summary: 'extracted' } };
      return;
    }
    const applied = applyChapterReply(chapter, input, content, { file, t, known, correct }, episode.takeaways);
    chapters[index] = applied.chapter;
    for (const [k, takeaway] of applied.takeaways) takeaways.set(k, takeaway);
    chapterWarnings[index]!.push(...applied.warnings);
  };

  let next = 0;
  const runners = Array.from({ length: Math.min(llm.maxConcurrency, chapters.length) }, async () => {
    while (next < chapters.length) await one(next++);
  });
  await Promise.all(runners);
  // The episode summary last, from the chapters as they now stand.
  const summaryInput = summaryInputs(chapters, inputs);
  const summaryWarnings: Warning[] = [];
  const summaryReply = await complete(
    [
      { role: 'system', content: loadTemplate('llm/summary-system.txt.hbs', 'text', config.templates)({}) },
      {
        role: 'user',
        content: loadTemplate(
          'llm/summary.txt.hbs',
          'text',
          config.templates,
        )({
          podcast: config.podcast.title,
          episode: episode.title,
          people: [...new Set(people.slice(0, 20))],
          chapters: summaryInput.chapters,
        }),
      },
    ],
    'episode summary',
    summaryWarnings,
  );
  const summary =
    summaryReply === undefined
      ? { origin: 'extracted' as const, warnings: [] }
      : applySummaryReply(summaryReply, summaryInput.ids, { file, t, known, correct });
  const unavailable: Warning[] = down
    ? [
        {
          file,
          message: `language model at ${llm.baseUrl} unavailable (${down}); kept the extracted titles, summaries and takeaways`,
          rule: 'llm/unavailable',
        },
      ]
    : [];
  const warnings = [...unavailable, ...chapterWarnings.flat(), ...summaryWarnings, ...summary.warnings];
  stats.ms = Math.round(performance.now() - started);
  const written = episode.takeaways.map((k, i) => takeaways.get(i) ?? { ...k, origin: 'extracted' as const });
  const refined: Episode = { ...episode, chapters, takeaways: written };
  if (summary.origin === 'model') {
    refined.summary = summary.text!;
    refined.summarySources = summary.sources!;
  }
  return { episode: withSummaryOrigin(refined, summary.origin), warnings, stats };
}

/** One chat completion, retried with backoff on 429 and 5xx. The key goes in the header only, never in a message. */
async function request(
  llm: LlmOptions,
  body: object,
  key: string | undefined,
  stats: LlmStats,
  sleep: (ms: number) => Promise<void>,
): Promise<string> {
  const url = `${llm.baseUrl.replace(/\/+$/, '')}/chat/completions`;
  for (let attempt = 0; ; attempt++) {
    let response: Response;
    stats.requests++;
    try {
      response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(llm.timeoutSeconds * 1000),
      });
    } catch (error) {
      const name = error instanceof Error ? error.name : '';
      if (name === 'TimeoutError' || name === 'AbortError')
        throw new Unreachable(`no reply within ${llm.timeoutSeconds} seconds`);
      const code = (error as { cause?: { code?: string } }).cause?.code;
      throw new Unreachable(code ? `connection failed: ${code}` : 'connection failed');
    }
    if ((response.status === 429 || response.status >= 500) && attempt < RETRIES) {
      await response.body?.cancel();
      const after = Number(response.headers.get('retry-after'));
      await sleep(Number.isFinite(after) && after > 0 ? Math.min(after, 30) * 1000 : 500 * 2 ** attempt);
      continue;
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw new Error(`the language model answered HTTP ${response.status}`);
    }
    let parsed;
    try {
      parsed = completion.safeParse(await response.json());
    } catch {
      throw new Error('the language model answered with something other than JSON');
    }
    if (!parsed.success) throw new Error('the language model answered without a chat completion');
    stats.tokensIn += parsed.data.usage?.prompt_tokens ?? 0;
    stats.tokensOut += parsed.data.usage?.completion_tokens ?? 0;
    return parsed.data.choices[0]!.message.content ?? '';
  }
}
