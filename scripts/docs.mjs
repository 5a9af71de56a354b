// Writes each action's inputs/outputs tables into README.md between
// `<!-- action:NAME -->` and `<!-- /action:NAME -->`, from its action.yml.
// `node scripts/docs.mjs --check` exits 1 when README.md is stale (CI and the tests run that).
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const ACTIONS = ['ensure-binary', 'release-binary', 'check-upstream', 'dispatch-cousins', 'sync-upstream', '.'];

const cell = (s) =>
  String(s ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ')
    .trim();

export async function tablesFor(action) {
  const meta = parse(await readFile(join(root, action, 'action.yml'), 'utf8'));
  const lines = [];
  lines.push(`_${cell(meta.description)}_`, '');
  lines.push('| input | required | default | description |', '| --- | --- | --- | --- |');
  for (const [name, spec] of Object.entries(meta.inputs ?? {})) {
    const def = spec.default === undefined ? '' : `\`${cell(spec.default)}\``;
    lines.push(`| \`${name}\` | ${spec.required ? 'yes' : 'no'} | ${def} | ${cell(spec.description)} |`);
  }
  lines.push('', '| output | description |', '| --- | --- |');
  for (const [name, spec] of Object.entries(meta.outputs ?? {})) lines.push(`| \`${name}\` | ${cell(spec.description)} |`);
  return lines.join('\n');
}

export async function render(readme) {
  let text = readme;
  for (const action of ACTIONS) {
    const key = action === '.' ? 'sync' : action;
    const start = `<!-- action:${key} -->`;
    const end = `<!-- /action:${key} -->`;
    const a = text.indexOf(start);
    const b = text.indexOf(end);
    if (a < 0 || b < a) throw new Error(`README.md has no ${start} ... ${end} section`);
    text = `${text.slice(0, a + start.length)}\n${await tablesFor(action)}\n${text.slice(b)}`;
  }
  return text;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const file = join(root, 'README.md');
  const current = await readFile(file, 'utf8');
  const next = await render(current);
  if (process.argv.includes('--check')) {
    if (next !== current) {
      console.error('README.md inputs/outputs tables are stale: run `npm run docs` and commit README.md');
      process.exit(1);
    }
  } else if (next !== current) {
    await writeFile(file, next);
    console.log('README.md tables updated');
  }
}
