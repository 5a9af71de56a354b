/**
 * The shape of src/: no loose modules at its top, and no import cycle between its folders
 * (static and lazy `import()` alike), so each folder can be read and tested on its own.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { test } from 'node:test';
import { REPO_ROOT } from '../support/launcher.js';

const SRC = join(REPO_ROOT, 'src');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** folder -> folders it imports from. */
function folderGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of sources(SRC)) {
    const from = relative(SRC, dirname(file)).split('/')[0];
    const deps = graph.get(from) ?? new Set<string>();
    graph.set(from, deps);
    for (const m of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
      const to = relative(SRC, dirname(resolve(dirname(file), m[1]))).split('/')[0];
      if (to !== from && !to.startsWith('..')) deps.add(to);
    }
  }
  return graph;
}

function findCycle(graph: Map<string, Set<string>>): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (n: string): string[] | undefined => {
    if (state.get(n) === 'done') return undefined;
    if (state.get(n) === 'open') return [...path.slice(path.indexOf(n)), n];
    state.set(n, 'open');
    path.push(n);
    for (const d of graph.get(n) ?? []) {
      const c = visit(d);
      if (c) return c;
    }
    path.pop();
    state.set(n, 'done');
    return undefined;
  };
  for (const n of graph.keys()) {
    const c = visit(n);
    if (c) return c;
  }
  return undefined;
}

test('architecture: src/ has no loose modules at its top', () => {
  const loose = readdirSync(SRC, { withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.ts'));
  assert.deepEqual(
    loose.map((e) => e.name),
    [],
  );
});

test('architecture: no import cycle between src/ folders', () => {
  assert.equal(findCycle(folderGraph())?.join(' -> '), undefined);
});

test('architecture: the cycle finder finds a cycle', () => {
  const g = new Map([
    ['a', new Set(['b'])],
    ['b', new Set(['c'])],
    ['c', new Set(['a'])],
  ]);
  assert.deepEqual(findCycle(g), ['a', 'b', 'c', 'a']);
});
