import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { rawRequest } from '../helpers/raw-request.js';
import { readTranscript } from '../../src/build/read-transcript.js';
import { createPreviewServer, type PreviewServer } from '../../src/cli/preview.js';
import { createReviewApi } from '../../src/cli/review-api.js';
import { episodeOptionsFor } from '../../src/config/episode-options.js';
import { testConfig } from '../helpers/build.js';

const TOKEN = 'test-token-0123456789abcdef';
const TALK =
  '>> Welcome to the show. My guest today is Ada. What is new with looms?\n>> We build looms that compute. The looms read cards and weave patterns, and that idea shaped computing for a century.\n';
const EDITS = '# Kept by hand: this comment stays.\nversion: 1\n';

/** Fast checks of the review API without a browser or a build: a served page, a transcript, an edits file. */
describe('the review API of castwright preview', () => {
  let dir: string;
  let input: string;
  let editsFile: string;
  let server: PreviewServer;
  let base: string;
  let saves = 0;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'castwright-review-'));
    await mkdir(path.join(dir, 'out/looms'), { recursive: true });
    await mkdir(path.join(dir, 'seeds'));
    input = path.join(dir, 'seeds/looms.txt');
    editsFile = path.join(dir, 'seeds/looms.edits.yaml');
    await writeFile(input, TALK);
    await writeFile(path.join(dir, 'out/looms/index.html'), '<!doctype html><html><head></head><body>x</body></html>');
    const config = testConfig();
    const review = createReviewApi({
      token: TOKEN,
      episodes: async () => new Map([['looms', input]]),
      transcript: async (file) => (await readTranscript(file, config, episodeOptionsFor(config, file))).transcript,
      saved: () => saves++,
    });
    server = createPreviewServer(path.join(dir, 'out'), review);
    base = await server.listen(0);
  });

  afterAll(async () => {
    await server?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  beforeEach(async () => {
    await writeFile(editsFile, EDITS);
  });

  const send = (pathname: string, options?: Parameters<typeof rawRequest>[2]) => rawRequest(base, pathname, options);
  const headers = () => ({
    host: new URL(base).host,
    origin: base.replace(/\/$/, ''),
    'content-type': 'application/json',
    'x-castwright-token': TOKEN,
  });
  async function currentVersion(): Promise<string> {
    const state = await send('/__castwright/review/state?episode=looms', {
      method: 'GET',
      headers: { host: new URL(base).host, 'x-castwright-token': TOKEN },
    });
    expect(state.status).toBe(200);
    return (JSON.parse(state.body) as { version: string }).version;
  }
  const save = async (change: unknown, version?: string) =>
    send('/__castwright/review/change', {
      headers: headers(),
      body: JSON.stringify({ episode: 'looms', version: version ?? (await currentVersion()), change }),
    });

  it('serves the episode page with the token and the review script; other requests need the token', async () => {
    const page = await (await fetch(`${base}looms/`)).text();
    expect(page).toContain(`"token":"${TOKEN}"`);
    expect(page).toContain('<script src="/__castwright/review/client.js" defer></script>');
    expect((await fetch(`${base}__castwright/review/client.js`)).status).toBe(200);
    const rebound = await send('/__castwright/review/state?episode=looms', {
      method: 'GET',
      headers: { host: 'rebound.example', 'x-castwright-token': TOKEN },
    });
    expect(rebound.status).toBe(421);
    const noToken = await send('/__castwright/review/state?episode=looms', {
      method: 'GET',
      headers: { host: new URL(base).host },
    });
    expect(noToken.status).toBe(403);
  });

  it('saves a change into the edits file, keeping its comment, and asks for one rebuild', async () => {
    const before = saves;
    const answer = await save({ kind: 'reviewed', value: true });
    expect(answer.status).toBe(200);
    expect(await readFile(editsFile, 'utf8')).toBe(`${EDITS}reviewed: true\n`);
    expect(saves).toBe(before + 1);
    expect(JSON.parse(answer.body).version).toBe(await currentVersion());
  });

  it('undoes saves in turn, back to the exact bytes, and removes a file the first save created', async () => {
    await rm(editsFile);
    await save({ kind: 'summary', text: 'First.' });
    await save({ kind: 'summary', text: 'Second.' });
    expect(await readFile(editsFile, 'utf8')).toBe('version: 1\nsummary: "Second."\n');
    const undo = async () =>
      send('/__castwright/review/undo', {
        headers: headers(),
        body: JSON.stringify({ episode: 'looms', version: await currentVersion() }),
      });
    expect((await undo()).status).toBe(200);
    expect(await readFile(editsFile, 'utf8')).toBe('version: 1\nsummary: "First."\n');
    expect((await undo()).status).toBe(200);
    expect(existsSync(editsFile)).toBe(false);
  });

  it('refuses a save based on a file that changed since, and leaves the file alone', async () => {
    const seen = await currentVersion();
    await writeFile(editsFile, `${EDITS}# another tab wrote this\n`);
    const answer = await save({ kind: 'reviewed', value: true }, seen);
    expect(answer.status).toBe(409);
    expect(await readFile(editsFile, 'utf8')).toBe(`${EDITS}# another tab wrote this\n`);
  });

  it('refuses a quote not said word for word, with the file:line message a build gives', async () => {
    const answer = await save({ kind: 'add-quote', text: 'the looms read punched cards' });
    expect(answer.status).toBe(422);
    expect(JSON.parse(answer.body).error).toMatch(
      /seeds\/looms\.edits\.yaml:4: quote not found verbatim in the transcript: "the looms read punched cards"/,
    );
    expect(await readFile(editsFile, 'utf8')).toBe(EDITS);
    expect((await save({ kind: 'add-quote', text: 'The looms read cards and weave patterns' })).status).toBe(200);
  });

  it('refuses requests without the token, from another origin or site, with a bad Host, not JSON, or too big', async () => {
    const version = await currentVersion();
    const body = JSON.stringify({ episode: 'looms', version, change: { kind: 'reviewed', value: true } });
    const post = (h: Record<string, string>, b = body) => send('/__castwright/review/change', { headers: h, body: b });
    const { 'x-castwright-token': _t, ...noToken } = headers();
    const { origin: _o, ...noOrigin } = headers();
    expect((await post(noToken)).status).toBe(403);
    expect((await post(noOrigin)).status).toBe(403);
    expect((await post({ ...headers(), origin: 'http://localhost:1' })).status).toBe(403);
    expect((await post({ ...headers(), 'sec-fetch-site': 'same-site' })).status).toBe(403);
    expect((await post({ ...headers(), host: 'attacker.example' })).status).toBe(421);
    expect((await post({ ...headers(), 'content-type': 'application/x-www-form-urlencoded' })).status).toBe(415);
    expect((await post(headers(), 'x'.repeat(70_000))).status).toBe(413);
    expect((await post(headers(), '{not json')).status).toBe(400);
    expect((await post(headers(), JSON.stringify({ episode: 'looms', version, change: { kind: 'rm' } }))).status).toBe(
      400,
    );
    expect(
      (await post(headers(), JSON.stringify({ episode: 'other', version, change: { kind: 'reviewed', value: true } })))
        .status,
    ).toBe(404);
    expect((await send('/__castwright/review/anything', { headers: headers(), body })).status).toBe(404);
    expect((await send('/__castwright/review/change', { method: 'PUT', headers: headers(), body })).status).toBe(405);
    expect(await readFile(editsFile, 'utf8')).toBe(EDITS);
  });
});
