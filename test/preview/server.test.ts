import { watch } from 'node:fs';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPreviewServer, EVENTS_PATH, watchPaths, withReload, type PreviewServer } from '../../src/cli/preview.js';

/** A raw request (GET unless told), so paths such as `/%2e%2e/` reach the server as written. */
function get(
  base: string,
  rawPath: string,
  options: { method?: string; host?: string } = {},
): Promise<{
  status: number;
  type: string | undefined;
  location: string | undefined;
  allow: string | undefined;
  body: string;
}> {
  const url = new URL(base);
  const headers = options.host === undefined ? {} : { host: options.host };
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: url.port, path: rawPath, method: options.method ?? 'GET', headers },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            type: res.headers['content-type'],
            location: res.headers.location,
            allow: res.headers.allow,
            body,
          }),
        );
      },
    );
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
    await mkdir(path.join(dir, 'private'));
    await writeFile(
      path.join(dir, 'out/index.html'),
      '<!doctype html><html><head><title>x</title></head><body>show</body></html>',
    );
    await writeFile(
      path.join(dir, 'out/ep/index.html'),
      '<!doctype html><html><head></head><body>episode</body></html>',
    );
    await writeFile(path.join(dir, 'out/ep/chapters.json'), '{"version":"1.2.0"}');
    await mkdir(path.join(dir, 'out/.castwright-cache'));
    await writeFile(path.join(dir, 'out/.castwright-cache/manifest.json'), '{"cache":"private"}');
    await symlink(dir, path.join(dir, 'out/rootlink'));
    await symlink(path.join(dir, 'secret.txt'), path.join(dir, 'out/secret-link.txt'));
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

  it('never follows a symbolic link out of the output folder', async () => {
    for (const p of ['/rootlink/secret.txt', '/secret-link.txt']) {
      const res = await get(base, p);
      expect(res.status, p).toBe(404);
      expect(res.body).not.toContain('not for the browser');
    }
    // Not even a redirect tells whether a folder exists outside.
    expect((await get(base, '/rootlink/private')).status).toBe(404);
  });

  it('redirects only to a path on the same origin', async () => {
    for (const p of ['/.//evil.example/%2E%2E%2Fep', '//evil.example/%2E%2E%2Fep', '/./\\evil.example/..%2fep']) {
      const res = await get(base, p);
      expect(res.status, p).toBe(301);
      expect(res.location, p).toBe('/ep/');
    }
  });

  it('answers only GET and HEAD', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS', 'TRACE', 'PATCH']) {
      const res = await get(base, '/ep/chapters.json', { method });
      expect(res.status, method).toBe(405);
      expect(res.allow).toBe('GET, HEAD');
      expect(res.body).not.toContain('1.2.0');
    }
    expect((await get(base, '/ep/chapters.json', { method: 'HEAD' })).status).toBe(200);
  });

  it('refuses a Host other than the address it listens on', async () => {
    const port = new URL(base).port;
    for (const host of ['evil.example', `evil.example:${port}`, 'localhost:1', `localhost.evil.example:${port}`]) {
      const res = await get(base, '/ep/chapters.json', { host });
      expect(res.status, host).toBe(421);
      expect(res.body).not.toContain('1.2.0');
    }
    expect((await get(base, 'http://evil.example/ep/chapters.json')).status).toBe(421);
    expect((await get(base, `http://localhost:${port}/ep/chapters.json`)).status).toBe(200);
    for (const host of [`localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`, `LOCALHOST:${port}`])
      expect((await get(base, '/ep/chapters.json', { host })).status, host).toBe(200);
  });

  it('never serves the build cache', async () => {
    for (const p of [
      '/.castwright-cache/manifest.json',
      '/.castwright-cache/',
      '/ep/../.castwright-cache/manifest.json',
      '/%2ecastwright-cache/manifest.json',
    ]) {
      const res = await get(base, p);
      expect(res.status, p).toBe(404);
      expect(res.body).not.toContain('private');
    }
  });

  it('adds the script at the end of a page without a head', () => {
    expect(withReload('<p>x</p>')).toMatch(/^<p>x<\/p><script>/);
  });
});

describe('watching inputs', () => {
  // The debounce runs on fake timers: however late a loaded machine delivers the file system's events,
  // the callback can only run when the test moves the clock, so what is checked is the debounce, not the machine.
  let dir: string;
  let config: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'castwright-watch-'));
    config = path.join(dir, 'pipeline.config.ts');
    await writeFile(config, 'export default {};');
    await mkdir(path.join(dir, 'seeds'));
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  });
  afterEach(async () => {
    vi.useRealTimers();
    await rm(dir, { recursive: true, force: true });
  });

  /** Resolves once `fs.watch` on `folder` has reported `name`; a watcher of the same folder has been told by then. */
  function reported(folder: string, name: string): { seen: Promise<void>; close(): void } {
    let close = () => undefined as void;
    const seen = new Promise<void>((resolve) => {
      const w = watch(folder, (_event, changed) => {
        if (changed === name) setImmediate(resolve);
      });
      close = () => w.close();
    });
    return { seen, close: () => close() };
  }

  it('calls back once for a burst of changes', async () => {
    let calls = 0;
    const watcher = watchPaths([path.join(dir, 'seeds'), config], () => calls++, 100);
    const configSeen = reported(dir, 'pipeline.config.ts');
    try {
      await writeFile(path.join(dir, 'seeds/a.txt'), 'a');
      await writeFile(path.join(dir, 'seeds/a.edits.yaml'), 'version: 1');
      await writeFile(config, 'export default { changed: true };');
      await configSeen.seen;
      await expect.poll(() => vi.getTimerCount(), { timeout: 10_000 }).toBe(1);
      expect(calls).toBe(0);
      vi.advanceTimersByTime(99);
      expect(calls).toBe(0);
      vi.advanceTimersByTime(1);
      expect(calls).toBe(1);
    } finally {
      configSeen.close();
      watcher.close();
    }
  });

  it('ignores other files next to a watched file', async () => {
    let calls = 0;
    const watcher = watchPaths([config], () => calls++, 100);
    const unrelatedSeen = reported(dir, 'unrelated.txt');
    try {
      await writeFile(path.join(dir, 'unrelated.txt'), 'x');
      await unrelatedSeen.seen;
      expect(vi.getTimerCount()).toBe(0);
      vi.advanceTimersByTime(1000);
      expect(calls).toBe(0);
    } finally {
      unrelatedSeen.close();
      watcher.close();
    }
  });
});
