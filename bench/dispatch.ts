/**
 * dispatch-cousins fan-out under GitHub's secondary limit for content creation ("80 per minute"),
 * on the local GitHub, with time scaled: SYNC_RATE_LIMIT_UNIT_MS=10 makes a `retry-after: 60`
 * wait 600 ms, and the stand-in's limiter allows 80 dispatches per 600 ms sliding window.
 * Figures: dispatches lost (goal 0), and the time from the first to the last dispatch against the
 * least that limit allows (ceil(N / 80) - 1 full windows; goal <= 1.1x).
 * `tsx bench/dispatch.ts` prints the rows; `npm run bench dispatch` too.
 */
import { startGitHub } from '../test/github/index.js';
import { printRows, type BenchRow } from './report.js';

const COUSINS = Number(process.env.BENCH_COUSINS) || 500;
const PER_WINDOW = 80;
const UNIT_MS = 10;
const RETRY_AFTER = 60; // "a minute", in units
const WINDOW_MS = RETRY_AFTER * UNIT_MS;

export async function run(): Promise<BenchRow[]> {
  process.env.SYNC_RATE_LIMIT_UNIT_MS = String(UNIT_MS);
  process.env.SYNC_RETRY_BASE_MS = '10';
  const { createClient } = await import('../src/github/client.js');
  const { dispatchAll } = await import('../src/cousins/dispatch.js');
  const { Pacer } = await import('../src/cousins/pacer.js');
  const gh = await startGitHub();
  const rows: BenchRow[] = [];
  try {
    const token = gh.token({ permission: 'write' });
    const repos = Array.from({ length: COUSINS }, (_, i) => `bench/cousin-${i}`);
    for (const r of repos) await gh.createRepo(r);
    gh.faults.secondaryLimit({ path: /^\/repos\/bench\/[^/]+\/dispatches$/, method: 'POST', max: PER_WINDOW, windowMs: WINDOW_MS, retryAfter: RETRY_AFTER });
    const warnings: string[] = [];
    const client = createClient({ token, apiUrl: gh.apiUrl, warn: (m) => warnings.push(m) });
    const pacer = new Pacer(UNIT_MS);
    pacer.install(client);
    const log = { info() {}, warn: (m: string) => warnings.push(m), debug() {} };
    const started = Date.now();
    const results = await dispatchAll({
      client,
      plans: repos.map((repo) => ({ repo, features: ['features/x'], eventType: 'feature-update' })),
      fields: { commitSha: 'a'.repeat(40), sourceRepo: 'acme/mono', ref: 'refs/heads/main', before: '0'.repeat(40) },
      concurrency: 4,
      dryRun: false,
      log,
    });
    const wall = Date.now() - started;
    const received = repos.reduce((n, r) => n + gh.state.dispatches(r).length, 0);
    const times = repos.flatMap((r) => gh.state.dispatches(r).map((d) => d.at)).sort((a, b) => a - b);
    const span = times[times.length - 1] - times[0];
    const minimum = (Math.ceil(COUSINS / PER_WINDOW) - 1) * WINDOW_MS;
    const failed = results.filter((r) => r.status !== 'dispatched').length;
    const duplicates = repos.filter((r) => gh.state.dispatches(r).length > 1).length;
    const refused = gh.requests.filter((q) => q.status === 403 && /\/dispatches$/.test(q.path)).length;
    const group = `dispatch-cousins (${COUSINS} cousins, ${PER_WINDOW} per ${RETRY_AFTER}-unit window, unit ${UNIT_MS} ms)`;
    rows.push(
      {
        group,
        name: 'dispatches lost',
        value: COUSINS - received + failed,
        unit: 'dispatches',
        goal: '0',
        note: `${received} received, ${failed} failed, ${duplicates} duplicated`,
      },
      {
        group,
        name: 'first to last dispatch',
        value: span,
        unit: 'ms',
        baseline: minimum,
        ratio: span / minimum,
        goal: '<= 1.1x',
        note: `minimum: ${Math.ceil(COUSINS / PER_WINDOW) - 1} windows of ${WINDOW_MS} ms`,
      },
      { group, name: 'wall time, whole fan-out', value: wall, unit: 'ms' },
      { group, name: '403 refusals (secondary limit)', value: refused, unit: 'requests', note: `pacer saw ${pacer.refusals}` },
    );
  } finally {
    await gh.close();
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) printRows(await run());
