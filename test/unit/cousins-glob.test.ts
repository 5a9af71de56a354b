/**
 * The subscription glob matcher (hardening 16): the same answers as picomatch (`dot: true`) on the
 * syntax subscriptions use, and a cost bounded by pattern × path, where picomatch's backtracking
 * RegExp is exponential in the number of `*`.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import picomatch from 'picomatch';
import { compileGlob, expandBraces, GlobError, globWork, MAX_ALTERNATIVES } from '../../src/cousins/glob.js';

const PATTERNS = [
  'features/*',
  'features/*/flask',
  'features/*/react',
  'features/webpush/**',
  'features/webpush/**/*.py',
  'features/**/app.py',
  '**/*.md',
  'features/{pwa,webpush}/react',
  'features/{pwa,web{push,sockets}}/*',
  'features/v?/api',
  'features/[a-c]*/x',
  'features/[^a-c]*/x',
  'features/*.md',
  'features/*-old',
  'features/a*b*c',
  'features/**',
  '**',
  '*',
];
const PATHS = [
  'features',
  'features/webpush',
  'features/webpush/flask',
  'features/webpush/flask/app.py',
  'features/webpush/flask-old/app.py',
  'features/pwa/react',
  'features/pwa/react/index.js',
  'features/websockets/x',
  'features/v2/api',
  'features/v10/api',
  'features/alpha/x',
  'features/delta/x',
  'features/README.md',
  'features/.hidden/x',
  'features/.env',
  'features/abc',
  'features/axbxc',
  'features/acb',
  'docs/a/b/c.md',
  'README.md',
  'a',
];

test('the same answers as picomatch (dot: true) on every pattern × path here', () => {
  for (const pattern of PATTERNS) {
    const ours = compileGlob(pattern);
    const theirs = picomatch(pattern, { dot: true });
    for (const path of PATHS) assert.equal(ours(path), theirs(path), `${pattern} vs ${path}`);
  }
});

test('*a*a*...*b against a 60-character path: work bounded by pattern × path', () => {
  for (const k of [10, 20, 40]) {
    const pattern = `${'*a'.repeat(k)}*b`;
    const path = 'a'.repeat(60);
    const before = globWork.steps;
    assert.equal(compileGlob(pattern)(path), false);
    const steps = globWork.steps - before;
    assert.ok(steps <= (pattern.length + 1) * (path.length + 1), `${k} stars: ${steps} steps`);
  }
  // And across folders: `**` is a walk over (pattern segments × path segments) states.
  const deep = Array.from({ length: 200 }, () => 'a').join('/');
  const before = globWork.steps;
  assert.equal(compileGlob('**/a/**/a/**/a/**/a/**/b')(deep), false);
  assert.ok(globWork.steps - before < 10 * 201 * 10, `${globWork.steps - before} steps`);
});

test('[!...] negates, as in POSIX globs and git (picomatch reads the ! literally)', () => {
  assert.equal(compileGlob('features/[!a-c]*/x')('features/delta/x'), true);
  assert.equal(compileGlob('features/[!a-c]*/x')('features/alpha/x'), false);
});

test('brace expansion is capped; unbalanced brackets and braces are refused', () => {
  assert.deepEqual(expandBraces('a/{b,c{d,e}}/f').sort(), ['a/b/f', 'a/cd/f', 'a/ce/f']);
  assert.throws(
    () => compileGlob('{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}'),
    (e) => e instanceof GlobError && e.message.includes(`${MAX_ALTERNATIVES}`),
  );
  assert.throws(() => compileGlob('features/[abc'), GlobError);
  assert.throws(() => compileGlob('features/{a,b'), GlobError);
});
