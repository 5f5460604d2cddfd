import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile, realpath } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { editsPathFor } from '../build/fingerprint.js';
import { applyQuoteEdits, parseEdits } from '../edits/index.js';
import { NEW_EDITS_FILE, patchEdits } from '../edits/patch.js';
import { CastwrightError } from '../errors.js';
import type { Transcript } from '../model/transcript.js';
import { REVIEW_CLIENT } from '../render/preview/index.js';
import { writeEditsFile } from '../write/edits-file.js';
import { saveSchema, undoSchema } from './review-change.js';

/** Everything the review page asks for lives under this path; nothing else is ever written. */
export const REVIEW_PATH = '/__castwright/review';
export const REVIEW_SCRIPT_PATH = `${REVIEW_PATH}/client.js`;
/** The header that carries the per-run token; a page of another site cannot set it without CORS, which we never grant. */
export const TOKEN_HEADER = 'x-castwright-token';
/** A save is a few lines of text: anything bigger is not from the review page. */
const MAX_BODY_BYTES = 64 * 1024;
/** How many saves per episode can be undone. */
const UNDO_DEPTH = 50;
/** The version of an edits file that does not exist yet. */
const ABSENT = 'none';

export interface ReviewOptions {
  /** Slug → transcript path of the episodes being previewed, as the build names them. Asked on every request. */
  episodes(): Promise<ReadonlyMap<string, string>>;
  /** The transcript as the build reads it: for the transcript pane and the verbatim check of added quotes. */
  transcript(input: string): Promise<Transcript>;
  /** Called after the edits file changed, to rebuild the way the file watcher does (debounced, so once). */
  saved(): void;
  /** Fixed by tests; otherwise random per run. */
  token?: string;
}

export interface ReviewApi {
  readonly token: string;
  /** Whether a request path belongs to the review API. */
  owns(pathname: string): boolean;
  /** Answer a request the server has already checked for `Host`. */
  handle(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void>;
  /** The episode a served HTML file is the page of, when it is one being previewed. */
  episodeOfPage(root: string, file: string): Promise<string | undefined>;
  /** The script tags that turn an episode page, as it is served, into a review page. */
  bootstrap(slug: string, eventsPath: string): string;
}

type Reply = { status: number; body: unknown };

/**
 * The write side of `castwright preview`: the review page sends one change
 * at a time; it is patched into the episode's edits file (comments and
 * untouched entries kept), checked with the same loader a build uses, and
 * written atomically; the watcher's rebuild then updates the page. Only the
 * served page can ask: same origin, JSON, the per-run token it embeds, and
 * only for episodes being previewed.
 */
export function createReviewApi(options: ReviewOptions): ReviewApi {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const undo = new Map<string, (string | undefined)[]>();
  /** One save at a time, so two requests cannot both pass the stale check and write. */
  let queue: Promise<unknown> = Promise.resolve();
  const serially = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => {});
    return run;
  };

  async function inputOf(slug: unknown): Promise<string | undefined> {
    return typeof slug === 'string' ? (await options.episodes()).get(slug) : undefined;
  }

  async function state(slug: string | null): Promise<Reply> {
    const input = await inputOf(slug);
    if (!input || !slug) return refuse(404, 'not an episode being previewed');
    const file = editsPathFor(input);
    const current = await readOptional(file);
    const t = await options.transcript(input);
    return { status: 200, body: { episode: slug, file, version: version(current), transcript: transcriptView(t) } };
  }

  async function save(body: unknown): Promise<Reply> {
    const parsed = saveSchema.safeParse(body);
    if (!parsed.success) return refuse(400, `not a change the review page sends: ${parsed.error.issues[0]!.message}`);
    const { episode, change } = parsed.data;
    const input = await inputOf(episode);
    if (!input) return refuse(404, `"${episode}" is not an episode being previewed`);
    const file = editsPathFor(input);
    const current = await readOptional(file);
    if (version(current) !== parsed.data.version) return stale(file);
    let text: string;
    try {
      text = patchEdits(current ?? NEW_EDITS_FILE, change, file);
      const edits = parseEdits(text, file);
      // An added quote that is not said word for word fails the build: refuse it here with the build's message.
      applyQuoteEdits([], await options.transcript(input), edits, (s) => s, []);
    } catch (error) {
      if (error instanceof CastwrightError) return refuse(422, error.toString());
      throw error;
    }
    if (text === current) return { status: 200, body: { version: version(current), file, unchanged: true } };
    await writeEditsFile(file, text);
    const stack = undo.get(episode) ?? [];
    stack.push(current);
    if (stack.length > UNDO_DEPTH) stack.shift();
    undo.set(episode, stack);
    options.saved();
    return { status: 200, body: { version: version(text), file, undo: stack.length } };
  }

  async function revert(body: unknown): Promise<Reply> {
    const parsed = undoSchema.safeParse(body);
    if (!parsed.success) return refuse(400, 'not an undo the review page sends');
    const { episode } = parsed.data;
    const input = await inputOf(episode);
    if (!input) return refuse(404, `"${episode}" is not an episode being previewed`);
    const file = editsPathFor(input);
    const current = await readOptional(file);
    if (version(current) !== parsed.data.version) return stale(file);
    const stack = undo.get(episode) ?? [];
    if (stack.length === 0) return refuse(409, 'nothing to undo');
    const previous = stack.pop();
    await writeEditsFile(file, previous);
    options.saved();
    return { status: 200, body: { version: version(previous), file, undo: stack.length } };
  }

  async function handle(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> {
    if (pathname === REVIEW_SCRIPT_PATH && (req.method === 'GET' || req.method === 'HEAD'))
      return send(res, 200, REVIEW_CLIENT, 'text/javascript; charset=utf-8');
    const refused = checkRequest(req, token);
    if (refused) return reply(res, refused);
    const query = new URL(req.url ?? '/', 'http://localhost').searchParams;
    if (pathname === `${REVIEW_PATH}/state` && req.method === 'GET')
      return reply(res, await state(query.get('episode')));
    if (req.method !== 'POST') return reply(res, refuse(405, 'the review API takes POST'));
    const body = await readJson(req);
    if ('status' in body) return reply(res, refuse(body.status, body.error));
    if (pathname === `${REVIEW_PATH}/change`) return reply(res, await serially(() => save(body.value)));
    if (pathname === `${REVIEW_PATH}/undo`) return reply(res, await serially(() => revert(body.value)));
    return reply(res, refuse(404, 'no such review request'));
  }

  return {
    token,
    owns: (pathname) => pathname === REVIEW_PATH || pathname.startsWith(`${REVIEW_PATH}/`),
    handle,
    async episodeOfPage(root, file) {
      // `file` is a real path (links followed): compare it with the real output folder.
      const relative = path.relative(await realpath(root).catch(() => root), file).split(path.sep);
      if (relative.length !== 2 || relative[1] !== 'index.html') return undefined;
      return (await options.episodes()).has(relative[0]!) ? relative[0] : undefined;
    },
    bootstrap(slug, eventsPath) {
      const settings = { token, episode: slug, events: eventsPath, api: REVIEW_PATH, tokenHeader: TOKEN_HEADER };
      // `<` escaped, so no value can close the script element.
      const json = JSON.stringify(settings).replace(/</g, '\\u003c');
      return `<script>window.castwrightReview=${json};</script><script src="${REVIEW_SCRIPT_PATH}" defer></script>`;
    },
  };
}

/**
 * The checks every API request passes besides `Host` (the server checks it
 * first): the token, and for a POST a same-origin `Origin`, no cross-site
 * fetch metadata and a JSON body. Returns the refusal, or undefined.
 */
export function checkRequest(req: IncomingMessage, token: string): Reply | undefined {
  const sent = req.headers[TOKEN_HEADER];
  if (typeof sent !== 'string' || !sameToken(sent, token)) return refuse(403, 'missing or wrong review token');
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin') return refuse(403, 'only the preview page itself may ask');
  if (req.method !== 'POST') return undefined;
  if (req.headers.origin !== `http://${req.headers.host}`) return refuse(403, 'only the preview page itself may save');
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json') return refuse(415, 'expected a JSON body (application/json)');
  return undefined;
}

function sameToken(sent: string, token: string): boolean {
  const a = Buffer.from(sent);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

async function readJson(req: IncomingMessage): Promise<{ value: unknown } | { error: string; status: number }> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.byteLength;
    if (size > MAX_BODY_BYTES) return { error: `body larger than ${MAX_BODY_BYTES} bytes`, status: 413 };
    chunks.push(chunk);
  }
  try {
    return { value: JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown };
  } catch {
    return { error: 'the body is not JSON', status: 400 };
  }
}

/** The transcript as the page draws it: turns of sentences of words, offsets relative to each turn's text. */
function transcriptView(t: Transcript) {
  const names = new Map(t.speakers.map((s) => [s.id, s.name]));
  return t.turns.map((turn) => ({
    speaker: names.get(turn.speaker) ?? turn.speaker,
    coldOpen: turn.coldOpen,
    text: t.text.slice(turn.start, turn.end),
    sentences: t.sentences.slice(turn.firstSentence, turn.endSentence).map((s) => ({
      time: s.startTime,
      words: t.words.slice(s.firstWord, s.endWord).map((w) => [w.start - turn.start, w.end - turn.start]),
    })),
  }));
}

/** A hash of the file's bytes: the page sends it back with a save, so a save based on an older file is refused. */
function version(text: string | undefined): string {
  return text === undefined ? ABSENT : createHash('sha256').update(text).digest('hex').slice(0, 32);
}

async function readOptional(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

function stale(file: string): Reply {
  return refuse(
    409,
    `${file} changed since this page read it (another tab or an editor saved it): nothing was saved; the page now shows the current file, make the change again`,
  );
}

function refuse(status: number, error: string): Reply {
  return { status, body: { error } };
}

function reply(res: ServerResponse, { status, body }: Reply): void {
  send(res, status, JSON.stringify(body), 'application/json; charset=utf-8');
}

function send(res: ServerResponse, status: number, body: string, type: string): void {
  res.writeHead(status, {
    'content-type': type,
    'cache-control': 'no-store',
    'content-length': Buffer.byteLength(body),
    'x-content-type-options': 'nosniff',
  });
  res.end(body);
}
