// Runs every test/**/*.test.ts with Node's own test runner (TypeScript through tsx).
// `npm test -- <substring>` runs only the files whose path contains it.
import { spawn } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { availableParallelism } from 'node:os';

async function* walk(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.name.endsWith('.test.ts')) yield path;
  }
}

const filters = process.argv.slice(2);
const files = [];
for await (const file of walk('test')) {
  const rel = relative('.', file);
  if (!filters.length || filters.some((f) => rel.includes(f))) files.push(rel);
}
files.sort();
if (!files.length) {
  console.error('test: no test files matched');
  process.exit(1);
}
// Test files run side by side: most of their time is spent waiting on child processes (bundles, git,
// the stand-in), so two at a time fill a 2-core machine that Node's default (cores - 1) leaves half idle.
// SYNC_TEST_CONCURRENCY overrides.
const concurrency = Number(process.env.SYNC_TEST_CONCURRENCY) || Math.max(2, availableParallelism());
const child = spawn(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-reporter=spec', '--test-timeout=300000', `--test-concurrency=${concurrency}`, ...files],
  {
    stdio: 'inherit',
  },
);
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 1)));
