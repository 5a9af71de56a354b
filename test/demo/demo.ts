/**
 * The whole story on the local GitHub, with the real bundles run as the runner runs them:
 * ensure (miss -> build -> release), ensure again (release hit), again (tool-cache hit), a
 * platform bundle on a project tag, check-upstream finding a newer tag, a monorepo push
 * dispatching to two cousins, and sync-upstream opening a PR in each. Last, a user's `ghsync watch`
 * follows the project's v* releases: the bump of hello in v1.1.0 is swapped in and its hook runs.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startGitHub } from '../github/index.js';
import { launch, type LaunchOptions, type LaunchResult } from '../support/launcher.js';
import { runCli } from '../support/cli.js';

const run = promisify(execFile);

export interface DemoStep {
  step: string;
  ok: boolean;
  ms: number;
  detail: string;
  outputs: Record<string, string>;
}

const MANIFEST = `# pinned binaries of the demo project
binaries:
  hello:
    version: v1.0.0
    build: |
      printf '#!/bin/sh\\necho "hello from %s"\\n' "$SYNC_VERSION" > "$SYNC_OUT/hello"
      chmod +x "$SYNC_OUT/hello"
    upstream:
      repo: upstream/hello
      track: tags
`;

export async function runDemo(print: (line: string) => void = () => {}): Promise<DemoStep[]> {
  const gh = await startGitHub();
  const scratch = await mkdtemp(join(tmpdir(), 'sync-demo-'));
  const steps: DemoStep[] = [];
  const started = Date.now();
  try {
    const token = gh.token({ permission: 'write' });
    const env = { ...gh.env(), SYNC_RETRY_BASE_MS: '10', SYNC_RATE_LIMIT_UNIT_MS: '10' };
    const base: LaunchOptions = { env, githubToken: token, repository: 'acme/project' };

    // The project, an upstream with tags, a monorepo with features, and two cousins: independent
    // repositories, set up side by side (each one's own commits stay in order).
    const cousins = ['acme/cousin-flask', 'acme/cousin-django'];
    const [, , { before, after }] = await Promise.all([
      (async () => {
        await gh.createRepo('acme/project');
        await gh.commit('acme/project', { files: { 'versions.yml': MANIFEST } });
      })(),
      (async () => {
        await gh.createRepo('upstream/hello');
        const v1 = await gh.commit('upstream/hello', { files: { 'main.c': 'int main(){return 0;}\n' }, message: 'v1' });
        await gh.tag('upstream/hello', 'v1.0.0', { sha: v1 });
        const v11 = await gh.commit('upstream/hello', { files: { 'main.c': 'int main(){return 1;}\n' }, message: 'v1.1' });
        await gh.tag('upstream/hello', 'v1.1.0', { sha: v11, annotated: true });
      })(),
      (async () => {
        await gh.createRepo('acme/monorepo');
        const before = await gh.commit('acme/monorepo', {
          files: { 'features/webpush/flask/app.py': 'v = 1\n', 'features/webpush/django/app.py': 'v = 1\n', 'ecosystem.json': ECOSYSTEM },
        });
        const after = await gh.commit('acme/monorepo', {
          files: { 'features/webpush/flask/app.py': 'v = 2\n', 'features/webpush/django/app.py': 'v = 2\n' },
          message: 'webpush: v2',
        });
        return { before, after };
      })(),
      ...cousins.map(async (cousin) => {
        await gh.createRepo(cousin);
        await gh.commit(cousin, {
          files: {
            'README.md': `# ${cousin}\n`,
            'subscriptions.json': JSON.stringify([cousin.endsWith('flask') ? 'features/webpush/flask' : 'features/webpush/django']),
          },
        });
      }),
    ]);

    const [project, monorepo, ...cousinClones] = await Promise.all(
      ['acme/project', 'acme/monorepo', ...cousins].map((repo) => checkout(gh.gitUrl(repo), token, gh.url, join(scratch, repo.replace('/', '_')))),
    );
    const toolCache = join(scratch, 'toolcache');

    const step = async (
      name: string,
      action: string,
      opts: LaunchOptions,
      expect: (r: LaunchResult) => string | undefined,
      describe: (r: LaunchResult) => string,
    ) => {
      const r = await launch(action, { ...base, ...opts, env: { ...base.env, ...opts.env } });
      const problem = r.code === 0 ? expect(r) : (r.errors[0] ?? r.stderr.trim().split('\n').pop() ?? `exit ${r.code}`);
      const entry: DemoStep = { step: name, ok: !problem, ms: r.durationMs, detail: problem ?? describe(r), outputs: r.outputs };
      steps.push(entry);
      print(`${entry.ok ? 'ok  ' : 'FAIL'} ${String(entry.ms).padStart(6)} ms  ${name}: ${entry.detail}`);
      return r;
    };

    await step(
      'ensure hello (cold: build + release)',
      'ensure-binary',
      { inputs: { name: 'hello' }, workspace: project, toolCache: join(scratch, 'tc-cold') },
      (r) => (r.outputs.source === 'build' && r.outputs.released === 'true' ? undefined : `expected build + release, got ${r.outputs.source}`),
      (r) => `built, released=${r.outputs.released}, sha256 ${r.outputs.sha256?.slice(0, 12)}`,
    );
    await step(
      'ensure hello (new runner: release hit)',
      'ensure-binary',
      { inputs: { name: 'hello' }, workspace: project, toolCache },
      (r) => (r.outputs.source === 'release' ? undefined : `expected release, got ${r.outputs.source}`),
      (r) => `downloaded from the release, cache-hit=${r.outputs['cache-hit']}`,
    );
    await step(
      'ensure hello (warm runner: tool-cache hit)',
      'ensure-binary',
      { inputs: { name: 'hello' }, workspace: project, toolCache },
      (r) => (r.outputs.source === 'tool-cache' ? undefined : `expected tool-cache, got ${r.outputs.source}`),
      (r) => `served from ${r.outputs.path}`,
    );
    await step(
      'bundle on tag v1.0.0',
      'release-binary',
      { inputs: { bundle: 'demo-platform' }, workspace: project, toolCache, ref: 'refs/tags/v1.0.0', eventName: 'push' },
      (r) => (r.outputs['asset-name']?.startsWith('demo-platform-') ? undefined : `expected a demo-platform asset, got ${r.outputs['asset-name']}`),
      (r) => `${r.outputs['asset-name']} on release ${r.outputs.tag}`,
    );
    await step(
      'check-upstream',
      'check-upstream',
      { inputs: { manifest: 'versions.yml' }, workspace: project },
      (r) =>
        r.outputs['has-updates'] === 'true' && JSON.parse(r.outputs.updates ?? '[]').includes('hello')
          ? undefined
          : `expected an update for hello, got ${r.outputs.updates}`,
      (r) => {
        const s = JSON.parse(r.outputs.manifest).subsystems.hello;
        return `hello ${s.current_tag} -> ${s.latest_tag} (${s.update_type})`;
      },
    );

    const pushEvent = {
      ref: 'refs/heads/main',
      before,
      after,
      created: false,
      deleted: false,
      forced: false,
      repository: { full_name: 'acme/monorepo', name: 'monorepo', owner: { login: 'acme' }, default_branch: 'main' },
      head_commit: { id: after },
    };
    const dispatch = await step(
      'monorepo push -> dispatch-cousins',
      'dispatch-cousins',
      { inputs: { token }, workspace: monorepo, event: pushEvent, eventName: 'push', repository: 'acme/monorepo', sha: after },
      (r) => {
        const sent = JSON.parse(r.outputs.dispatched ?? '[]') as Array<{ repo: string; status: string }>;
        return sent.length === 2 && sent.every((d) => d.status === 'dispatched' || d.status === 'sent' || d.status === 'ok')
          ? undefined
          : `expected 2 dispatches, got ${r.outputs.dispatched}`;
      },
      (r) => `${(JSON.parse(r.outputs.dispatched) as Array<{ repo: string }>).map((d) => d.repo).join(', ')}`,
    );

    if (dispatch.code === 0) {
      // Each cousin's workflow runs in its own repository, at the same time as the other's.
      await Promise.all(
        cousins.map(async (cousin, i) => {
          const sent = gh.state.dispatches(cousin).at(-1);
          await step(
            `sync-upstream in ${cousin}`,
            'sync-upstream',
            {
              inputs: { upstream: 'acme/monorepo' },
              workspace: cousinClones[i],
              repository: cousin,
              eventName: 'repository_dispatch',
              event: { action: sent?.event_type, client_payload: sent?.client_payload, repository: { full_name: cousin } },
            },
            (r) => (r.outputs.result === 'created' && r.outputs['pr-number'] ? undefined : `expected a new PR, got result=${r.outputs.result}`),
            (r) => `PR #${r.outputs['pr-number']} on ${r.outputs.branch}`,
          );
        }),
      );
      // Recorded in the cousins' order, whichever finished first.
      const done = steps.splice(-cousins.length);
      for (const cousin of cousins) steps.push(...done.filter((d) => d.step.endsWith(cousin)));
    }
    // A user without git follows the project's v* releases (SPEC §13).
    const install = join(scratch, 'user', 'bin');
    await mkdir(join(scratch, 'user'), { recursive: true });
    const hookLog = join(scratch, 'user', 'hook.log');
    const watchOnce = () =>
      runCli(
        [
          'watch',
          '--repo',
          'acme/project',
          '--install-dir',
          install,
          '--once',
          '--json',
          '--on-update',
          `echo "$SYNC_NAME $SYNC_PREVIOUS_VERSION -> $SYNC_VERSION" >> '${hookLog}'`,
        ],
        { cwd: join(scratch, 'user'), env: { ...env, HOME: join(scratch, 'user') } },
      );
    const cliStep = async (name: string, r: Awaited<ReturnType<typeof runCli>>, ms: number, expect: (doc: WatchDoc) => string | undefined) => {
      let doc: WatchDoc | undefined;
      try {
        doc = JSON.parse(r.stdout) as WatchDoc;
      } catch {
        /* reported below */
      }
      const problem = r.code !== 0 || !doc ? r.stderr.trim().split('\n').pop() || `exit ${r.code}` : expect(doc);
      const detail =
        problem ??
        `${doc!.ref}: updated ${doc!.updated.map((u) => `${u.name} ${u.previous ?? '(new)'} -> ${u.version}${u.hook ? ` hook ${u.hook}` : ''}`).join(', ') || 'nothing'}`;
      const entry: DemoStep = { step: name, ok: !problem, ms, detail, outputs: { watch: r.stdout } };
      steps.push(entry);
      print(`${entry.ok ? 'ok  ' : 'FAIL'} ${String(ms).padStart(6)} ms  ${name}: ${detail}`);
    };
    let t0 = Date.now();
    await cliStep('ghsync watch --once (first install)', await watchOnce(), Date.now() - t0, (d) =>
      d.updated.length === 1 && d.updated[0].version === 'v1.0.0' ? undefined : `expected hello v1.0.0 installed, got ${JSON.stringify(d)}`,
    );
    // The project takes the upstream's v1.1.0: CI builds and releases it, then tags v1.1.0.
    await gh.commit('acme/project', { files: { 'versions.yml': MANIFEST.replace('version: v1.0.0', 'version: v1.1.0') }, message: 'hello v1.1.0' });
    await run('git', ['pull', '-q'], { cwd: project });
    const built = await launch('ensure-binary', { ...base, inputs: { name: 'hello' }, workspace: project, toolCache: join(scratch, 'tc-v11') });
    if (built.code !== 0) throw new Error(`demo: ensure of hello v1.1.0 failed: ${built.stderr}`);
    const res = await fetch(`${gh.apiUrl}/repos/acme/project/releases`, {
      method: 'POST',
      headers: { authorization: `token ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ tag_name: 'v1.1.0', target_commitish: 'main' }),
    });
    if (res.status !== 201) throw new Error(`demo: release v1.1.0: ${res.status}`);
    t0 = Date.now();
    await cliStep('ghsync watch --once (v1.1.0 bumps hello)', await watchOnce(), Date.now() - t0, (d) => {
      const u = d.updated[0];
      if (d.updated.length !== 1 || u.name !== 'hello' || u.version !== 'v1.1.0' || u.previous !== 'v1.0.0' || u.hook !== 'ok')
        return `expected hello v1.0.0 -> v1.1.0 with its hook, got ${JSON.stringify(d)}`;
      return undefined;
    });
    const hooked = await readFile(hookLog, 'utf8').catch(() => '');
    if (hooked !== 'hello v1.0.0 -> v1.1.0\n')
      steps[steps.length - 1] = { ...steps[steps.length - 1], ok: false, detail: `hook log: ${JSON.stringify(hooked)}` };
    print(`${steps.every((s) => s.ok) ? 'demo ok' : 'demo FAILED'}: ${steps.filter((s) => s.ok).length}/${steps.length} steps in ${Date.now() - started} ms`);
    return steps;
  } finally {
    await gh.close();
    await rm(scratch, { recursive: true, force: true });
  }
}

interface WatchDoc {
  ref: string;
  updated: Array<{ name: string; version: string; previous?: string; hook?: string }>;
  unchanged: string[];
  failed: Array<{ name: string; error: string }>;
}

const ECOSYSTEM = JSON.stringify([
  { repo: 'acme/cousin-flask', subscriptions: ['features/webpush/flask'] },
  { repo: 'acme/cousin-django', subscriptions: ['features/webpush/django'] },
]);

/** A clone as actions/checkout leaves it (token in an extraheader, not in the URL). */
async function checkout(url: string, token: string, serverUrl: string, dir: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  const auth = Buffer.from(`x-access-token:${token}`).toString('base64');
  await run('git', ['-c', `http.${serverUrl}/.extraheader=AUTHORIZATION: basic ${auth}`, 'clone', '-q', url, dir]);
  await run('git', ['config', `http.${serverUrl}/.extraheader`, `AUTHORIZATION: basic ${auth}`], { cwd: dir });
  await run('git', ['config', 'user.name', 'demo'], { cwd: dir });
  await run('git', ['config', 'user.email', 'demo@example.invalid'], { cwd: dir });
  await writeFile(join(dir, '.git', 'info', 'exclude'), '');
  return dir;
}
