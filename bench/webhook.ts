/**
 * Webhook receiver under load: signed deliveries per second and latency to the 2xx answer, from a
 * keep-alive load generator on loopback (bounded: N requests, C at a time, and a time limit),
 * once with a fast dispatch target and once with a target that takes `SLOW_MS` per dispatch.
 * The point: the answer does not wait for the dispatch, so the slow target's p99 stays near the
 * fast one's (ratio ~1) and far below SLOW_MS.
 *
 * The load generator is a child process (bench/webhook-load.ts); the receiver, the local GitHub
 * stand-in and the delaying proxy in front of it share this process on 127.0.0.1, so with a fast
 * target the receiver's core also serves the dispatches. The comparison between the runs is what
 * matters more than absolute figures.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { silentLog } from '../src/runtime/log.js';
import { parseManifest } from '../src/manifest/manifest.js';
import { startWebhookServer } from '../src/webhook/server.js';
import { startGitHub } from '../test/github/index.js';
import { startGateProxy } from '../test/support/gate-proxy.js';
import type { BenchRow } from './report.js';
import type { LoadResult } from './webhook-load.js';

// Retries against the stand-in need not wait seconds (set before any client is created).
process.env.SYNC_RETRY_BASE_MS ??= '10';
const LOADER = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, 'webhook-load.ts');
const REQUESTS = Number(process.env.BENCH_WEBHOOK_REQUESTS) || 2000;
const CONCURRENCY = Number(process.env.BENCH_WEBHOOK_CONCURRENCY) || 16;
const SLOW_MS = Number(process.env.BENCH_WEBHOOK_SLOW_MS) || 200;
const WARMUP = 200;
const SECRET = 'bench-secret';
const UPSTREAM = 'upstream-org/tool';
const TARGET = 'acme/project';

type Load = LoadResult;

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Runs the load generator in a child process (its own event loop and core). */
async function load(url: string, body: Buffer, count: number, concurrency: number, prefix: string): Promise<Load> {
  const child = spawn(process.execPath, ['--import', 'tsx', LOADER, url, String(count), String(concurrency), prefix], {
    env: { ...process.env, BENCH_WEBHOOK_SECRET: SECRET },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stdin.end(body);
  const [code] = await once(child, 'exit');
  if (code !== 0) throw new Error(`load generator exited ${code}`);
  return JSON.parse(out) as Load;
}

export async function run(): Promise<BenchRow[]> {
  const gh = await startGitHub();
  await gh.createRepo(TARGET);
  const token = gh.token({ permission: 'write' });
  const manifest = parseManifest(`binaries:\n  tool:\n    version: v1\n    upstream: { repo: ${UPSTREAM}, track: commits }\n`, 'versions.yml');
  const require = createRequire(import.meta.url);
  const examples: Array<{ name: string; examples: any[] }> = require('@octokit/webhooks-examples/api.github.com/index.json');
  const push = examples.find((e) => e.name === 'push')!.examples.find((x) => x.ref === 'refs/heads/master' && !x.deleted);
  const body = Buffer.from(JSON.stringify(push).replaceAll('Codertocat/Hello-World', UPSTREAM));

  const scenario = async (name: string, delayMs: number) => {
    const proxy = await startGateProxy(gh.apiUrl, { delayMs });
    // Room for every delivery: the run measures answering, not the 503 of a full queue.
    const server = await startWebhookServer({
      port: 0,
      secret: SECRET,
      target: TARGET,
      token,
      apiUrl: proxy.apiUrl,
      manifest,
      queueSize: REQUESTS + WARMUP,
      concurrency: 4,
      log: silentLog,
    });
    await load(server.url, body, WARMUP, CONCURRENCY, `${name}-warm`);
    const before = gh.state.dispatches(TARGET).length;
    const result = await load(server.url, body, REQUESTS, CONCURRENCY, name);
    const dispatched = gh.state.dispatches(TARGET).length - before;
    const queued = server.handler.health().queue.depth;
    // Do not sit out the slow target's backlog: what is left is abandoned, not measured.
    await server.close({ drainTimeoutMs: 0 });
    await proxy.close();
    return { ...result, dispatched, queued };
  };

  try {
    const fast = await scenario('fast', 0);
    const slow = await scenario('slow', SLOW_MS);
    const rate = (l: Load) => l.answered / l.seconds;
    const p = (l: Load, q: number) => percentile(l.latencies, q);
    const group = 'webhook';
    const note = `${REQUESTS} signed pushes, ${CONCURRENCY} concurrent, keep-alive`;
    return [
      { group, name: 'deliveries/s, fast target', value: rate(fast), unit: '/s', note },
      {
        group,
        name: `deliveries/s, target ${SLOW_MS} ms/dispatch`,
        value: rate(slow),
        unit: '/s',
        baseline: rate(fast),
        ratio: rate(slow) / rate(fast),
        goal: '~1x',
      },
      { group, name: 'p50 answer, fast target', value: p(fast, 50), unit: 'ms' },
      { group, name: `p50 answer, target ${SLOW_MS} ms`, value: p(slow, 50), unit: 'ms', baseline: p(fast, 50), ratio: p(slow, 50) / p(fast, 50) },
      { group, name: 'p99 answer, fast target', value: p(fast, 99), unit: 'ms' },
      {
        group,
        name: `p99 answer, target ${SLOW_MS} ms`,
        value: p(slow, 99),
        unit: 'ms',
        baseline: p(fast, 99),
        ratio: p(slow, 99) / p(fast, 99),
        goal: '~1x, << target time',
      },
      { group, name: 'non-2xx answers (fast + slow)', value: fast.non2xx + slow.non2xx, unit: '', goal: '0' },
      { group, name: 'dispatched during the run, fast', value: fast.dispatched, unit: '', note: `${fast.queued} still queued at the end` },
      {
        group,
        name: `dispatched during the run, ${SLOW_MS} ms`,
        value: slow.dispatched,
        unit: '',
        note: `${slow.queued} still queued at the end (answered 202 long before)`,
      },
    ];
  } finally {
    await gh.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { printRows } = await import('./report.js');
  printRows(await run());
}
