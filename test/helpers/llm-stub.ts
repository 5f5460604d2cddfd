import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One chapter as the stub reads it from the prompt; number 0 is the episode summary request. */
export interface StubChapter {
  number: number;
  sentences: { id: string; speaker: string; text: string }[];
  takeaways: { id: string; text: string }[];
}

/** What the stub answers: a chat-completion content string, or an HTTP status, optionally after a delay. */
export type StubAnswer = { content: string; delayMs?: number } | { status: number; delayMs?: number };

export interface Stub {
  url: string;
  /** Requests received, with their body and authorization header. */
  requests: {
    body: { model: string; response_format?: { type: string }; messages: { role: string; content: string }[] };
    authorization?: string;
  }[];
  answer: (chapter: StubChapter, attempt: number) => StubAnswer;
  /** Requests per chapter number so far, the `attempt` passed to `answer`; clear it between builds. */
  attempts: Map<number, number>;
  close: () => Promise<void>;
}

/** A chat-completions server on 127.0.0.1 (a free port), non-streaming, answering as `answer` scripts. */
export async function startStub(): Promise<Stub> {
  const attempts = new Map<number, number>();
  const stub: Stub = {
    url: '',
    requests: [],
    answer: () => ({ status: 500 }),
    attempts,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  const server: Server = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
    req.on('end', () => {
      const body = JSON.parse(raw) as { model: string; messages: { role: string; content: string }[] };
      stub.requests.push({ body, ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}) });
      const prompt = body.messages.find((m) => m.role === 'user')!.content;
      // The episode summary request (chapter 0) lists every chapter; a chapter request names its number.
      const number = Number(/Chapter (\d+) of/.exec(prompt)?.[1] ?? 0);
      const sentences = [...prompt.matchAll(/^\[(s\d+)\] ([^:]+): (.*)$/gm)].map((m) => ({
        id: m[1]!,
        speaker: m[2]!,
        text: m[3]!,
      }));
      const takeaways = [...prompt.matchAll(/^\[(t\d+)\] (.*)$/gm)].map((m) => ({ id: m[1]!, text: m[2]! }));
      const attempt = attempts.get(number) ?? 0;
      attempts.set(number, attempt + 1);
      const answer = stub.answer({ number, sentences, takeaways }, attempt);
      const send = () => {
        if ('status' in answer) {
          res.writeHead(answer.status, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ error: { message: 'scripted failure' } }));
          return;
        }
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify({
            id: 'stub',
            object: 'chat.completion',
            model: body.model,
            choices: [{ index: 0, message: { role: 'assistant', content: answer.content }, finish_reason: 'stop' }],
            usage: { prompt_tokens: 100, completion_tokens: 20, total_tokens: 120 },
          }),
        );
      };
      if (answer.delayMs) setTimeout(send, answer.delayMs).unref();
      else send();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  stub.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  return stub;
}

/** A grounded reply: lower-case words taken from the chapter itself, citing its first sentences; every takeaway rewritten. */
export function goodReply(chapter: StubChapter): string {
  const words = (chapter.sentences[0]?.text ?? 'talk')
    .toLowerCase()
    .replace(/[^\p{L} ]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 4);
  return JSON.stringify({
    title: `about ${words.join(' ')}`,
    summary: `the speakers go into ${words.join(' ')} and more.`,
    cites: chapter.sentences.slice(0, 2).map((s) => s.id),
    takeaways: chapter.takeaways.map((k) => ({
      id: k.id,
      text: `the speakers say ${words.join(' ')}.`,
      cites: chapter.sentences.slice(1, 2).map((s) => s.id),
    })),
  });
}
