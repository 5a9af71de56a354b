// A webhook target for replay tests: records every POST (headers and exact body) and answers what
// the test decides per request (a status, or 'hang' to never answer). Waiters instead of sleeps.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Hit {
  guid: string;
  event: string;
  headers: IncomingMessage['headers'];
  body: string;
  status: number | 'hang';
}

export async function hookTarget(answer: (hit: Omit<Hit, 'status'>, n: number) => number | 'hang' = () => 200, port = 0) {
  const hits: Hit[] = [];
  const hung: ServerResponse[] = [];
  const waiters: Array<() => void> = [];
  let decide = answer;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const base = {
        guid: String(req.headers['x-github-delivery'] ?? ''),
        event: String(req.headers['x-github-event'] ?? ''),
        headers: req.headers,
        body: Buffer.concat(chunks).toString(),
      };
      const status = decide(base, hits.length);
      hits.push({ ...base, status });
      waiters.splice(0).forEach((w) => w());
      if (status === 'hang') return void hung.push(res);
      res.writeHead(status, { 'content-type': 'text/plain' });
      res.end(status < 300 ? 'ok' : 'no');
    });
  });
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    hits,
    /** GUIDs the target accepted (answered 2xx), in order. */
    accepted: () => hits.filter((h) => typeof h.status === 'number' && h.status < 300).map((h) => h.guid),
    answer(fn: typeof answer) {
      decide = fn;
    },
    async until(pred: (hits: Hit[]) => boolean) {
      while (!pred(hits)) await new Promise<void>((r) => waiters.push(r));
    },
    close: () =>
      new Promise<void>((r) => {
        for (const res of hung.splice(0)) res.destroy();
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
