// A pass-through HTTP proxy in front of the local GitHub that can hold requests (until released)
// or delay each one: it plays a dispatch target that is slow or stuck, without touching the
// stand-in. Used by the webhook tests and benchmark.
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface GateProxy {
  url: string;
  apiUrl: string;
  /** Requests that arrived so far (held or not). */
  readonly arrived: number;
  /** Requests waiting behind the gate. */
  readonly held: number;
  /** Resolves once `n` requests have arrived in total. */
  arrivals(n: number): Promise<void>;
  hold(): void;
  release(): void;
  /** Delay every request from now on (the target "takes" this long). */
  delay(ms: number): void;
  close(): Promise<void>;
}

export async function startGateProxy(target: string, options: { delayMs?: number } = {}): Promise<GateProxy> {
  const base = new URL(target);
  let gate: Array<() => void> | null = null;
  let delayMs = options.delayMs ?? 0;
  let arrived = 0;
  const waiters: Array<{ n: number; resolve: () => void }> = [];

  const forward = (req: IncomingMessage, res: ServerResponse) => {
    const up = request({ host: base.hostname, port: base.port, method: req.method, path: req.url, headers: { ...req.headers, host: base.host } }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    up.on('error', () => res.destroy());
    req.pipe(up);
  };

  const server = createServer((req, res) => {
    arrived++;
    for (const w of waiters.filter((w) => arrived >= w.n)) {
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve();
    }
    const go = () => (delayMs > 0 ? setTimeout(() => forward(req, res), delayMs) : forward(req, res));
    if (gate) gate.push(go);
    else go();
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const release = () => {
    const waiting = gate ?? [];
    gate = null;
    for (const go of waiting) go();
  };

  return {
    url,
    apiUrl: `${url}${base.pathname.replace(/\/+$/, '')}`,
    get arrived() {
      return arrived;
    },
    get held() {
      return gate?.length ?? 0;
    },
    arrivals(n) {
      if (arrived >= n) return Promise.resolve();
      return new Promise((resolve) => waiters.push({ n, resolve }));
    },
    hold() {
      gate ??= [];
    },
    release,
    delay(ms) {
      delayMs = ms;
    },
    async close() {
      release();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
