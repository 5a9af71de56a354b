// Runs every test/**/*.test.ts with Node's own test runner (TypeScript through tsx).
// `npm test -- <substring>` runs only the files whose path contains it.
import { spawn } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';

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
const child = spawn(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', '--test-timeout=300000', ...files], {
  stdio: 'inherit',
});
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 1)));
