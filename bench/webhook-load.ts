/**
 * The load generator for bench/webhook.ts, in its own process so that it does not share an event
 * loop with the receiver it measures. Usage: webhook-load.ts URL COUNT CONCURRENCY PREFIX
 * (body from stdin, secret from BENCH_WEBHOOK_SECRET); prints one JSON line with the results.
 */
import { Agent, request } from 'node:http';
import { signBody } from '../src/webhook/verify.js';

export interface LoadResult {
  answered: number;
  non2xx: number;
  seconds: number;
  /** Milliseconds from sending to the end of the answer, sorted. */
  latencies: number[];
}

const TIME_LIMIT_MS = 60_000;

export async function load(url: string, body: Buffer, secret: string, count: number, concurrency: number, prefix: string): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const target = new URL(url);
  const signature = signBody(secret, body);
  const latencies: number[] = [];
  let next = 0;
  let non2xx = 0;
  const deadline = Date.now() + TIME_LIMIT_MS;
  const one = (i: number) =>
    new Promise<void>((resolve, reject) => {
      const started = process.hrtime.bigint();
      const req = request(
        {
          agent,
          host: target.hostname,
          port: target.port,
          method: 'POST',
          path: '/',
          headers: {
            'content-type': 'application/json',
            'content-length': body.length,
            'x-github-event': 'push',
            'x-github-delivery': `${prefix}-${i}`,
            'x-hub-signature-256': signature,
          },
        },
        (res) => {
          res.resume();
          res.on('end', () => {
            if ((res.statusCode ?? 0) >= 300) non2xx++;
            latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
            resolve();
          });
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count && Date.now() < deadline) await one(next++);
    }),
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  agent.destroy();
  return { answered: latencies.length, non2xx, seconds, latencies: latencies.sort((a, b) => a - b) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [url, count, concurrency, prefix] = process.argv.slice(2);
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const result = await load(url, Buffer.concat(chunks), process.env.BENCH_WEBHOOK_SECRET ?? '', Number(count), Number(concurrency), prefix);
  process.stdout.write(`${JSON.stringify(result)}\n`);
}
