import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { REPO_ROOT } from '../support/launcher.js';

// @ts-expect-error plain ESM script without types
const docs = await import('../../scripts/docs.mjs');

test('README inputs/outputs tables match the action.yml files', async () => {
  const readme = await readFile(join(REPO_ROOT, 'README.md'), 'utf8');
  assert.equal(await docs.render(readme), readme, 'README.md is stale: run npm run docs');
});

test('every action.yml: node24, main in dist/, branding, every input and output described', async () => {
  for (const action of docs.ACTIONS as string[]) {
    const meta = parse(await readFile(join(REPO_ROOT, action, 'action.yml'), 'utf8'));
    const where = action === '.' ? 'action.yml' : `${action}/action.yml`;
    assert.equal(meta.runs.using, 'node24', where);
    const bundle = action === '.' ? 'ensure-all' : action;
    assert.equal(meta.runs.main, action === '.' ? `dist/${bundle}/index.js` : `../dist/${bundle}/index.js`, where);
    assert.ok(meta.description && meta.branding?.icon && meta.branding?.color, `${where}: description and branding`);
    for (const [name, spec] of Object.entries<{ description?: string }>(meta.inputs ?? {})) assert.ok(spec.description, `${where}: input ${name} described`);
    for (const [name, spec] of Object.entries<{ description?: string }>(meta.outputs ?? {})) assert.ok(spec.description, `${where}: output ${name} described`);
  }
});
