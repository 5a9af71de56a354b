/**
 * `ghsync relay` (the bundled CLI, in its own process; run `npm run build` first):
 * 1. End-to-end latency, POST to the relay until the event is in hand, over the same relay: the
 *    real smee-client (smee stream, re-POSTed to a local target) vs `webhook --source`'s stream
 *    client (exact-bytes stream). Sequential events, p50/p99.
 * 2. 1,000 subscribers on one channel: the relay's RSS per subscriber, and the time from the POST
 *    until every subscriber has the event.
 * 3. Resume after cuts: 1,000 events posted while a TCP proxy between the stream client and the
 *    relay is cut every 100 events; events lost and duplicated.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, get, request } from 'node:http';
import { connect, createServer as createTcpServer, type AddressInfo, type Socket } from 'node:net';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import SmeeClient from 'smee-client';
import { startStreamClient } from '../src/relay/client.js';
import type { BenchRow } from './report.js';

process.env.SYNC_RETRY_BASE_MS ??= '20';
const ROOT = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..');
const CHANNEL = 'bench-relay-channel';
const EVENTS = Number(process.env.BENCH_RELAY_EVENTS) || 300;
const SUBSCRIBERS = Number(process.env.BENCH_RELAY_SUBSCRIBERS) || 1000;

const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)];

async function startRelayProcess() {
  const child = spawn(process.execPath, [join(ROOT, 'dist/cli/index.js'), 'relay', '--port', '0', '--channel', CHANNEL, '--history', '2000'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const url = (await lines.next()).value as string;
  (async () => {
    for await (const _ of lines); // keep reading its log
  })();
  return { child, url };
}

function post(url: string, body: Buffer, id: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': body.length, 'x-github-event': 'push', 'x-github-delivery': id } },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const body = (i: number) => Buffer.from(JSON.stringify({ ref: 'refs/heads/main', n: i, repository: { full_name: 'o/r' } }));

async function latency(url: string): Promise<{ smee: number[]; ours: number[] }> {
  const channelUrl = `${url}/${CHANNEL}`;
  const waiting = new Map<string, (t: number) => void>();
  const arrived = (id: string) => waiting.get(id)?.(performance.now());
  const target = createServer((req, res) => {
    req.resume();
    req.on('end', () => (res.end(), arrived(String(req.headers['x-github-delivery']))));
  });
  await new Promise<void>((r) => target.listen(0, '127.0.0.1', r));
  const smee = new SmeeClient({ source: channelUrl, target: `http://127.0.0.1:${(target.address() as AddressInfo).port}/`, logger: { info() {}, error() {} } });
  await smee.start();
  const ours = await startStreamClient({
    source: channelUrl,
    log: () => {},
    onDelivery: (d) => (arrived(`ours:${d.headers['x-github-delivery']}`), { status: 202 }),
  });
  while (!ours.status().connected) await new Promise((r) => setTimeout(r, 10));
  const times = { smee: [] as number[], ours: [] as number[] };
  for (let i = 0; i < EVENTS; i++) {
    const id = `lat-${i}`;
    const started = performance.now();
    const both = Promise.all([new Promise<number>((r) => waiting.set(id, r)), new Promise<number>((r) => waiting.set(`ours:${id}`, r))]);
    await post(channelUrl, body(i), id);
    const [a, b] = await both;
    if (i >= 20) {
      times.smee.push(a - started);
      times.ours.push(b - started);
    }
  }
  await smee.stop();
  await ours.stop();
  target.close();
  return times;
}

async function fanOut(url: string, pid: number): Promise<{ perSubscriberKb: number; fanOutMs: number }> {
  const before = rssMb(pid);
  const sockets: Array<ReturnType<typeof get>> = [];
  let ready = 0;
  let got = 0;
  let allGot: () => void = () => {};
  const done = new Promise<void>((r) => (allGot = r));
  await new Promise<void>((resolveAll) => {
    for (let i = 0; i < SUBSCRIBERS; i++) {
      const req = get(`${url}/events/${CHANNEL}`, { headers: { accept: 'text/event-stream' }, agent: false }, (res) => {
        res.setEncoding('utf8');
        let seen = false;
        res.on('data', (chunk: string) => {
          if (!seen && chunk.includes('"message":"ready"')) {
            seen = true;
            if (++ready === SUBSCRIBERS) resolveAll();
          }
          if (chunk.includes('fan-out-1')) if (++got === SUBSCRIBERS) allGot();
        });
      });
      sockets.push(req);
    }
  });
  // The relay registers a subscriber just after its opening frames: wait until it counts them all.
  for (;;) {
    const health = (await (await fetch(`${url}/health`)).json()) as any;
    if (health.channels[CHANNEL].subscribers >= SUBSCRIBERS) break;
    await new Promise((r) => setTimeout(r, 20));
  }
  const after = rssMb(pid);
  const started = performance.now();
  await post(`${url}/${CHANNEL}`, body(0), 'fan-out-1');
  await done;
  const fanOutMs = performance.now() - started;
  for (const s of sockets) s.destroy();
  return { perSubscriberKb: ((after - before) * 1024) / SUBSCRIBERS, fanOutMs };
}

async function resume(url: string): Promise<{ lost: number; duplicated: number; cuts: number }> {
  const relay = new URL(url);
  const open = new Set<Socket>();
  const proxy = createTcpServer((client) => {
    const upstream = connect(Number(relay.port), relay.hostname);
    open.add(client);
    client.on('close', () => (open.delete(client), upstream.destroy()));
    upstream.on('close', () => client.destroy());
    client.on('error', () => {});
    upstream.on('error', () => {});
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r));
  const seen = new Map<string, number>();
  const client = await startStreamClient({
    source: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}/${CHANNEL}`,
    log: () => {},
    onDelivery: (d) => (seen.set(d.headers['x-github-delivery'], (seen.get(d.headers['x-github-delivery']) ?? 0) + 1), { status: 202 }),
  });
  while (!client.status().connected) await new Promise((r) => setTimeout(r, 10));
  let cuts = 0;
  for (let i = 0; i < 1000; i++) {
    await post(url, body(i), `resume-${i}`).then(() => undefined);
    if (i % 100 === 50) {
      for (const s of open) s.destroy();
      cuts++;
    }
  }
  for (let i = 0; i < 500 && [...seen.keys()].filter((k) => k.startsWith('resume-')).length < 1000; i++) await new Promise((r) => setTimeout(r, 20));
  await client.stop();
  proxy.close();
  const ids = [...seen.entries()].filter(([k]) => k.startsWith('resume-'));
  return { lost: 1000 - ids.length, duplicated: ids.filter(([, n]) => n > 1).length, cuts };
}

export async function run(): Promise<BenchRow[]> {
  const { child, url } = await startRelayProcess();
  try {
    const t = await latency(url);
    const r = await resume(`${url}/${CHANNEL}`);
    const f = await fanOut(url, child.pid!);
    const ratio = (a: number, b: number) => a / b;
    return [
      {
        group: 'relay',
        name: 'POST to event, p50: webhook --source stream client',
        value: pct(t.ours, 50),
        unit: 'ms',
        baseline: pct(t.smee, 50),
        ratio: ratio(pct(t.ours, 50), pct(t.smee, 50)),
        note: `baseline: real smee-client re-POSTing to a local target (ours ends at the receiver's handler, no extra HTTP hop); ${t.ours.length} events`,
      },
      {
        group: 'relay',
        name: 'POST to event, p99: webhook --source stream client',
        value: pct(t.ours, 99),
        unit: 'ms',
        baseline: pct(t.smee, 99),
        ratio: ratio(pct(t.ours, 99), pct(t.smee, 99)),
      },
      { group: 'relay', name: `${SUBSCRIBERS} subscribers: relay memory per subscriber`, value: f.perSubscriberKb, unit: 'KB' },
      { group: 'relay', name: `${SUBSCRIBERS} subscribers: POST until all have the event`, value: f.fanOutMs, unit: 'ms' },
      {
        group: 'relay',
        name: `resume after ${r.cuts} cuts: events lost of 1000`,
        value: r.lost,
        unit: 'events',
        goal: '0',
        note: `${r.duplicated} duplicated`,
      },
    ];
  } finally {
    child.kill('SIGTERM');
  }
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(JSON.stringify(await run(), null, 2));
