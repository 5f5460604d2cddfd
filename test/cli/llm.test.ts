import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runBuild } from '../../src/cli/build-command.js';
import { seed } from '../helpers/build.js';
import { goodReply, startStub, type Stub } from '../helpers/llm-stub.js';

const KEY_ENV = 'CASTWRIGHT_TEST_CLI_LLM_KEY';
const KEY = 'sk-cli-93d7e5a1-never-written';

let stub: Stub;
let dir: string;
let config: string;

beforeAll(async () => {
  process.env[KEY_ENV] = KEY;
  stub = await startStub();
  stub.answer = (chapter) => ({ content: goodReply(chapter) });
  dir = await mkdtemp(path.join(tmpdir(), 'castwright-llm-cli-'));
  config = path.join(dir, 'pipeline.config.mjs');
  const llm = { baseUrl: stub.url, model: 'stub-model', apiKeyEnv: KEY_ENV };
  await writeFile(config, `export default ${JSON.stringify({ podcast: { title: 'Test Show' }, llm })};\n`);
});
afterAll(async () => {
  delete process.env[KEY_ENV];
  await stub.close();
});

/** `castwright build --json` in this process, its report parsed. */
async function build(out: string, extra: { force?: boolean; llm?: 'on' | 'off' } = {}) {
  let stdout = '';
  const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout += String(chunk);
    return true;
  });
  try {
    const code = await runBuild(
      [seed],
      { config, out, json: true, only: ['episode', 'show-notes'], ...extra },
      '0.0.0',
    );
    expect(code).toBe(0);
  } finally {
    write.mockRestore();
  }
  return JSON.parse(stdout) as {
    episodes: { llm?: { requests: number; cached: number; tokensIn: number; tokensOut: number; ms: number } }[];
  };
}

async function filesUnder(root: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true }))
    if (entry.isFile()) {
      const file = path.join(entry.parentPath, entry.name);
      files.set(path.relative(root, file), await readFile(file, 'utf8'));
    }
  return files;
}

describe('castwright build with a language model', () => {
  it('reports requests and tokens, caches replies in the output folder, and a forced rebuild sends nothing', async () => {
    const out = path.join(dir, 'out');
    const first = await build(out);
    const chapters = stub.requests.length;
    expect(chapters).toBeGreaterThan(0);
    expect(first.episodes[0]!.llm).toMatchObject({
      requests: chapters,
      tokensIn: 100 * chapters,
      tokensOut: 20 * chapters,
    });
    const before = await filesUnder(out);
    expect([...before.keys()].filter((f) => f.startsWith('.castwright-cache/llm/'))).toHaveLength(chapters);
    expect(before.get('mad-podcast-lukasz-kaiser/episode.json')).toContain('"origin": {');

    const second = await build(out, { force: true });
    expect(stub.requests.length).toBe(chapters);
    expect(second.episodes[0]!.llm).toMatchObject({ requests: 0, cached: chapters });
    const after = await filesUnder(out);
    for (const [file, text] of before) if (!file.endsWith('manifest.json')) expect(after.get(file), file).toBe(text);
    for (const text of after.values()) expect(text).not.toContain(KEY);
  });

  it('--llm off ignores the configured model: no request, no origin fields', async () => {
    const out = path.join(dir, 'off');
    const sent = stub.requests.length;
    const report = await build(out, { llm: 'off' });
    expect(stub.requests.length).toBe(sent);
    expect(report.episodes[0]!.llm).toBeUndefined();
    const files = await filesUnder(out);
    const episode = [...files.entries()].find(([f]) => f.endsWith('episode.json'))![1];
    expect(episode).not.toContain('"origin"');
    expect([...files.keys()].some((f) => f.includes('/llm/'))).toBe(false);
  });
});
