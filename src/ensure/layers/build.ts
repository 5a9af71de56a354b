/**
 * Layer 5, the build: the manifest's own `build` command, the only user text that ever reaches a
 * shell. It runs in `workdir` with SYNC_OUT, SYNC_NAME, SYNC_VERSION, SYNC_OS, SYNC_ARCH set and
 * must leave the binary in $SYNC_OUT. It runs third-party Makefiles and install scripts, so its
 * environment is the runner's minus every input and every secret the step holds (buildEnv).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, copyFile, mkdir, rename, stat, writeFile } from 'node:fs/promises';
import { delimiter, join, resolve } from 'node:path';
import { UserError } from '../../runtime/errors.js';
import type { Log } from '../../runtime/log.js';
import type { Target } from '../../artifact/target.js';
import { sourceCommit, versionInfoFor } from '../../artifact/package.js';
import { formatVersionFile } from '../../artifact/version-file.js';
import { hit, skip, type Layer } from './layer.js';

export const buildLayer: Layer = {
  name: 'build',
  async find(ctx) {
    const { t, log, workspace } = ctx;
    if (!t.build) return skip();
    const out = join(await ctx.temp(), 'out');
    await mkdir(out, { recursive: true });
    const built = await runBuild(t, out, workspace, log, ctx.opts.token ? [ctx.opts.token] : []);
    const info = await versionInfoFor(built, t, () => sourceCommit(t.workdir ? join(workspace, t.workdir) : workspace, workspace));
    const staging = await ctx.staging();
    await rename(built, join(staging, t.exe)).catch(() => copyFile(built, join(staging, t.exe)));
    await writeFile(join(staging, '.version'), formatVersionFile(info));
    const dir = await ctx.install(info.checksum);
    log.info(`${t.name} ${t.version}: built from source`);
    return hit(dir, info.checksum);
  },
};

/** bash like a workflow `run:` step (errexit, pipefail), or sh where there is no bash. */
export function shellFor(command: string, env: NodeJS.ProcessEnv = process.env): { file: string; args: string[] } {
  const names = process.platform === 'win32' ? ['bash.exe'] : ['bash'];
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    for (const n of names)
      if (dir && existsSync(join(dir, n))) return { file: join(dir, n), args: ['--noprofile', '--norc', '-eo', 'pipefail', '-c', command] };
  }
  return { file: 'sh', args: ['-e', '-c', command] };
}

/** Names of secrets the runner or a workflow hands a step, and what can only be used with them. */
const SECRET_NAMES = new Set([
  'GITHUB_TOKEN',
  'GH_TOKEN',
  'GH_ENTERPRISE_TOKEN',
  'GITHUB_ENTERPRISE_TOKEN',
  'SYNC_TOKEN',
  'SYNC_WEBHOOK_SECRET',
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_RUNTIME_URL',
  'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
  'ACTIONS_ID_TOKEN_REQUEST_URL',
  'ACTIONS_CACHE_URL',
  'ACTIONS_RESULTS_URL',
]);

/**
 * The runner's file commands: a build that may append to them could set the PATH or the
 * environment (NODE_OPTIONS, LD_PRELOAD) of every later step of the job, or forge our outputs.
 */
const FILE_COMMANDS = new Set(['GITHUB_OUTPUT', 'GITHUB_ENV', 'GITHUB_PATH', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY']);

/**
 * The build's environment: the runner's minus every INPUT_* (the step's token is one), the
 * secrets named above, the runner's file commands, and any variable whose value is a secret we
 * hold (a workflow that also passes its PAT as `env: MY_PAT`). PATH, HOME, GOPATH, RUNNER_TEMP,
 * GITHUB_WORKSPACE and the rest stay: builds need them.
 */
export function buildEnv(base: NodeJS.ProcessEnv, secrets: readonly string[]): NodeJS.ProcessEnv {
  const held = new Set(secrets.filter((s) => s.length >= 8));
  for (const name of SECRET_NAMES) if (base[name] && base[name]!.length >= 8) held.add(base[name]!);
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(base)) {
    if (value === undefined) continue;
    const upper = name.toUpperCase();
    if (upper.startsWith('INPUT_') || SECRET_NAMES.has(upper) || FILE_COMMANDS.has(upper)) continue;
    if ([...held].some((secret) => value.includes(secret))) continue;
    env[name] = value;
  }
  return env;
}

export async function runBuild(t: Target, out: string, workspace: string, log: Log, secrets: readonly string[] = []): Promise<string> {
  if (!t.build) throw new UserError(`no build command for ${t.name}`);
  const cwd = resolve(workspace, t.workdir ?? '.');
  if (!(await stat(cwd).catch(() => undefined))?.isDirectory()) {
    throw new UserError(`build of ${t.name}: workdir ${t.workdir ?? cwd} does not exist (check out the source first, or fix "workdir")`);
  }
  const env = {
    ...buildEnv(process.env, secrets),
    SYNC_OUT: out,
    SYNC_NAME: t.name,
    SYNC_VERSION: t.version,
    SYNC_OS: t.platform.os,
    SYNC_ARCH: t.platform.arch,
  };
  const shell = shellFor(t.build, env);
  log.info(`building ${t.name} ${t.version} for ${t.platform.os}/${t.platform.arch} in ${cwd}`);
  const code = await new Promise<number>((done, fail) => {
    const child = spawn(shell.file, shell.args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const forward = (stream: NodeJS.ReadableStream) => {
      let rest = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => {
        const lines = (rest + chunk).split('\n');
        rest = lines.pop() ?? '';
        for (const line of lines) log.info(line);
      });
      stream.on('end', () => rest && log.info(rest));
    };
    forward(child.stdout);
    forward(child.stderr);
    child.on('error', (e) => fail(new UserError(`build of ${t.name}: cannot start ${shell.file}: ${e.message}`)));
    child.on('close', (c, signal) => done(c ?? (signal ? 128 : 1)));
  });
  if (code !== 0) throw new UserError(`build of ${t.name} ${t.version} failed (exit code ${code}): fix the "build" command of ${t.name} (its output is above)`);
  const binary = join(out, t.exe);
  const st = await stat(binary).catch(() => undefined);
  if (!st?.isFile()) {
    throw new UserError(
      `build of ${t.name} ${t.version} succeeded but left no ${t.exe} in $SYNC_OUT: the command must write the binary there (e.g. go build -o "$SYNC_OUT/${t.exe}")`,
    );
  }
  if (process.platform !== 'win32') await chmod(binary, (st.mode & 0o777) | 0o755);
  return binary;
}
