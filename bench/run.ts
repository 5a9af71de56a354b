/**
 * `npm run bench [name...]`: runs every benchmark module in bench/ (or the named ones) and
 * prints one table. Each module exports `run(): Promise<BenchRow[]>`.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { printRows, type BenchRow } from './report.js';

const ALL = ['cold-start', 'release-cache', 'download-formats', 'check-upstream', 'dispatch', 'webhook', 'webhook-memory', 'relay'];
const wanted = process.argv.slice(2);
const dir = import.meta.dirname ?? new URL('.', import.meta.url).pathname;
const rows: BenchRow[] = [];
for (const name of wanted.length ? wanted : ALL) {
  const file = join(dir, `${name}.ts`);
  if (!existsSync(file)) {
    console.error(`bench: ${name}: no bench/${name}.ts yet, skipped`);
    continue;
  }
  console.error(`bench: ${name}...`);
  const mod = (await import(file)) as { run: () => Promise<BenchRow[]> };
  rows.push(...(await mod.run()));
}
printRows(rows);
