/**
 * Runs a bundled action the way the GitHub Actions runner does: reads its action.yml, applies
 * input defaults, sets INPUT_* and the GITHUB_* / RUNNER_* environment (with fresh command files),
 * starts `node <main>` as a child process, and reads back exit code, outputs, PATH additions,
 * exported env, job summary and annotations.
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The node that runs bundles: SYNC_TEST_NODE (e.g. Node 24 from scripts/node24.mjs), else this process's own. */
export const BUNDLE_NODE = process.env.SYNC_TEST_NODE || process.execPath;

export interface LaunchOptions {
  /** Input values by name, as a workflow's `with:` gives them. */
  inputs?: Record<string, string | number | boolean | undefined>;
  /** What `${{ github.token }}` expands to in input defaults. */
  githubToken?: string;
  /** Extra environment (GITHUB_API_URL etc. from the local GitHub's env()). */
  env?: Record<string, string | undefined>;
  /** The event payload written to GITHUB_EVENT_PATH. */
  event?: unknown;
  eventName?: string;
  /** owner/name for GITHUB_REPOSITORY. */
  repository?: string;
  ref?: string;
  sha?: string;
  /** GITHUB_WORKSPACE and the process's cwd (default: a fresh temp folder). */
  workspace?: string;
  /** RUNNER_TOOL_CACHE (default: a fresh temp folder, shared by nothing). */
  toolCache?: string;
  /** RUNNER_TEMP (default: a fresh temp folder). */
  runnerTemp?: string;
  /** Kill the action after this many ms (default 120 s). */
  timeoutMs?: number;
  /** Called with each chunk of stdout, e.g. to watch progress. */
  onStdout?: (chunk: string) => void;
}

export interface LaunchResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  outputs: Record<string, string>;
  exportedEnv: Record<string, string>;
  path: string[];
  summary: string;
  stdout: string;
  stderr: string;
  errors: string[];
  warnings: string[];
  notices: string[];
  masks: string[];
  workspace: string;
  toolCache: string;
  runnerTemp: string;
  durationMs: number;
}

interface ActionYml {
  inputs?: Record<string, { default?: string; required?: boolean }>;
  runs: { using: string; main: string };
}

/** Folder of an action: `ensure-binary`, ... or `.` for the root action. */
export function actionDir(action: string): string {
  if (action.startsWith('/')) return action;
  return action === '.' || action === 'root' ? REPO_ROOT : join(REPO_ROOT, action);
}

export async function launch(action: string, opts: LaunchOptions = {}): Promise<LaunchResult> {
  const dir = actionDir(action);
  const meta = parse(await readFile(join(dir, 'action.yml'), 'utf8')) as ActionYml;
  if (!/^node\d+$/.test(meta.runs.using)) throw new Error(`${action}: runs.using ${meta.runs.using} is not a node runtime`);
  const main = resolve(dir, meta.runs.main);
  if (!existsSync(main)) throw new Error(`${action}: ${main} is missing; run npm run build`);

  const scratch = await mkdtemp(join(tmpdir(), 'sync-run-'));
  const files = {
    output: join(scratch, 'output'),
    env: join(scratch, 'env'),
    path: join(scratch, 'path'),
    summary: join(scratch, 'summary'),
    state: join(scratch, 'state'),
    event: join(scratch, 'event.json'),
  };
  for (const f of [files.output, files.env, files.path, files.summary, files.state]) await writeFile(f, '');
  await writeFile(files.event, JSON.stringify(opts.event ?? {}));
  const workspace = opts.workspace ?? (await mkdtemp(join(tmpdir(), 'sync-ws-')));
  const toolCache = opts.toolCache ?? join(scratch, 'toolcache');
  const runnerTemp = opts.runnerTemp ?? join(scratch, 'temp');
  await mkdir(toolCache, { recursive: true });
  await mkdir(runnerTemp, { recursive: true });

  const env: Record<string, string> = {};
  // Like the runner: a clean environment with PATH/HOME kept, not the test process's own variables.
  for (const key of ['PATH', 'HOME', 'LANG', 'TZ', 'SYSTEMROOT', 'TMPDIR']) {
    if (process.env[key] !== undefined) env[key] = process.env[key]!;
  }
  Object.assign(env, {
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_ACTION: action.replace(/[^A-Za-z0-9_]/g, '_'),
    GITHUB_ACTOR: 'octocat',
    GITHUB_EVENT_NAME: opts.eventName ?? 'push',
    GITHUB_EVENT_PATH: files.event,
    GITHUB_JOB: 'test',
    GITHUB_OUTPUT: files.output,
    GITHUB_ENV: files.env,
    GITHUB_PATH: files.path,
    GITHUB_STATE: files.state,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_REPOSITORY: opts.repository ?? 'acme/project',
    GITHUB_REPOSITORY_OWNER: (opts.repository ?? 'acme/project').split('/')[0],
    GITHUB_REF: opts.ref ?? 'refs/heads/main',
    GITHUB_REF_NAME: (opts.ref ?? 'refs/heads/main').replace(/^refs\/(heads|tags)\//, ''),
    GITHUB_REF_TYPE: (opts.ref ?? '').startsWith('refs/tags/') ? 'tag' : 'branch',
    GITHUB_SHA: opts.sha ?? '0'.repeat(40),
    GITHUB_RUN_ID: '1',
    GITHUB_RUN_NUMBER: '1',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_WORKFLOW: 'test',
    GITHUB_WORKSPACE: workspace,
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: process.arch === 'arm64' ? 'ARM64' : 'X64',
    RUNNER_NAME: 'local',
    RUNNER_TEMP: runnerTemp,
    RUNNER_TOOL_CACHE: toolCache,
  });
  for (const [key, value] of Object.entries(opts.env ?? {})) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  for (const [name, spec] of Object.entries(meta.inputs ?? {})) {
    const given = opts.inputs?.[name];
    let value = given === undefined ? (spec.default ?? '') : String(given);
    value = value.replace(/\$\{\{\s*github\.token\s*\}\}/g, opts.githubToken ?? '');
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  for (const name of Object.keys(opts.inputs ?? {})) {
    if (!(name in (meta.inputs ?? {}))) throw new Error(`${action}: action.yml has no input "${name}"`);
  }

  const started = Date.now();
  const child = spawn(BUNDLE_NODE, [main], { cwd: workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (c: string) => {
    stdout += c;
    opts.onStdout?.(c);
  });
  child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
  const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 120_000);
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((res, rej) => {
    child.on('error', rej);
    child.on('close', (c, s) => res([c, s]));
  });
  clearTimeout(timer);
  const durationMs = Date.now() - started;

  const result: LaunchResult = {
    code,
    signal,
    outputs: parseCommandFile(await readFile(files.output, 'utf8')),
    exportedEnv: parseCommandFile(await readFile(files.env, 'utf8')),
    path: (await readFile(files.path, 'utf8')).split('\n').filter(Boolean),
    summary: await readFile(files.summary, 'utf8'),
    stdout,
    stderr,
    errors: commands(stdout, 'error'),
    warnings: commands(stdout, 'warning'),
    notices: commands(stdout, 'notice'),
    masks: commands(stdout, 'add-mask'),
    workspace,
    toolCache,
    runnerTemp,
    durationMs,
  };
  await rm(scratch, { recursive: true, force: true }).catch(() => {});
  return result;
}

/** Parses GITHUB_OUTPUT / GITHUB_ENV: `name<<DELIM\nvalue\nDELIM` blocks and `name=value` lines. */
export function parseCommandFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delim] = heredoc;
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delim; i++) value.push(lines[i]);
      out[name] = value.join('\n');
    } else {
      const eq = line.indexOf('=');
      if (eq > 0) out[line.slice(0, eq)] = line.slice(eq + 1);
    }
  }
  return out;
}

/**
 * Workflow commands (`::error::msg`, `::warning file=..::msg`) of one kind, messages unescaped,
 * read as the runner reads them: any line whose first non-blank characters are `::` (split on
 * CR or LF), except between `::stop-commands::TOKEN` and `::TOKEN::`.
 */
function commands(stdout: string, kind: string): string[] {
  const found: string[] = [];
  let stopped: string | undefined;
  for (const raw of stdout.split(/\r?\n|\r/)) {
    const line = raw.trimStart();
    if (stopped !== undefined) {
      if (line === `::${stopped}::`) stopped = undefined;
      continue;
    }
    const stop = /^::stop-commands::(.+)$/.exec(line);
    if (stop) {
      stopped = stop[1];
      continue;
    }
    const m = new RegExp(`^::${kind}(?: [^:]*)?::(.*)$`).exec(line);
    if (m) found.push(m[1].replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%'));
  }
  return found;
}

/** A fresh temporary folder, removed by the returned cleanup. */
export async function tempDir(prefix = 'sync-test-'): Promise<{ path: string; cleanup: () => Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), prefix));
  return { path, cleanup: () => rm(path, { recursive: true, force: true }) };
}

/** True when `secret` appears anywhere a user could read: logs, outputs, summary. */
export function leaks(result: LaunchResult, secret: string): boolean {
  if (!secret) return false;
  const all = [result.stdout, result.stderr, result.summary, JSON.stringify(result.outputs)].join('\n');
  // The runner itself masks; `::add-mask::<secret>` is how an action asks it to, so that line is allowed.
  return all.split('\n').some((line) => line.includes(secret) && line !== `::add-mask::${secret}`);
}

export const uuid = randomUUID;
