/**
 * Cold start of each bundle: process start until the action has read its inputs and refused
 * them at its first check (no inputs, or one bad input where the defaults would be valid and
 * real work would start), as a ratio to bare `node -e ''` measured in the same run. Median of
 * repeated, interleaved runs.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BenchRow } from './report.js';
import { median } from './report.js';

const ROOT = resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..');
export const BUNDLES = ['ensure-binary', 'release-binary', 'check-upstream', 'dispatch-cousins', 'sync-upstream', 'ensure-all', 'cli'];
/** Inputs that make a bundle stop at its first input check (its defaults alone are valid). */
const REFUSED: Record<string, Record<string, string>> = { 'check-upstream': { INPUT_UPDATE: 'bogus' } };

function timeOnce(args: string[], env: Record<string, string>, cwd: string): number {
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { env, cwd, stdio: 'ignore' });
  if (r.status === 0 && args[0] !== '-e' && !args.includes('--version')) throw new Error(`${args[0]} did not stop at its input check`);
  if (r.error) throw r.error;
  return Number(process.hrtime.bigint() - started) / 1e6;
}

export async function run(repeats = Number(process.env.BENCH_REPEATS) || 21): Promise<BenchRow[]> {
  const work = mkdtempSync(join(tmpdir(), 'sync-bench-cold-'));
  const output = join(work, 'output');
  writeFileSync(output, '');
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: work,
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: join(work, 'summary'),
    GITHUB_WORKSPACE: work,
    RUNNER_TEMP: work,
    RUNNER_TOOL_CACHE: join(work, 'tc'),
  };
  const targets: Array<[string, string[], Record<string, string>]> = [['node -e ""', ['-e', ''], env]];
  for (const b of BUNDLES) {
    targets.push([b, b === 'cli' ? [join(ROOT, 'dist/cli/index.js'), '--version'] : [join(ROOT, 'dist', b, 'index.js')], { ...env, ...REFUSED[b] }]);
  }
  const samples = new Map<string, number[]>(targets.map(([n]) => [n, []]));
  for (const [, args, e] of targets) timeOnce(args, e, work); // warm the file cache
  for (let i = 0; i < repeats; i++) {
    for (const [name, args, e] of targets) samples.get(name)!.push(timeOnce(args, e, work));
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
