import { existsSync, statSync, watch, type FSWatcher } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import path from 'node:path';
import { readTranscript } from '../build/read-transcript.js';
import { episodeOptionsFor } from '../config/episode-options.js';
import { loadConfig } from '../config/load.js';
import { CastwrightError } from '../errors.js';
import type { Transcript } from '../model/transcript.js';
import { HEAD_END } from '../render/preview/index.js';
import { readManifest } from '../write/manifest.js';
import { runBuild, reportFatal, type BuildFlags } from './build-command.js';
import { resolveInputs } from './inputs.js';
import { paint } from './log.js';
import { ALLOWED_METHODS, isAllowedMethod, isLocalHost, resolveRequest } from './preview-request.js';
import { createReviewApi, type ReviewApi } from './review-api.js';

export interface PreviewFlags extends Pick<BuildFlags, 'config' | 'out' | 'only' | 'format' | 'workers'> {
  port: number;
}

/** The server-sent events stream the served pages listen to. */
export const EVENTS_PATH = '/__castwright/events';
/** Changes that arrive together (an editor saving several files) trigger one rebuild. */
const DEBOUNCE_MS = 150;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.vtt': 'text/vtt; charset=utf-8',
  '.srt': 'application/x-subrip; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.webp': 'image/webp',
};

/**
 * Only served pages reload themselves: this script is added to HTML as it is
 * sent and never written to `out/`, so the files stay static and offline.
 */
export const RELOAD_SCRIPT = `<script>new EventSource(${JSON.stringify(EVENTS_PATH)}).addEventListener('reload',()=>location.reload());</script>`;

/**
 * `castwright preview`: build, serve `out/` on localhost, and rebuild when a
 * transcript, edits file, template or the config changes; open pages reload.
 * Resolves when the server stops (Ctrl+C); returns the exit code.
 */
export async function runPreview(files: string[], flags: PreviewFlags, version: string): Promise<number> {
  try {
    const buildFlags: BuildFlags = {
      config: flags.config,
      out: flags.out,
      ...(flags.only ? { only: flags.only } : {}),
      ...(flags.format ? { format: flags.format } : {}),
      ...(flags.workers ? { workers: flags.workers } : {}),
    };
    const rebuild = () => runBuild(files, buildFlags, version);
    await rebuild();
    // A save from the review page rebuilds through the watcher's own trigger, so the
    // watcher seeing the same file change within its debounce makes it one rebuild.
    let trigger = () => {};
    const review = createReviewApi({
      episodes: () => previewedEpisodes(files, flags.out),
      transcript: transcriptReader(flags.config),
      saved: () => trigger(),
    });
    const preview = createPreviewServer(flags.out, review);
    const url = await preview.listen(flags.port).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE')
        throw new CastwrightError(
          `port ${flags.port} is already in use: pass --port with another number (0 picks a free one)`,
        );
      throw error;
    });
    const watched = await watchedPaths(files, flags.config);
    const watcher = watchPaths(
      watched,
      serialise(async () => {
        process.stdout.write(`${paint(process.stdout, 'dim', 'Changed:')} rebuilding…\n`);
        await rebuild();
        preview.reload();
      }),
    );
    trigger = watcher.trigger;
    process.stdout.write(`Serving ${flags.out}/ at ${url} — watching ${watched.join(', ')}; press Ctrl+C to stop\n`);
    await new Promise<void>((resolve) => {
      const stop = () => {
        watcher.close();
        void preview.close().then(resolve);
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    return 0;
  } catch (error) {
    return reportFatal(error);
  }
}

export interface PreviewServer {
  server: Server;
  /** Start listening on localhost; resolves to the base URL. Port 0 picks a free port. */
  listen(port: number): Promise<string>;
  /** Tell every open page to reload. */
  reload(): void;
  /** How many pages are listening for reloads. */
  listening(): number;
  close(): Promise<void>;
}

/**
 * A static server for the output folder, with live reload for HTML pages.
 * With `review`, episode pages as served become review pages, and the
 * review API answers under its own path.
 */
export function createPreviewServer(outDir: string, review?: ReviewApi): PreviewServer {
  const root = path.resolve(outDir);
  const clients = new Set<ServerResponse>();
  const server = createServer((req, res) => {
    void handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('internal error');
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const asked = requestPath(req.url ?? '/');
    if (review && asked !== undefined && review.owns(asked)) {
      if (!req.url?.startsWith('/') || !isLocalHost(req.headers.host, listeningPort())) {
        res.writeHead(421, { 'content-type': 'text/plain; charset=utf-8' });
        return void res.end('misdirected request: open the preview at the address it printed');
      }
      return review.handle(req, res, asked);
    }
    if (!isAllowedMethod(req.method)) {
      res.writeHead(405, { allow: ALLOWED_METHODS, 'content-type': 'text/plain; charset=utf-8' });
      return void res.end('method not allowed: the preview serves files read-only');
    }
    const target = req.url ?? '/';
    // An absolute-form target (`GET http://host/x`) names a host of its own, which takes precedence over `Host`.
    const targetHost = target.startsWith('/') ? req.headers.host : URL.canParse(target) ? new URL(target).host : '';
    if (!isLocalHost(req.headers.host, listeningPort()) || !isLocalHost(targetHost, listeningPort())) {
      res.writeHead(421, { 'content-type': 'text/plain; charset=utf-8' });
      return void res.end('misdirected request: open the preview at the address it printed');
    }
    const pathname = requestPath(target);
    if (pathname === EVENTS_PATH) {
      res.writeHead(200, {
        'content-type': 'text/event-stream',
        'cache-control': 'no-cache',
        connection: 'keep-alive',
      });
      res.write(': connected\n\n');
      clients.add(res);
      req.on('close', () => clients.delete(res));
      return;
    }
    const resolved = pathname === undefined ? ({ kind: 'missing' } as const) : await resolveRequest(root, pathname);
    if (resolved.kind === 'redirect') {
      res.writeHead(301, { location: resolved.location });
      return void res.end();
    }
    const body = resolved.kind === 'file' ? await readFile(resolved.file).catch(() => undefined) : undefined;
    if (!body || resolved.kind !== 'file') return notFound(res);
    const type = TYPES[path.extname(resolved.file).toLowerCase()] ?? 'application/octet-stream';
    const episode =
      review && type.startsWith('text/html') ? await review.episodeOfPage(root, resolved.file) : undefined;
    const sent = !type.startsWith('text/html')
      ? body
      : Buffer.from(
          episode === undefined
            ? withReload(body.toString('utf8'))
            : withScript(body.toString('utf8'), review!.bootstrap(episode, EVENTS_PATH)),
        );
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store', 'content-length': sent.byteLength });
    res.end(req.method === 'HEAD' ? undefined : sent);
  }

  function listeningPort(): number {
    const address = server.address();
    return typeof address === 'object' && address ? address.port : -1;
  }

  return {
    server,
    listen: (port) =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, '127.0.0.1', () => {
          const address = server.address();
          resolve(`http://localhost:${typeof address === 'object' && address ? address.port : port}/`);
        });
      }),
    listening: () => clients.size,
    reload: () => {
      for (const client of clients) client.write('event: reload\ndata: now\n\n');
    },
    close: () =>
      new Promise((resolve) => {
        for (const client of clients) client.end();
        clients.clear();
        server.close(() => resolve());
        // Idle keep-alive connections would hold the server open until they time out.
        server.closeAllConnections();
      }),
  };
}

/**
 * The path of a request target, still percent-encoded. It is taken as sent, not parsed against a base URL:
 * `new URL('//evil.example/x', base)` would read a path starting with `//` as another host.
 */
function requestPath(target: string | undefined): string | undefined {
  if (!target) return undefined;
  if (target.startsWith('/')) return target.split(/[?#]/, 1)[0];
  // The absolute form (`GET http://localhost:4173/x`), which HTTP/1.1 servers must accept.
  return URL.canParse(target) ? new URL(target).pathname : undefined;
}

/** Add the reload script to a page being served (before `</head>`, else at the end). */
export function withReload(html: string): string {
  return withScript(html, RELOAD_SCRIPT);
}

/** Add script tags to a page being served (before `</head>`, else at the end). */
function withScript(html: string, script: string): string {
  const at = html.indexOf(HEAD_END);
  return at === -1 ? `${html}${script}` : `${html.slice(0, at)}${script}\n${html.slice(at)}`;
}

/** Slug → transcript of the episodes this preview builds, from the output's manifest (the build's own record). */
async function previewedEpisodes(files: readonly string[], outDir: string): Promise<Map<string, string>> {
  const inputs = new Set(await resolveInputs(files, { warn: () => {} }));
  const manifest = await readManifest(outDir);
  return new Map(
    Object.entries(manifest.episodes)
      .filter(([input]) => inputs.has(input))
      .map(([input, entry]) => [entry.slug, input]),
  );
}

/** Read transcripts as the build does, keeping the last reading of each until its file changes. */
function transcriptReader(configFile: string): (input: string) => Promise<Transcript> {
  const read = new Map<string, { stamp: string; transcript: Transcript }>();
  return async (input) => {
    const info = await stat(input);
    const stamp = `${info.mtimeMs}:${info.size}:${(await stat(configFile).catch(() => undefined))?.mtimeMs}`;
    const kept = read.get(input);
    if (kept?.stamp === stamp) return kept.transcript;
    const config = await loadConfig(configFile);
    const { transcript } = await readTranscript(input, config, episodeOptionsFor(config, input));
    read.set(input, { stamp, transcript });
    return transcript;
  };
}

function notFound(res: ServerResponse): void {
  res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
  res.end('not found: this file is not in the output folder (yet)');
}

/** What a rebuild depends on: the transcript folders (transcripts and edits files), the templates and the config. */
async function watchedPaths(files: readonly string[], configFile: string): Promise<string[]> {
  const inputs = files.length > 0 ? files : ['seeds'];
  const dirs = new Set<string>();
  for (const input of inputs) {
    const info = await stat(input).catch(() => undefined);
    dirs.add(info?.isDirectory() ? input : path.dirname(input));
  }
  const config = await loadConfig(configFile).catch(() => undefined);
  const templates = config?.templates ?? 'templates';
  return [...dirs, templates, configFile].filter((p) => existsSync(p));
}

/**
 * Watch files and folders (folders recursively) and call `onChange` once
 * per burst of changes. Returns a handle that stops every watcher, and a
 * `trigger` that counts as one more change of the burst.
 */
export function watchPaths(
  paths: readonly string[],
  onChange: () => void,
  debounceMs = DEBOUNCE_MS,
): { close(): void; trigger(): void } {
  let timer: NodeJS.Timeout | undefined;
  const fire = () => {
    clearTimeout(timer);
    timer = setTimeout(onChange, debounceMs);
  };
  const watchers: FSWatcher[] = paths.map((p) => {
    if (statSync(p).isDirectory()) return watch(p, { recursive: true }, fire);
    // Editors often save by replacing the file, which ends a watch on the file itself: watch its folder for its name.
    const name = path.basename(p);
    return watch(path.dirname(p) || '.', (_event, changed) => {
      if (changed === name) fire();
    });
  });
  return {
    trigger: fire,
    close() {
      clearTimeout(timer);
      for (const w of watchers) w.close();
    },
  };
}

/** Run `task` for each call, never two at once; calls during a run collapse into one more run. */
function serialise(task: () => Promise<void>): () => void {
  let running = false;
  let again = false;
  const run = async () => {
    running = true;
    do {
      again = false;
      await task().catch((error: unknown) => reportFatal(error));
    } while (again);
    running = false;
  };
  return () => {
    if (running) again = true;
    else void run();
  };
}
