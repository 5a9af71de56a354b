/**
 * Issue 14 item 7: 100 clients each POST a 25 MB body with a made-up signature at full speed at a
 * receiver in its own process, and one real signed push is sent while they do. Reports the
 * receiver's peak RSS (VmHWM) and the signed delivery's status, with the memory budget (default
 * settings) and without it (the receiver before the change), in the same run.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { signBody } from '../src/webhook/verify.js';
import type { BenchRow } from './report.js';

const SERVER = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, 'webhook-memory-server.ts');
const CLIENTS = Number(process.env.BENCH_MEMORY_CLIENTS) || 100;
const SIZE = 25 * 1024 * 1024;
const GOAL_MB = 300;

const peakRssMb = (pid: number) => Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;

function post(url: URL, body: Buffer, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve) => {
    const req = request({ host: url.hostname, port: url.port, method: 'POST', path: '/', headers: { ...headers, 'content-length': body.length } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
      res.on('error', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', () => resolve(0));
    req.end(body);
  });
}

async function attack(unbounded: boolean): Promise<{ peak: number; signed: number; statuses: Record<string, number>; ms: number }> {
  const child = spawn(process.execPath, ['--import', 'tsx', SERVER, ...(unbounded ? ['unbounded'] : [])], { stdio: ['ignore', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const url = new URL((await lines.next()).value as string);
  const big = Buffer.alloc(SIZE, 0x20);
  const headers = { 'content-type': 'application/json', 'x-github-event': 'push', 'x-hub-signature-256': `sha256=${'0'.repeat(64)}` };
  const started = Date.now();
  const crowd = Array.from({ length: CLIENTS }, (_, i) => post(url, big, { ...headers, 'x-github-delivery': `attack-${i}` }));
  const push = Buffer.from(
    JSON.stringify({ ref: 'refs/heads/master', after: 'a'.repeat(40), repository: { full_name: 'upstream-org/tool', default_branch: 'master' } }),
  );
  const signed = await post(url, push, { ...headers, 'x-github-delivery': 'signed-1', 'x-hub-signature-256': signBody('bench-secret', push) });
  const results = await Promise.all(crowd);
  const ms = Date.now() - started;
  const peak = peakRssMb(child.pid!);
  child.kill('SIGTERM');
  const statuses: Record<string, number> = {};
  for (const s of results) statuses[s] = (statuses[s] ?? 0) + 1;
  return { peak, signed, statuses, ms };
}

export async function run(): Promise<BenchRow[]> {
  const bounded = await attack(false);
  const before = await attack(true);
  const note = (r: typeof bounded) => `signed push ${r.signed}; crowd answers ${JSON.stringify(r.statuses)} in ${r.ms} ms`;
  return [
    {
      group: 'webhook memory',
      name: `peak RSS, ${CLIENTS} x 25 MB bad-signature bodies`,
      value: bounded.peak,
      unit: 'MB',
      baseline: before.peak,
      ratio: bounded.peak / before.peak,
      goal: `< ${GOAL_MB} MB and the signed push 2xx`,
      note: `${note(bounded)}; without the budget: ${note(before)}`,
    },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(JSON.stringify(await run(), null, 2));
