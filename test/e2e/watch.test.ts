// `ghsync watch` / `rollback` (SPEC §13) through the bundled CLI: a user with no git checkout
// follows acme/proj's v* releases into an install folder.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { chmod, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { startGitHub } from '../github/index.js';
import { runCli, startCli } from '../support/cli.js';
import { tempDir } from '../support/launcher.js';

let gh: Awaited<ReturnType<typeof startGitHub>>;
let token: string;
let dir: { path: string; cleanup: () => Promise<void> };
let n = 0;
const REPO = 'acme/proj';

const script = (name: string, version: string, pad = 0) => `#!/bin/sh\necho ${name} ${version}\n${pad ? `# ${randomBytes(pad).toString('base64')}\n` : ''}`;
const manifestText = (v: Record<string, string>) =>
  `binaries:\n${Object.entries(v)
    .map(([k, ver]) => `  ${k}:\n    version: "${ver}"\n    build: exit 1\n`)
    .join('')}`;

/** Uploads `name` `version` for this machine to its release (what the project's CI does). */
async function releaseAsset(name: string, version: string, pad = 0) {
  const ws = join(dir.path, `pub-${++n}`);
  await mkdir(ws, { recursive: true });
  await writeFile(join(ws, 'versions.yml'), manifestText({ [name]: version }));
  await writeFile(join(ws, name), script(name, version, pad));
  await chmod(join(ws, name), 0o755);
  const r = await runCli(['release', name, '--path', name, '--repo', REPO], { cwd: ws, env: { ...gh.env(token), HOME: ws } });
  assert.equal(r.code, 0, r.stderr);
}

/** The project publishes: each new entry's asset, versions.yml on main, then the v* release. */
async function publish(tag: string, versions: Record<string, string>, o: { skipAsset?: string[]; pad?: number } = {}) {
  for (const [name, version] of Object.entries(versions)) {
    if (o.skipAsset?.includes(name) || published.has(`${name}-${version}`)) continue;
    published.add(`${name}-${version}`);
    await releaseAsset(name, version, o.pad);
  }
  await gh.commit(REPO, { files: { 'versions.yml': manifestText(versions) }, message: tag });
  const res = await fetch(`${gh.apiUrl}/repos/${REPO}/releases`, {
    method: 'POST',
    headers: { authorization: `token ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ tag_name: tag, target_commitish: 'main' }),
  });
  assert.equal(res.status, 201, await res.text());
}
const published = new Set<string>();

/** A user with a fresh HOME, no checkout, no token. */
function user() {
  const home = join(dir.path, `home-${++n}`);
  mkdirSync(home, { recursive: true });
  return { home, install: join(home, 'bin'), env: { ...gh.env(), HOME: home, SYNC_RETRY_BASE_MS: '20' } };
}

const watchOnce = (u: ReturnType<typeof user>, extra: string[] = [], env: Record<string, string> = {}) =>
  runCli(['watch', '--repo', REPO, '--install-dir', u.install, '--once', '--json', ...extra], { cwd: u.home, env: { ...u.env, ...env } });

before(async () => {
  gh = await startGitHub();
  token = gh.token({ permission: 'write' });
  dir = await tempDir();
  await gh.createRepo(REPO);
  await gh.commit(REPO, { files: { 'README.md': 'proj\n' } });
  await publish('v1.0.0', { tool: '1.0', other: '1.0' });
});
after(async () => {
  await gh.close();
  await dir.cleanup();
});

test('watch --once installs, then swaps only the changed entry, runs its hook with a minimal environment; rollback puts it back', async () => {
  const u = user();
  await mkdir(u.home, { recursive: true });
  const hook =
    'printf "%s %s %s %s\\n" "$SYNC_NAME" "$SYNC_VERSION" "$SYNC_PREVIOUS_VERSION" "$SYNC_BINARY" >> "$HOME/hook.log"; env | cut -d= -f1 | sort > "$HOME/hook.env"';
  const first = await watchOnce(u, ['--on-update', hook]);
  assert.equal(first.code, 0, first.stderr);
  const doc = JSON.parse(first.stdout);
  assert.deepEqual(doc.updated.map((x: { name: string }) => x.name).sort(), ['other', 'tool']);
  assert.equal(await readFile(join(u.install, 'tool'), 'utf8'), script('tool', '1.0'));
  await assert.rejects(readFile(join(u.home, 'hook.log')), 'a first install runs no hook');

  const unchanged = await watchOnce(u, ['--on-update', hook]);
  assert.deepEqual(JSON.parse(unchanged.stdout), { ref: 'v1.0.0', updated: [], unchanged: ['tool', 'other'], failed: [] });

  await publish('v1.1.0', { tool: '1.1', other: '1.0' });
  const otherBefore = await readFile(join(u.install, 'other'));
  const second = await watchOnce(u, ['--on-update', hook], { GITHUB_TOKEN: token, SECRET_THING: 'x' });
  assert.equal(second.code, 0, second.stderr);
  const d2 = JSON.parse(second.stdout);
  assert.equal(d2.ref, 'v1.1.0');
  assert.deepEqual(
    d2.updated.map((x: { name: string; version: string; previous: string; hook: string }) => [x.name, x.version, x.previous, x.hook]),
    [['tool', '1.1', '1.0', 'ok']],
  );
  assert.deepEqual(d2.unchanged, ['other']);
  assert.equal(await readFile(join(u.install, 'tool'), 'utf8'), script('tool', '1.1'));
  assert.deepEqual(await readFile(join(u.install, 'other')), otherBefore);
  assert.equal(await readFile(join(u.home, 'hook.log'), 'utf8'), `tool 1.1 1.0 ${join(u.install, 'tool')}\n`);
  const keys = (await readFile(join(u.home, 'hook.env'), 'utf8')).trim().split('\n');
  const allowed = new Set(['PATH', 'HOME', 'LANG', 'LANGUAGE', 'SYNC_NAME', 'SYNC_VERSION', 'SYNC_PREVIOUS_VERSION', 'SYNC_BINARY', 'PWD', 'SHLVL', '_']);
  assert.deepEqual(
    keys.filter((k) => !allowed.has(k) && !k.startsWith('LC_')),
    [],
    'the hook sees no token and nothing else of ours',
  );

  // rollback: no token, no network (the GitHub is not even named), and the entry stays pinned.
  const rb = await runCli(['rollback', 'tool', '--install-dir', u.install], { cwd: u.home, env: { HOME: u.home } });
  assert.equal(rb.code, 0, rb.stderr);
  assert.match(rb.stdout, /^tool: 1\.1 -> 1\.0 at /);
  assert.equal(await readFile(join(u.install, 'tool'), 'utf8'), script('tool', '1.0'));
  const pinned = await watchOnce(u);
  assert.deepEqual(JSON.parse(pinned.stdout).updated, []);
  assert.equal(await readFile(join(u.install, 'tool'), 'utf8'), script('tool', '1.0'));
  const unpinned = await watchOnce(u, ['--unpin', 'tool']);
  assert.deepEqual(
    JSON.parse(unpinned.stdout).updated.map((x: { name: string }) => x.name),
    ['tool'],
  );
  assert.equal(await readFile(join(u.install, 'tool'), 'utf8'), script('tool', '1.1'));
});

test('polls are conditional: an unchanged project answers 304', async () => {
  const u = user();
  assert.equal((await watchOnce(u)).code, 0);
  // (the first pass's downloads change the list's download_count, so its ETag, as on GitHub)
  assert.equal((await watchOnce(u)).code, 0);
  const mark = gh.requests.length;
  assert.equal((await watchOnce(u)).code, 0);
  const polls = gh.requests.slice(mark).filter((r) => /\/releases\?|\/contents\//.test(r.path));
  assert.ok(polls.length >= 2);
  assert.deepEqual([...new Set(polls.map((r) => r.status))], [304]);
});

// SPEC §12: watch's reads go through the one API client (retries on 5xx), anonymously when there is no token.
test('a 502 on the releases list is retried: watch --once still updates, and without a token no authorization header is sent', async () => {
  const u = user();
  const mark = gh.requests.length;
  gh.faults.add({ method: 'GET', path: `/repos/${REPO}/releases`, kind: 'status', status: 502 });
  const r = await watchOnce(u);
  gh.faults.clear();
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(
    JSON.parse(r.stdout)
      .updated.map((x: { name: string }) => x.name)
      .sort(),
    ['other', 'tool'],
  );
  const seen = gh.requests.slice(mark);
  assert.deepEqual(
    seen.filter((x) => /\/releases\?/.test(x.path)).map((x) => x.status),
    [502, 200],
  );
  assert.deepEqual([...new Set(seen.map((x) => x.token))], ['none']);
});

test('an asset not uploaded yet is waited for, never built; --once then reports it failed', async () => {
  const u = user();
  assert.equal((await watchOnce(u)).code, 0);
  await publish('v1.2.0', { tool: '1.2', other: '1.0' }, { skipAsset: ['tool'] });
  const r = await watchOnce(u, ['--asset-wait', '100ms']);
  assert.equal(r.code, 1, r.stderr);
  const doc = JSON.parse(r.stdout);
  assert.equal(doc.failed[0].name, 'tool');
  assert.match(doc.failed[0].error, /not building/);
  assert.equal(await readFile(join(u.install, 'tool'), 'utf8'), script('tool', '1.1'));
  // Uploaded late: the next pass takes it.
  await releaseAsset('tool', '1.2');
  const later = await watchOnce(u);
  assert.equal(later.code, 0, later.stderr);
  assert.equal(await readFile(join(u.install, 'tool'), 'utf8'), script('tool', '1.2'));
});

async function killedAt(point: 'swap' | 'swapped' | 'download', u: ReturnType<typeof user>) {
  let inFlight: Promise<void> | undefined;
  if (point === 'download') {
    // The storage download trickles (slow fault): kill the process once that request is in flight.
    gh.faults.add({ path: /\/storage\//, kind: 'slow', bytesPerSecond: 512 });
    inFlight = new Promise<void>((resolve) => {
      const on = (r: { path: string }) => {
        if (!r.path.includes('/storage/')) return;
        gh.events.off('started', on);
        resolve();
      };
      gh.events.on('started', on);
    });
  }
  const env = point === 'download' ? u.env : { ...u.env, SYNC_TEST_PAUSE: point };
  const w = startCli(['watch', '--repo', REPO, '--install-dir', u.install, '--once', 'tool'], { cwd: u.home, env });
  await (inFlight ?? w.waitForStderr(new RegExp(`paused at ${point}\\n`)));
  w.child.kill('SIGKILL');
  await w.closed;
  gh.faults.clear();
}

for (const point of ['download', 'swap'] as const) {
  test(`a kill mid-${point} leaves the old binary, never a partial one; the next pass finishes`, async () => {
    const u = user();
    assert.equal((await watchOnce(u, ['tool'])).code, 0);
    const old = await readFile(join(u.install, 'tool'));
    await publish(`v1.${point === 'swap' ? 4 : 3}.0`, { tool: point === 'swap' ? '1.4' : '1.3', other: '1.0' }, { pad: 24_000 });
    await killedAt(point, u);
    assert.deepEqual(await readFile(join(u.install, 'tool')), old, 'the old bytes, whole');
    const again = await watchOnce(u, ['tool']);
    assert.equal(again.code, 0, again.stderr);
    assert.match(await readFile(join(u.install, 'tool'), 'utf8'), new RegExp(`^#!/bin/sh\\necho tool 1\\.${point === 'swap' ? 4 : 3}\\n`));
    assert.deepEqual(
      (await readdir(u.install)).filter((f) => f !== '.ghsync'),
      ['tool'],
      'no temp file left beside it',
    );
  });
}

test('without --once it polls until SIGTERM, then exits 0; a private project without a token is one line', async () => {
  const u = user();
  const w = startCli(['watch', '--repo', REPO, '--install-dir', u.install, '--poll', '1h'], { cwd: u.home, env: u.env });
  await w.waitForStderr(/other: 1\.0 installed at /);
  w.child.kill('SIGTERM');
  assert.equal(await w.closed, 0, w.stderr);
  assert.match(w.stdout, /^v1\.\d\.0: 2 updated \(tool 1\.\d, other 1\.0\), 0 unchanged, 0 failed$/m);

  await gh.createRepo('acme/secret', { private: true });
  const r = await runCli(['watch', '--repo', 'acme/secret', '--install-dir', u.install, '--once'], { cwd: u.home, env: u.env });
  assert.equal(r.code, 1);
  assert.equal(r.stderr, 'ghsync watch: acme/secret: not found (no token: if acme/secret is private set GITHUB_TOKEN)\n');
});

test('a kill after the rename but before the state is written: the new binary is in place, and rollback still gives the old one', async () => {
  const u = user();
  assert.equal((await watchOnce(u, ['tool'])).code, 0);
  const old = await readFile(join(u.install, 'tool'));
  await publish('v1.5.0', { tool: '1.5', other: '1.0' });
  await killedAt('swapped', u);
  assert.match(await readFile(join(u.install, 'tool'), 'utf8'), /^#!\/bin\/sh\necho tool 1\.5\n/);
  const again = await watchOnce(u, ['tool']);
  assert.equal(again.code, 0, again.stderr);
  const rb = await runCli(['rollback', 'tool', '--install-dir', u.install], { cwd: u.home, env: { HOME: u.home } });
  assert.equal(rb.code, 0, rb.stderr);
  assert.deepEqual(await readFile(join(u.install, 'tool')), old);
});

test('--source: an event on a relay channel starts a pass at once, long before the poll interval', async () => {
  const channel = 'watch-wakeup-channel';
  const relay = startCli(['relay', '--port', '0', '--channel', channel], { cwd: dir.path });
  await relay.waitForStdout(/^http:\/\/127\.0\.0\.1:\d+$/m);
  const url = /^(http:\/\/127\.0\.0\.1:\d+)$/m.exec(relay.stdout)![1];
  const u = user();
  const w = startCli(['watch', '--repo', REPO, '--install-dir', u.install, 'tool', '--poll', '1h', '--source', `${url}/${channel}`], {
    cwd: u.home,
    env: u.env,
  });
  await w.waitForStderr(/relay: outcome=connected/);
  await w.waitForStdout(/^v1\.\d\.0: 1 updated/m);
  const before = await readFile(join(u.install, 'tool'), 'utf8');
  await publish('v1.8.0', { tool: '1.8', other: '1.0' });
  // A release event on the channel (its payload is never read: a hint that wakes the pass).
  const posted = await fetch(`${url}/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-github-event': 'release', 'x-github-delivery': 'watch-wakeup-1' },
    body: JSON.stringify({ action: 'published', release: { tag_name: '$(touch /tmp/never)' } }),
  });
  assert.ok(posted.status < 300, String(posted.status));
  await w.waitForStdout(/^v1\.8\.0: 1 updated \(tool 1\.8\)/m);
  assert.notEqual(await readFile(join(u.install, 'tool'), 'utf8'), before);
  assert.match(await readFile(join(u.install, 'tool'), 'utf8'), /echo tool 1\.8/);
  w.child.kill('SIGTERM');
  assert.equal(await w.closed, 0, w.stderr);
  relay.child.kill('SIGTERM');
  await relay.closed;
});
