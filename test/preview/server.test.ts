import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPreviewServer, EVENTS_PATH, watchPaths, withReload, type PreviewServer } from '../../src/cli/preview.js';

/** A raw GET, so paths such as `/%2e%2e/` reach the server as written. */
function get(
  base: string,
  rawPath: string,
): Promise<{ status: number; type: string | undefined; location: string | undefined; body: string }> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, path: rawPath, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          type: res.headers['content-type'],
          location: res.headers.location,
          body,
        }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the preview server', () => {
  let dir: string;
  let server: PreviewServer;
  let base: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'castwright-serve-'));
    await mkdir(path.join(dir, 'out/ep'), { recursive: true });
    await writeFile(path.join(dir, 'secret.txt'), 'not for the browser');
    await writeFile(
      path.join(dir, 'out/index.html'),
      '<!doctype html><html><head><title>x</title></head><body>show</body></html>',
    );
    await writeFile(
      path.join(dir, 'out/ep/index.html'),
      '<!doctype html><html><head></head><body>episode</body></html>',
    );
    await writeFile(path.join(dir, 'out/ep/chapters.json'), '{"version":"1.2.0"}');
    server = createPreviewServer(path.join(dir, 'out'));
    base = await server.listen(0);
  });

  afterAll(async () => {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('serves pages with the reload script added, and other files as they are', async () => {
    const page = await get(base, '/ep/');
    expect(page.status).toBe(200);
    expect(page.type).toBe('text/html; charset=utf-8');
    expect(page.body).toContain(`new EventSource("${EVENTS_PATH}")`);
    expect(page.body.indexOf('<script')).toBeLessThan(page.body.indexOf('</head>'));
    const json = await get(base, '/ep/chapters.json');
    expect(json).toMatchObject({ status: 200, type: 'application/json; charset=utf-8', body: '{"version":"1.2.0"}' });
  });

  it('redirects a folder without a slash so relative links work', async () => {
    expect(await get(base, '/ep')).toMatchObject({ status: 301, location: '/ep/' });
  });

  it('never serves files outside the output folder', async () => {
    for (const p of ['/../secret.txt', '/%2e%2e/secret.txt', '/ep/..%2f..%2fsecret.txt', '/%ff']) {
      const res = await get(base, p);
      expect(res.status, p).toBe(404);
      expect(res.body).not.toContain('not for the browser');
    }
  });

  it('adds the script at the end of a page without a head', () => {
    expect(withReload('<p>x</p>')).toMatch(/^<p>x<\/p><script>/);
  });
});

describe('watching inputs', () => {
  it('calls back once for a burst of changes', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'castwright-watch-'));
    const config = path.join(dir, 'pipeline.config.ts');
    await writeFile(config, 'export default {};');
    await mkdir(path.join(dir, 'seeds'));
    let calls = 0;
    const watcher = watchPaths([path.join(dir, 'seeds'), config], () => calls++, 100);
    try {
      await writeFile(path.join(dir, 'seeds/a.txt'), 'a');
      await writeFile(path.join(dir, 'seeds/a.edits.yaml'), 'version: 1');
      await writeFile(config, 'export default { changed: true };');
      await expect.poll(() => calls, { timeout: 5000 }).toBe(1);
      await new Promise((r) => setTimeout(r, 300));
      expect(calls).toBe(1);
      await writeFile(path.join(dir, 'unrelated.txt'), 'x');
      await new Promise((r) => setTimeout(r, 300));
      expect(calls).toBe(1);
    } finally {
      watcher.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
