/**
 * src/runtime/runner.ts stands in for @actions/core in the bundles (see its header). This runs the
 * same calls through both (test/fixtures/runner-protocol.ts, one child process each, fresh command
 * files per scenario) and compares what reaches the Actions runner: stdout byte for byte, and
 * GITHUB_OUTPUT / GITHUB_ENV / GITHUB_PATH / GITHUB_STEP_SUMMARY with the random heredoc
 * delimiters parsed out; plus return values, exceptions, process.env and process.exitCode.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { FILES, scenarios, SPECIAL } from '../fixtures/runner-protocol.js';
import { REPO_ROOT } from '../support/launcher.js';

/**
 * Where runner.ts differs from @actions/core 3.0.1, each difference spelled out: how @actions/core's
 * observation becomes runner.ts's. Runner.ts's side is the deliberate or harmless one in every case
 * so far; the test fails when either side changes, so an entry goes once runner.ts matches.
 */
const KNOWN_DIFFERENCES: Record<string, { why: string; fromCore: (o: Observed) => void }> = {
  'annotations: properties all undefined': {
    why: 'core writes `::warning ::w` (a space before `::` when every property is undefined); runner writes `::warning::w`',
    fromCore: (o) => void (o.stdout = o.stdout?.replace('::warning ::', '::warning::')),
  },
  'annotations: Error objects': {
    why: 'core writes Error#toString() (`Error: boom`); runner writes Error#message (`boom`)',
    fromCore: (o) => void (o.stdout = o.stdout?.replace(/^::(error|warning|notice)::\w*Error: /gm, '::$1::')),
  },
  'setFailed: Error': {
    why: 'core annotates `Error: boom`; runner `boom` (as for annotations)',
    fromCore: (o) => void (o.stdout = o.stdout?.replace('::error::Error: boom', '::error::boom')),
  },
  'setSecret: empty string': {
    why: 'core writes an empty `::add-mask::`; runner writes nothing',
    fromCore: (o) => void (o.stdout = o.stdout?.replace('::add-mask::\n', '')),
  },
  getMultilineInput: {
    why: 'core keeps a whitespace-only line as "" (it filters empty lines before trimming); runner drops it',
    fromCore: (o) => {
      const returned = (o.result as { returned: { blanks: string[] } }).returned;
      returned.blanks = returned.blanks.filter((line) => line !== '');
    },
  },
  'summary: elements with empty content': {
    why: 'core writes unclosed tags for empty content (`<h1>`, `<ul>`, `<pre><code></pre>`); runner closes them (`<h1></h1>`)',
    fromCore: (o) => {
      o.files.summary = ['<h1></h1>', '<ul></ul>', '<table></table>', '<pre><code></code></pre>', '<details><summary></summary></details>'].map((line) => ({
        line,
      }));
    },
  },
  'summary: no GITHUB_STEP_SUMMARY': {
    why: 'core throws "Unable to find environment variable for $GITHUB_STEP_SUMMARY"; runner is a no-op off the runner (documented in runner.ts)',
    fromCore: (o) => {
      const result = o.result as Record<string, unknown>;
      assert.match(String(result.threw), /Unable to find environment variable for \$GITHUB_STEP_SUMMARY/);
      delete result.threw;
      result.returned = { emptied: true };
    },
  },
};

interface Run {
  stdout: Map<string, string>;
  dir: string;
}

const scratch = await mkdtemp(join(tmpdir(), 'sync-runner-protocol-'));
after(() => rm(scratch, { recursive: true, force: true }));

function runFixture(impl: 'runner' | 'core'): Promise<Run> {
  const dir = join(scratch, impl);
  const child = spawn(process.execPath, ['--import', 'tsx', join(REPO_ROOT, 'test/fixtures/runner-protocol.ts'), impl, dir], {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', TMPDIR: process.env.TMPDIR ?? tmpdir() },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.setEncoding('utf8').on('data', (c: string) => (out += c));
  child.stderr.setEncoding('utf8').on('data', (c: string) => (err += c));
  const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code !== 0) return reject(new Error(`fixture ${impl} exited ${code}: ${err}`));
      const stdout = new Map<string, string>();
      for (const part of out.split(/^@@@ /m).slice(1)) {
        const nl = part.indexOf('\n');
        stdout.set(part.slice(0, nl), part.slice(nl + 1));
      }
      resolve({ stdout, dir });
    });
  });
}

const DELIM = /^ghadelimiter_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * A command file as the runner reads it: `name<<DELIM` ... `DELIM` blocks (the delimiter checked
 * for shape and uniqueness, then dropped) and plain lines (GITHUB_PATH, the summary).
 */
function parseCommandFile(text: string): Array<{ key: string; value: string } | { line: string }> {
  const entries: Array<{ key: string; value: string } | { line: string }> = [];
  const seen = new Set<string>();
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^([^=<]+)<<(.+)$/.exec(lines[i]);
    if (!open || !DELIM.test(open[2])) {
      if (i < lines.length - 1 || lines[i] !== '') entries.push({ line: lines[i] });
      continue;
    }
    const [, key, delim] = open;
    assert.ok(!seen.has(delim), `delimiter ${delim} reused`);
    seen.add(delim);
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== delim; i++) value.push(lines[i]);
    assert.ok(i < lines.length, `${key}: no closing ${delim}`);
    entries.push({ key, value: value.join('\n') });
  }
  return entries;
}

interface Observed {
  stdout: string | undefined;
  files: Record<string, ReturnType<typeof parseCommandFile>>;
  result: unknown;
}

async function observe(run: Run, index: number, name: string): Promise<Observed> {
  const dir = join(run.dir, String(index));
  const files: Observed['files'] = {};
  for (const file of Object.keys(FILES)) files[file] = parseCommandFile(await readFile(join(dir, file), 'utf8'));
  return { stdout: run.stdout.get(name), files, result: JSON.parse(await readFile(join(dir, 'result.json'), 'utf8')) };
}

const [viaRunner, viaCore] = await Promise.all([runFixture('runner'), runFixture('core')]);

test('runner protocol fixture: every scenario ran in both', () => {
  assert.deepEqual(
    [...viaRunner.stdout.keys()],
    scenarios.map((s) => s.name),
  );
  assert.deepEqual(
    [...viaCore.stdout.keys()],
    scenarios.map((s) => s.name),
  );
});

for (const [i, scenario] of scenarios.entries()) {
  const known = KNOWN_DIFFERENCES[scenario.name];
  test(`runner.ts ${known ? '~' : '='} @actions/core: ${scenario.name}`, async (t) => {
    const runner = await observe(viaRunner, i, scenario.name);
    const core = await observe(viaCore, i, scenario.name);
    if (known) {
      t.diagnostic(`known difference: ${known.why}`);
      assert.notDeepEqual(runner, core, `runner.ts now matches @actions/core: drop "${scenario.name}" from KNOWN_DIFFERENCES`);
      known.fromCore(core);
    }
    assert.deepEqual(runner, core);
  });
}

test('every known difference names a scenario', () => {
  for (const name of Object.keys(KNOWN_DIFFERENCES))
    assert.ok(
      scenarios.some((s) => s.name === name),
      name,
    );
});

test('the delimiter parsing reads back exactly what was set', async () => {
  const i = scenarios.findIndex((s) => s.name === 'setOutput: special characters');
  for (const run of [viaRunner, viaCore]) {
    const { files } = await observe(run, i, scenarios[i].name);
    assert.deepEqual(files.output, [
      { key: 'special', value: SPECIAL },
      { key: 'delimiter-like', value: 'ghadelimiter_not-a-uuid\nEOF' },
      { key: 'with space', value: 'v' },
    ]);
  }
});
