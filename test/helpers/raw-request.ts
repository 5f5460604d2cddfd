import { request } from 'node:http';

/** What a raw request got back. */
export interface RawResponse {
  status: number;
  body: string;
  headers: Record<string, unknown>;
}

/**
 * A request to a server on 127.0.0.1 sent as written: every header (Host,
 * Origin) is exactly what the test says, which `fetch` would not allow.
 */
export function rawRequest(
  base: string,
  pathname: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<RawResponse> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: url.port, path: pathname, method: options.method ?? 'POST', headers: options.headers },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString('utf8')));
        res.on('end', () => resolve({ status: res.statusCode!, body, headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}
