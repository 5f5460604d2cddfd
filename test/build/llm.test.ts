import { copyFile, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEpisode } from '../../src/build/episode.js';
import type { EpisodeResult } from '../../src/build/types.js';
import type { UserConfig } from '../../src/config/schema.js';
import type { Episode } from '../../src/model/episode.js';
import { fileText, seed, testConfig } from '../helpers/build.js';
import { goodReply, startStub, type Stub } from '../helpers/llm-stub.js';

const KEY_ENV = 'CASTWRIGHT_TEST_LLM_KEY';
const KEY = 'sk-test-4f9a1c7e2b-never-written';
const selected = new Set(['episode', 'show-notes', 'chapters']);

let stub: Stub;
let plain: Episode;

beforeAll(async () => {
  process.env[KEY_ENV] = KEY;
  stub = await startStub();
  plain = episodeOf(await buildEpisode(seed, 'ep', testConfig(), selected));
});
afterAll(async () => {
  delete process.env[KEY_ENV];
  await stub.close();
});

function episodeOf(result: EpisodeResult): Episode {
  expect(result.ok, result.error).toBe(true);
  return JSON.parse(fileText(result.files, 'episode.json')) as Episode;
}

async function modelBuild(llm: Partial<NonNullable<UserConfig['llm']>> = {}, sleeps: number[] = []) {
  const cacheDir = await mkdtemp(path.join(tmpdir(), 'castwright-llm-'));
  const config = testConfig({ llm: { baseUrl: stub.url, model: 'stub-model', apiKeyEnv: KEY_ENV, cacheDir, ...llm } });
  const before = stub.requests.length;
  stub.attempts.clear();
  const result = await buildEpisode(seed, 'ep', config, selected, {
    llm: { sleep: async (ms) => void sleeps.push(ms) },
  });
  return { result, episode: episodeOf(result), cacheDir, requests: stub.requests.length - before, config };
}

const rules = (r: EpisodeResult) => r.warnings.filter((w) => w.rule?.startsWith('llm/'));

describe('language model stage, against a local chat-completions stub', () => {
  it('a good reply replaces chapter titles and one-liners, cites its sentences, and is cached', async () => {
    stub.answer = (chapter) => ({ content: goodReply(chapter) });
    const { result, episode, cacheDir, requests, config } = await modelBuild();
    expect(requests).toBe(plain.chapters.length + 1);
    expect(stub.requests.at(-1)!.body.response_format).toEqual({ type: 'json_object' });
    expect(stub.requests.at(-1)!.authorization).toBe(`Bearer ${KEY}`);
    expect(rules(result)).toEqual([]);
    for (const [i, chapter] of episode.chapters.entries()) {
      expect(chapter.origin).toEqual({ title: 'model', summary: 'model' });
      expect(chapter.title).toMatch(/^about /);
      expect(chapter.title).not.toBe(plain.chapters[i]!.title);
      expect(chapter.summarySource!.start).toBeGreaterThanOrEqual(chapter.source.start);
      expect(chapter.summarySource!.end).toBeLessThanOrEqual(chapter.source.end);
      expect(chapter.summaryTime).toBeGreaterThanOrEqual(chapter.startTime);
    }
    expect(fileText(result.files, 'show-notes.md')).toContain(episode.chapters[0]!.summary);
    expect(episode.takeaways.length).toBe(plain.takeaways.length);
    expect(episode.takeaways.length).toBeGreaterThan(0);
    for (const takeaway of episode.takeaways) {
      expect(takeaway.origin).toBe('model');
      expect(takeaway.text).toMatch(/^The speakers say |^the speakers say /);
      const chapter = episode.chapters.find(
        (c) => c.source.start <= takeaway.source.start && takeaway.source.end <= c.source.end,
      );
      expect(chapter).toBeDefined();
    }
    // Quotes are never the model's: the verbatim candidates stay as they were.
    expect(episode.quotes).toEqual(plain.quotes);
    expect(result.llm).toMatchObject({ requests, cached: 0, tokensIn: 100 * requests });
    expect(episode.summary).toMatch(/^the speakers go into /i);
    expect(episode.summaryOrigin).toBe('model');
    expect(Object.keys(episode).indexOf('summaryOrigin')).toBe(Object.keys(episode).indexOf('summarySources') + 1);
    expect(episode.summarySources.length).toBeGreaterThan(0);

    // A rebuild with nothing changed makes no request and writes the same bytes.
    const sent = stub.requests.length;
    const again = await buildEpisode(seed, 'ep', config, selected);
    expect(stub.requests.length).toBe(sent);
    expect(again.llm).toMatchObject({ requests: 0, cached: requests });
    expect(again.files.map((f) => f.contents)).toEqual(result.files.map((f) => f.contents));

    // The key appears in no written file, no cache file, no warning.
    const written = [...result.files.map((f) => String(f.contents)), JSON.stringify(result.warnings)];
    for (const file of await readdir(cacheDir)) written.push(await readFile(path.join(cacheDir, file), 'utf8'));
    expect(written.some((text) => text.includes(KEY))).toBe(false);
  });

  it("the producer's edits win over the model, and their items are marked edited", async () => {
    stub.answer = (chapter) => ({ content: goodReply(chapter) });
    const dir = await mkdtemp(path.join(tmpdir(), 'castwright-llm-edits-'));
    const input = path.join(dir, 'ep.txt');
    await copyFile(seed, input);
    const edits = ['version: 1', 'summary: "A pinned summary."', 'takeaways:', '  - "First takeaway"', 'chapters:'];
    edits.push('  - chapter: 2', '    title: "Meet the guest"', '');
    await writeFile(path.join(dir, 'ep.edits.yaml'), edits.join('\n'));
    const config = testConfig({ llm: { baseUrl: stub.url, model: 'stub-model', cacheDir: path.join(dir, 'cache') } });
    const episode = episodeOf(await buildEpisode(input, 'ep', config, selected));
    expect(episode.chapters[1]).toMatchObject({
      title: 'Meet the guest',
      origin: { title: 'edited', summary: 'model' },
    });
    expect(episode.chapters[2]!.origin).toEqual({ title: 'model', summary: 'model' });
    expect(episode).toMatchObject({ summary: 'A pinned summary.', summaryOrigin: 'edited' });
    expect(episode.takeaways).toEqual([expect.objectContaining({ text: 'First takeaway', origin: 'edited' })]);
  });

  it('sends a chapter longer than the context budget cut to its opening sentences', async () => {
    stub.answer = (chapter) => ({ content: goodReply(chapter) });
    const { requests, episode } = await modelBuild({ contextBudget: 20 });
    const prompts = stub.requests.slice(-requests).map((r) => r.body.messages.find((m) => m.role === 'user')!.content);
    const chapterPrompts = prompts.filter((p) => /Chapter \d+ of/.test(p));
    expect(chapterPrompts).toHaveLength(plain.chapters.length);
    for (const prompt of chapterPrompts) {
      const shown = prompt.match(/^\[s\d+\] /gm)!;
      expect(shown.length).toBeGreaterThanOrEqual(1);
      expect(shown.length).toBeLessThanOrEqual(4);
    }
    expect(episode.chapters.every((c) => c.origin?.title === 'model')).toBe(true);
  });

  it('ignores quote text in a reply: quotes are chosen by id only', async () => {
    stub.answer = (chapter) => ({
      content: JSON.stringify({
        ...(JSON.parse(goodReply(chapter)) as object),
        quotes: [{ text: 'Words nobody in this episode ever said out loud.' }],
      }),
    });
    const { episode } = await modelBuild();
    expect(episode.quotes).toEqual(plain.quotes);
    expect(JSON.stringify(episode)).not.toContain('nobody in this episode');
  });

  it('a summary citing a sentence outside its chapter keeps the extracted one-liner, with a warning', async () => {
    stub.answer = (chapter) => ({
      content: JSON.stringify({ ...(JSON.parse(goodReply(chapter)) as object), cites: ['s999999'] }),
    });
    const { result, episode } = await modelBuild();
    expect(episode.chapters.map((c) => c.summary)).toEqual(plain.chapters.map((c) => c.summary));
    expect(episode.chapters.every((c) => c.origin?.summary === 'extracted' && c.origin.title === 'model')).toBe(true);
    const warnings = rules(result);
    expect(warnings).toHaveLength(plain.chapters.length + 1);
    expect(warnings[0]).toMatchObject({ file: seed, rule: 'llm/outside-chapter' });
    expect(warnings[0]!.message).toMatch(/^chapter 1 summary: .*s999999, outside the chapter/);
    // The episode summary may cite only sentences it was shown.
    expect(warnings.at(-1)!.message).toMatch(
      /^episode summary: .*s999999, which it was not shown; kept the extracted one$/,
    );
    expect(episode.summary).toBe(plain.summary);
    expect(episode.summaryOrigin).toBe('extracted');
  });

  it('a takeaway citing a sentence outside its chapter keeps the extracted takeaway, with a warning', async () => {
    stub.answer = (chapter) => {
      const reply = JSON.parse(goodReply(chapter)) as { takeaways: { cites: string[] }[] };
      for (const k of reply.takeaways) k.cites = ['s0', 's999999'];
      return { content: JSON.stringify(reply) };
    };
    const { result, episode } = await modelBuild();
    expect(episode.takeaways.map((k) => k.text)).toEqual(plain.takeaways.map((k) => k.text));
    expect(episode.takeaways.every((k) => k.origin === 'extracted')).toBe(true);
    expect(episode.chapters.every((c) => c.origin?.title === 'model' && c.origin.summary === 'model')).toBe(true);
    const warning = rules(result).find((w) => w.message.includes('takeaway 1:'));
    expect(warning).toMatchObject({ rule: 'llm/outside-chapter' });
    expect(warning!.message).toMatch(
      /^chapter \d+ takeaway 1: the model's takeaway cites s\d+, outside the chapter; kept the extracted one$/,
    );
  });

  it('a title naming a person who is not in the episode is rejected, the rest of the reply kept', async () => {
    stub.answer = (chapter) => ({
      content: JSON.stringify({ ...(JSON.parse(goodReply(chapter)) as object), title: 'Zorblax Quentin on scaling' }),
    });
    const { result, episode } = await modelBuild();
    expect(episode.chapters.map((c) => c.title)).toEqual(plain.chapters.map((c) => c.title));
    expect(episode.chapters.every((c) => c.origin?.title === 'extracted' && c.origin.summary === 'model')).toBe(true);
    expect(rules(result)[0]).toMatchObject({ rule: 'llm/ungrounded' });
    expect(rules(result)[0]!.message).toContain('"Zorblax"');
  });

  it('malformed JSON keeps the extracted items, one warning per chapter', async () => {
    stub.answer = () => ({ content: '{"title": "unfinished' });
    const { result, episode } = await modelBuild();
    expect(episode.chapters.map((c) => [c.title, c.summary])).toEqual(plain.chapters.map((c) => [c.title, c.summary]));
    expect(rules(result).every((w) => w.rule === 'llm/malformed')).toBe(true);
    expect(rules(result)).toHaveLength(plain.chapters.length + 1);
    expect(episode.summary).toBe(plain.summary);
  });

  it('429 and 500 are retried with backoff; a server that keeps failing is a warning, not a failed build', async () => {
    stub.answer = (chapter, attempt) =>
      attempt === 0 ? { status: chapter.number % 2 ? 429 : 503 } : { content: goodReply(chapter) };
    const sleeps: number[] = [];
    const retried = await modelBuild({}, sleeps);
    expect(retried.requests).toBe(2 * (plain.chapters.length + 1));
    expect(sleeps).toHaveLength(plain.chapters.length + 1);
    expect(retried.episode.chapters.every((c) => c.origin?.title === 'model')).toBe(true);

    stub.answer = () => ({ status: 500 });
    const failing = await modelBuild({ maxConcurrency: 4 });
    expect(failing.result.ok).toBe(true);
    expect(rules(failing.result)[0]).toMatchObject({ rule: 'llm/request' });
    expect(rules(failing.result)[0]!.message).toContain('HTTP 500');
    expect(failing.episode.chapters.map((c) => c.title)).toEqual(plain.chapters.map((c) => c.title));
  });

  it('a timeout or a refused connection keeps the extracted items, with one clear warning', async () => {
    stub.answer = (chapter) => ({ content: goodReply(chapter), delayMs: 3000 });
    const slow = await modelBuild({ timeoutSeconds: 0.3, maxConcurrency: 1 });
    expect(slow.requests).toBe(1);
    expect(rules(slow.result)).toEqual([
      expect.objectContaining({
        rule: 'llm/unavailable',
        message: expect.stringContaining('no reply within 0.3 seconds'),
      }),
    ]);
    expect(slow.episode.chapters.map((c) => c.title)).toEqual(plain.chapters.map((c) => c.title));

    const refused = await modelBuild({ baseUrl: 'http://127.0.0.1:9/v1' });
    expect(rules(refused.result)).toEqual([
      expect.objectContaining({ rule: 'llm/unavailable', message: expect.stringContaining('connection failed') }),
    ]);
    expect(JSON.stringify(refused.result.warnings)).not.toContain(KEY);
  });
});
