/**
 * Issue 11 item 4: a message names each URL at most once. The bundled action and the bundled CLI
 * download from the stand-in while it answers 502 or cuts the body short (its fault injection);
 * every error and warning line must name each URL once, say what to do, and in the CLI use no
 * Actions words ("re-run the job", "input").
 */
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { runCli, userClone } from '../support/cli.js';
import { tempDir } from '../support/launcher.js';
import { world, type World } from '../support/release-cache.js';
import { publishUpstream } from '../support/upstreams.js';

const TOOL = Buffer.from('#!/bin/sh\necho tool 1.0\n');

/** The URLs a line names (query strings and trailing punctuation aside), with how often each occurs. */
function repeatedUrls(line: string): string[] {
  const urls = (line.match(/https?:\/\/[^\s"'),;]+/g) ?? []).map((u) => u.replace(/[.:]+$/, '').replace(/\?.*$/, ''));
  return [...new Set(urls.filter((u, i) => urls.indexOf(u) !== i))];
}

function assertEachUrlOnce(lines: string[]) {
  for (const line of lines) assert.deepEqual(repeatedUrls(line), [], `a URL repeated in: ${line}`);
}

describe('each URL once in a message', () => {
  let w: World;
  let url = '';
  let n = 0;
  before(async () => {
    w = await world();
    await publishUpstream(w.gh, w.token, 'up/tool', 'v1', { tool: TOOL });
    url = `${w.gh.url}/up/tool/releases/download/v1/tool`;
  });
  after(async () => w?.cleanup());

  const FAULTS = [
    { what: '502 on every attempt', fault: () => w.gh.faults.add({ path: /\/up\/tool\/releases\/download\//, kind: 'status', status: 502, times: 5 }) },
    { what: 'a body cut short every time', fault: () => w.gh.faults.add({ path: /^\/storage\//, kind: 'truncate', fraction: 0.5, times: 5 }) },
  ];

  test('ghsync watch --once, the releases list answering 502 through every retry: one line, each URL once, what to do', async () => {
    const d = await tempDir('sync-msg-');
    try {
      w.gh.faults.clear();
      w.gh.faults.add({ method: 'GET', path: '/repos/acme/project/releases', kind: 'status', status: 502, times: 10 });
      const r = await runCli(['watch', '--repo', 'acme/project', '--install-dir', join(d.path, 'bin'), '--once'], {
        cwd: d.path,
        env: { ...w.gh.env(), HOME: d.path, SYNC_RETRY_BASE_MS: '10' },
      });
      w.gh.faults.clear();
      assert.equal(r.code, 1, r.stdout + r.stderr);
      const errors = r.stderr
        .trim()
        .split('\n')
        .filter((l) => l.startsWith('ghsync watch:'));
      assert.equal(errors.length, 1, r.stderr);
      assert.match(errors[0], /^ghsync watch: reading the releases of acme\/project failed: .*\(check the network and run it again\)$/);
      assertEachUrlOnce(r.stderr.trim().split('\n'));
    } finally {
      await d.cleanup();
    }
  });

  for (const f of FAULTS) {
    test(`ensure-binary (action), ${f.what}: the error and the warnings name each URL once`, async () => {
      w.gh.faults.clear();
      f.fault();
      const r = await w.run('ensure-binary', { inputs: { name: `a${++n}`, version: '1.0', bin: 'tool', download: url, 'release-on-miss': false } });
      w.gh.faults.clear();
      assert.equal(r.code, 1, r.stdout);
      assert.equal(r.errors.length, 1, r.stdout);
      assert.ok(r.errors[0].includes(url), r.errors[0]);
      assert.match(r.errors[0], /failed after 5 attempts: .*\(check the network and re-run the job\)$/);
      assert.equal(r.warnings.length, 4, r.stdout);
      assertEachUrlOnce([...r.errors, ...r.warnings]);
    });

    test(`ghsync ensure (CLI), ${f.what}: one error line, each URL once, no Actions words`, async () => {
      const d = await tempDir('sync-msg-');
      try {
        const home = join(d.path, 'home');
        await mkdir(home, { recursive: true });
        const cwd = join(d.path, 'work');
        const name = `c${++n}`;
        await userClone(cwd, `${w.gh.url}/acme/project.git`, {
          'versions.yml': `binaries:\n  ${name}:\n    version: "1.0"\n    bin: tool\n    download: "${url}"\n`,
        });
        w.gh.faults.clear();
        f.fault();
        const r = await runCli(['ensure', name, '--no-release'], { cwd, env: { HOME: home, XDG_CACHE_HOME: join(home, '.cache'), SYNC_RETRY_BASE_MS: '10' } });
        w.gh.faults.clear();
        assert.equal(r.code, 1, r.stdout + r.stderr);
        const lines = `${r.stdout}${r.stderr}`.trim().split('\n');
        const failures = lines.filter((l) => /failed after/.test(l));
        assert.equal(failures.length, 1, lines.join('\n'));
        assert.ok(failures[0].includes(url), failures[0]);
        assert.match(failures[0], /\(check the network and run it again\)$/);
        assertEachUrlOnce(lines);
        for (const l of lines) assert.doesNotMatch(l, /re-run the job|\binput\b/, l);
      } finally {
        await d.cleanup();
      }
    });
  }
});
