/**
 * Cold start of each bundle: process start until the action has read its first input and
 * given up (no inputs are set, so each one stops at its first input check), as a ratio to
 * bare `node -e ''` measured in the same run. Median of repeated, interleaved runs.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BenchRow } from './report.js';
import { median } from './report.js';

const ROOT = resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..');
export const BUNDLES = ['ensure-binary', 'release-binary', 'check-upstream', 'dispatch-cousins', 'sync-upstream', 'ensure-all', 'cli'];

function timeOnce(args: string[], env: Record<string, string>, cwd: string): number {
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { env, cwd, stdio: 'ignore' });
  if (r.error) throw r.error;
  return Number(process.hrtime.bigint() - started) / 1e6;
}

export async function run(repeats = Number(process.env.BENCH_REPEATS) || 21): Promise<BenchRow[]> {
  const work = mkdtempSync(join(tmpdir(), 'sync-bench-cold-'));
  const output = join(work, 'output');
  writeFileSync(output, '');
  const env = { PATH: process.env.PATH ?? '', HOME: work, GITHUB_OUTPUT: output, GITHUB_STEP_SUMMARY: join(work, 'summary'), GITHUB_WORKSPACE: work, RUNNER_TEMP: work, RUNNER_TOOL_CACHE: join(work, 'tc') };
  const targets: Array<[string, string[]]> = [['node -e ""', ['-e', '']]];
  for (const b of BUNDLES) targets.push([b, b === 'cli' ? [join(ROOT, 'dist/cli/index.js'), '--version'] : [join(ROOT, 'dist', b, 'index.js')]]);
  const samples = new Map<string, number[]>(targets.map(([n]) => [n, []]));
  for (const [, args] of targets) timeOnce(args, env, work); // warm the file cache
  for (let i = 0; i < repeats; i++) {
    for (const [name, args] of targets) samples.get(name)!.push(timeOnce(args, env, work));
  }
  rmSync(work, { recursive: true, force: true });
  const base = median(samples.get('node -e ""')!);
  const rows: BenchRow[] = [{ group: 'cold start', name: 'node -e "" (baseline)', value: base, unit: 'ms' }];
  for (const b of BUNDLES) {
    const v = median(samples.get(b)!);
    rows.push({ group: 'cold start', name: b, value: v, unit: 'ms', ratio: v / base, goal: '<= 1.5x' });
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { printRows } = await import('./report.js');
  printRows(await run());
}
