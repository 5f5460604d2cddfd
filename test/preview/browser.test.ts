import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium } from '../helpers/chromium.js';
import type { BuildResult } from '../../src/build/types.js';
import { createPreviewServer, EVENTS_PATH, type PreviewServer } from '../../src/cli/preview.js';
import { artifactNames } from '../../src/render/registry.js';
import { writeBuild } from '../../src/write/writer.js';
import { buildInMemory, seed } from '../helpers/build.js';

const executablePath = findChromium();
if (!executablePath)
  console.warn('test/preview/browser.test.ts skipped: chromium is not installed (apt-get install -y chromium)');

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const config = {
  podcast: { title: 'The MAD Podcast' },
  episodes: { 'mad-podcast-lukasz-kaiser': { title: 'Łukasz Kaiser on Reasoning Models', duration: '1:11:00' } },
};

describe.skipIf(!executablePath)('the preview in a real browser (headless Chromium)', () => {
  let out: string;
  let result: BuildResult;
  let server: PreviewServer;
  let base: string;
  let browser: Browser;

  beforeAll(async () => {
    out = await mkdtemp(path.join(tmpdir(), 'castwright-preview-'));
    result = await buildInMemory([seed], config);
    await writeBuild(result, out);
    server = createPreviewServer(out);
    base = await server.listen(0);
    browser = await chromium.launch({ executablePath: executablePath!, args: FLAGS });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (out) await rm(out, { recursive: true, force: true });
  });

  it('shows the episode page with its title, chapters and cards, no console errors and no broken images', async () => {
    const episode = result.episodes[0]!.episode!;
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('requestfailed', (r) => errors.push(`failed: ${r.url()}`));

    const response = await page.goto(`${base}${episode.slug}/`, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    expect(await page.textContent('h1#title')).toBe('Łukasz Kaiser on Reasoning Models');

    const chapters = await page.$$eval('#chapters tbody tr', (rows) =>
      rows.map((r) => [r.querySelector('.time')!.textContent, r.querySelector('strong')!.textContent]),
    );
    expect(chapters).toHaveLength(episode.chapters.length);
    expect(chapters[0]).toEqual(['0:00', episode.chapters[0]!.title]);

    // Cards lie below the fold and load lazily: load them all, then check each decoded.
    const images = await page.$$eval('#cards img', (imgs) =>
      Promise.all(
        (imgs as HTMLImageElement[]).map(async (img) => {
          img.loading = 'eager';
          await img.decode().catch(() => undefined);
          return { src: img.getAttribute('src'), naturalWidth: img.naturalWidth, naturalHeight: img.naturalHeight };
        }),
      ),
    );
    const pngs = result.episodes[0]!.files.filter((f) => /\/cards\/.+\.png$/.test(f.path));
    expect(images).toHaveLength(pngs.length);
    if (artifactNames().includes('cards')) expect(images.length).toBeGreaterThan(0);
    for (const img of images) expect(img.naturalWidth, `${img.src} is broken`).toBeGreaterThan(0);
    const all = await page.$$eval('img', (imgs) => (imgs as HTMLImageElement[]).map((i) => i.naturalWidth));
    expect(all.every((w) => w > 0)).toBe(true);

    await page.screenshot({ path: path.join(tmpdir(), 'castwright-preview-episode.png'), fullPage: false });
    await page.locator('#cards').screenshot({ path: path.join(tmpdir(), 'castwright-preview-cards.png') });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('serves the show page, whose episode link opens the episode', async () => {
    const page = await browser.newPage();
    await page.goto(base, { waitUntil: 'load' });
    expect(await page.textContent('h1#title')).toBe('The MAD Podcast');
    await page.screenshot({ path: path.join(tmpdir(), 'castwright-preview-show.png') });
    await Promise.all([page.waitForURL(/mad-podcast-lukasz-kaiser\/index\.html$/), page.click('a.episode')]);
    expect(await page.textContent('h1#title')).toBe('Łukasz Kaiser on Reasoning Models');
    await page.close();
  });

  it('reloads a served page on a rebuild, while the written files carry no script', async () => {
    const slug = result.episodes[0]!.slug;
    const written = await readFile(path.join(out, slug, 'index.html'), 'utf8');
    expect(written).not.toContain('<script');
    const page = await browser.newPage();
    await page.goto(`${base}${slug}/`, { waitUntil: 'load' });
    expect(await page.content()).toContain(EVENTS_PATH);
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
    // Wait until the page's event stream is connected, then announce a rebuild.
    await expect.poll(() => server.listening(), { timeout: 10_000 }).toBeGreaterThan(0);
    await Promise.all([page.waitForEvent('load'), server.reload()]);
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBeUndefined();
    await page.close();
  });
});
