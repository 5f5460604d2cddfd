import { spawn, type ChildProcess } from 'node:child_process';
import { copyFile, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium } from '../helpers/chromium.js';
import { rawRequest } from '../helpers/raw-request.js';
import { root, seed } from '../helpers/build.js';
import { tempProject } from '../helpers/cli.js';

const executablePath = findChromium();
if (!executablePath) console.warn('test/preview/review.test.ts skipped: chromium is not installed');

const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-sync'];
const SLUG = 'mad-podcast-lukasz-kaiser';
const ONLY = 'episode,show-notes,chapters,host-notes,cards,social,preview';
/** A hand-kept edits file: its comments and entries must come through every save byte for byte. */
const HAND_EDITS = `# Hand-kept edits for the Kaiser episode: keep this comment.
version: 1

# Quotes we never want on a card.
quotes:
  - quote: "this sentence is not in the episode at all"   # left here on purpose
    reject: true
`;
/** Rebuilds on a loaded two-core machine take seconds; waits are for events, with this as the ceiling. */
const REBUILD_MS = 90_000;

describe.skipIf(!executablePath)('reviewing in the browser (castwright preview, headless Chromium)', () => {
  let dir: string;
  let child: ChildProcess;
  let output = '';
  let base: string;
  let browser: Browser;
  let page: Page;
  const editsFile = () => path.join(dir, 'seeds', `${SLUG}.edits.yaml`);
  const outFile = (name: string) => readFile(path.join(dir, 'out', SLUG, name), 'utf8');

  beforeAll(async () => {
    dir = await tempProject({ [`seeds/${SLUG}.edits.yaml`]: HAND_EDITS });
    await copyFile(seed, path.join(dir, 'seeds', `${SLUG}.txt`));
    child = spawn(
      process.execPath,
      [path.join(root, 'dist/bin/castwright.js'), 'preview', '--port', '0', '--only', ONLY],
      {
        cwd: dir,
        env: { ...process.env, NO_COLOR: '1' },
      },
    );
    // Resolves on the line that says the server is up, fails if the command ends first.
    base = await new Promise<string>((resolve, reject) => {
      const listen = (chunk: Buffer) => {
        output += chunk.toString('utf8');
        const m = /Serving out\/ at (http:\/\/localhost:\d+\/)/.exec(output);
        if (m) resolve(m[1]!);
      };
      child.stdout!.on('data', listen);
      child.stderr!.on('data', listen);
      child.once('exit', (code) => reject(new Error(`preview exited with ${code}:\n${output}`)));
    });
    browser = await chromium.launch({ executablePath: executablePath!, args: FLAGS });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
    await page.goto(`${base}${SLUG}/`);
    await page.waitForSelector('body[data-review="ready"]', { timeout: REBUILD_MS });
  }, 3 * REBUILD_MS);

  afterAll(async () => {
    await browser?.close();
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGINT');
      await exited;
    }
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  /** Run `act`, then wait until the page has been updated from the rebuild it caused. */
  async function andUpdate(act: () => Promise<void>): Promise<void> {
    const before = Number(await page.evaluate(() => document.body.dataset.reviewUpdates));
    await act();
    await page.waitForFunction((n) => Number(document.body.dataset.reviewUpdates) > n, before, {
      timeout: REBUILD_MS,
    });
  }

  /** Select a run of transcript words (from the middle of the first to the middle of the last) and release the mouse. */
  async function selectWords(turnIndex: number, from: number, to: number): Promise<void> {
    await page.evaluate(
      ([t, a, b]) => {
        const turn = document.querySelector(`#transcript-pane [data-turn="${t}"]`)!;
        const first = turn.querySelector(`[data-w="${a}"]`)!.firstChild!;
        const last = turn.querySelector(`[data-w="${b}"]`)!.firstChild!;
        const range = document.createRange();
        range.setStart(first, 1);
        range.setEnd(last, 1);
        const selection = window.getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
        turn.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
      },
      [turnIndex, from, to] as const,
    );
    await page.waitForSelector('#review-selection:not([hidden]) textarea, #review-selection .rv-refused');
  }

  /** The longest turn outside the cold open: a good place to quote from. */
  async function longTurn(): Promise<number> {
    return page.evaluate(() => {
      const turns = Array.from(document.querySelectorAll<HTMLElement>('#transcript-pane .rv-turn:not(.rv-cold)'));
      const words = (t: HTMLElement) => t.querySelectorAll('.w').length;
      return Number(turns.reduce((best, t) => (words(t) > words(best) ? t : best)).dataset.turn);
    });
  }

  it('renames a chapter: the page, show-notes.md and chapters.json show it; the comments survive; undo restores the bytes', async () => {
    const row = page.locator('#chapters tbody tr').nth(1);
    const old = (await row.locator('strong').textContent())!;
    await row.locator('[data-action="rename"]').click();
    await row.locator('input[name="title"]').fill('Meet Łukasz, co-author of the Transformer');
    await andUpdate(() => row.locator('button[type="submit"]').click());

    expect(await page.locator('#chapters tbody tr').nth(1).locator('strong').textContent()).toBe(
      'Meet Łukasz, co-author of the Transformer',
    );
    expect(await outFile('show-notes.md')).toContain('Meet Łukasz, co-author of the Transformer');
    const chapters = JSON.parse(await outFile('chapters.json')) as { chapters: { title: string }[] };
    expect(chapters.chapters.map((c) => c.title)).toContain('Meet Łukasz, co-author of the Transformer');
    const edited = await readFile(editsFile(), 'utf8');
    // Every byte of the hand-kept file is still there, comments included; the change follows it.
    expect(edited.startsWith(HAND_EDITS)).toBe(true);
    expect(edited.slice(HAND_EDITS.length)).toMatch(
      /^chapters:\n {2}- was: ".+"\n {4}at: "\d+:\d\d"\n {4}title: "Meet Łukasz, co-author of the Transformer"\n$/,
    );

    await andUpdate(() => page.locator('#review-undo').click());
    expect(await readFile(editsFile(), 'utf8')).toBe(HAND_EDITS);
    expect(await page.locator('#chapters tbody tr').nth(1).locator('strong').textContent()).toBe(old);
  });

  it('adds a quote from a selection of transcript words, snapped to whole words, and its card appears first', async () => {
    const turn = await longTurn();
    await selectWords(turn, 3, 16);
    const chosen = await page.locator('#review-selection-text').inputValue();
    // Snapped: the selection began and ended inside words, the quote holds them whole.
    const expected = await page.evaluate(
      (t) =>
        Array.from(document.querySelectorAll(`#transcript-pane [data-turn="${t}"] .w`))
          .slice(3, 17)
          .map((w) => w.textContent)
          .join(' '),
      turn,
    );
    expect(chosen.replace(/[^\p{L}\p{N}' ]/gu, '')).toBe(expected.replace(/[^\p{L}\p{N}' ]/gu, ''));
    await andUpdate(() => page.locator('[data-action="add-quote"]').click());

    expect(await readFile(editsFile(), 'utf8')).toBe(`${HAND_EDITS}  - add: ${JSON.stringify(chosen)}\n`);
    // The card shows the quote as printed (stutters dropped, punctuation restored): its words are the selection's.
    const words = (text: string | null) => (text ?? '').toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [];
    const selected = new Set(words(expected));
    for (const shown of [
      await page.locator('#quotes .quote').first().locator('blockquote').textContent(),
      await page.locator('#cards .card-set').first().locator('.alt').textContent(),
    ]) {
      const quoted = words(shown).filter((w) => selected.has(w));
      expect(quoted.length, `${shown} is the added quote`).toBeGreaterThanOrEqual(selected.size - 2);
    }
    expect(await page.locator('#cards .card-set').first().locator('figure img').count()).toBeGreaterThan(0);
    await andUpdate(() => page.locator('#review-undo').click());
    expect(await readFile(editsFile(), 'utf8')).toBe(HAND_EDITS);
  });

  it('refuses, on the spot and with the build’s file:line reason, a quote that is not said word for word', async () => {
    const turn = await longTurn();
    await selectWords(turn, 20, 30);
    const words = await page.locator('#review-selection-text').inputValue();
    await page.locator('#review-selection-text').fill(words.replace(/^(\S+ \S+)/, '$1 banana'));
    await page.locator('[data-action="add-quote"]').click();
    await expect
      .poll(() => page.locator('#review-bar').textContent(), { timeout: 30_000 })
      .toMatch(/Not saved: .*\.edits\.yaml:\d+: quote not found verbatim in the transcript/);
    expect(await readFile(editsFile(), 'utf8')).toBe(HAND_EDITS);
  });

  it('refuses a selection across two speakers’ turns', async () => {
    await page.evaluate(() => {
      const turns = document.querySelectorAll('#transcript-pane .rv-turn');
      const range = document.createRange();
      range.setStart(turns[1]!.querySelector('.w')!.firstChild!, 0);
      range.setEnd(turns[2]!.querySelector('.w')!.firstChild!, 1);
      window.getSelection()!.removeAllRanges();
      window.getSelection()!.addRange(range);
      turns[2]!.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    });
    await expect(page.locator('#review-selection .rv-refused').textContent()).resolves.toMatch(/two turns/);
  });

  describe('the write API', () => {
    let token: string;
    let version: string;
    const change = { kind: 'reviewed', value: true };

    const send = (pathname: string, options?: Parameters<typeof rawRequest>[2]) => rawRequest(base, pathname, options);

    const good = () => ({
      host: new URL(base).host,
      origin: base.replace(/\/$/, ''),
      'content-type': 'application/json',
      'x-castwright-token': token,
    });
    const save = (headers: Record<string, string>, body: unknown = { episode: SLUG, version, change }) =>
      send('/__castwright/review/change', { headers, body: JSON.stringify(body) });

    beforeAll(async () => {
      const html = await (await fetch(`${base}${SLUG}/`)).text();
      token = /"token":"([^"]+)"/.exec(html)![1]!;
      const state = await send(`/__castwright/review/state?episode=${SLUG}`, {
        method: 'GET',
        headers: { host: new URL(base).host, 'x-castwright-token': token },
      });
      version = (JSON.parse(state.body) as { version: string }).version;
    });

    it('embeds the token only in pages as served: the written page has no script', async () => {
      expect(await outFile('index.html')).not.toContain('<script');
      expect(token.length).toBeGreaterThanOrEqual(24);
    });

    it('refuses a save without the token, from another origin, with a bad Host, or not as JSON', async () => {
      const { 'x-castwright-token': _token, ...noToken } = good();
      expect((await save(noToken)).status).toBe(403);
      expect((await save({ ...good(), 'x-castwright-token': 'x'.repeat(token.length) })).status).toBe(403);
      expect((await save({ ...good(), origin: 'http://evil.example' })).status).toBe(403);
      const { origin: _origin, ...noOrigin } = good();
      expect((await save(noOrigin)).status).toBe(403);
      expect((await save({ ...good(), 'sec-fetch-site': 'cross-site' })).status).toBe(403);
      expect((await save({ ...good(), host: 'evil.example' })).status).toBe(421);
      expect((await save({ ...good(), 'content-type': 'text/plain' })).status).toBe(415);
      const answer = await save(noToken);
      expect(answer.headers['access-control-allow-origin']).toBeUndefined();
      expect(await readFile(editsFile(), 'utf8')).toBe(HAND_EDITS);
    });

    it('refuses another path, another episode, a body too big and a stale version', async () => {
      const other = await send('/__castwright/review/delete', { headers: good(), body: '{}' });
      expect(other.status).toBe(404);
      expect((await save(good(), { episode: '../../etc', version, change })).status).toBe(404);
      expect((await save(good(), { episode: 'another-show', version, change })).status).toBe(404);
      const big = await send('/__castwright/review/change', { headers: good(), body: 'x'.repeat(100_000) });
      expect(big.status).toBe(413);
      const stale = await save(good(), { episode: SLUG, version: 'a'.repeat(32), change });
      expect(stale.status).toBe(409);
      expect(stale.body).toMatch(/changed since this page read it/);
      expect((await send(`/${SLUG}/index.html`, { headers: good(), body: '{}' })).status).toBe(405);
      expect(await readFile(editsFile(), 'utf8')).toBe(HAND_EDITS);
    });

    it('refuses a save that would make the edits file invalid, leaving it as it was', async () => {
      const answer = await save(good(), {
        episode: SLUG,
        version,
        change: { kind: 'takeaways', items: [{ text: 'A takeaway', at: '12:75' }] },
      });
      expect(answer.status).toBe(422);
      expect(JSON.parse(answer.body).error).toMatch(/\.edits\.yaml:\d+: takeaways\[1\]/);
      expect(await readFile(editsFile(), 'utf8')).toBe(HAND_EDITS);
    });
  });
});
