/**
 * Hardening 16: a glob subscription against an attacker-chosen path. `*a` × k then `*b` against
 * n `a`s: picomatch's RegExp (what match.ts used) backtracks exponentially in k; the bounded
 * matcher of src/cousins/glob.ts does at most pattern × path steps. `npm run bench glob`.
 * Measured 2026-11-27 on the shared 2-core machine: 8 stars vs 40 chars 9,962 ms before, 10.7 ms
 * after (50 steps, mostly first-call compile); 10 stars vs 40 chars 95,588 ms before, 8.0 ms
 * after (52 steps). 10 × 40 is left out of the default run: it takes minutes before.
 */
import picomatch from 'picomatch';
import { compileGlob, globWork } from '../src/cousins/glob.js';
import type { BenchRow } from './report.js';

function time(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

export async function run(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const [k, n] of [
    [6, 40],
    [8, 40],
    [10, 30],
  ]) {
    const pattern = `${'*a'.repeat(k)}*b`;
    const path = 'a'.repeat(n);
    const before = time(() => picomatch(pattern, { dot: true })(path));
    const steps0 = globWork.steps;
    const after = time(() => compileGlob(pattern)(path));
    rows.push({
      group: 'glob',
      name: `${k} stars vs ${n} chars`,
      value: Number(after.toFixed(3)),
      unit: 'ms',
      baseline: Number(before.toFixed(1)),
      goal: 'bounded (pattern × path steps)',
      note: `picomatch ${before.toFixed(1)} ms; ours ${globWork.steps - steps0} steps`,
    });
  }
  return rows;
}
