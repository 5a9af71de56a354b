/**
 * One pass of `watch` (SPEC §13): read the followed manifest, and for each entry whose version
 * differs from what the install folder holds, fetch its release asset (waiting with backoff while
 * it is not uploaded yet, never building), verify it (asset size and digest, `.version`, sha256),
 * swap it in atomically, remember the previous one, and run the --on-update command.
 */
import { retryBaseMs } from '../net/timing.js';
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Log } from '../runtime/log.js';
import { oneLine, UserError } from '../runtime/errors.js';
import { followedManifest, type FollowOptions } from './follow.js';
import { readState, writeState } from './state.js';
import { removeLeftovers, swapIn } from './swap.js';
import { testPause } from './pause.js';
import { sha256File } from '../artifact/hash.js';

export interface WatchOptions extends FollowOptions {
  installDir: string;
  names: string[];
  onUpdate?: string;
  /** How long a missing asset is waited for, in ms. */
  assetWaitMs: number;
  /** First wait between asset lookups, in ms (doubles, capped at a minute). */
  backoffMs?: number;
}

export interface PassResult {
  ref: string;
  updated: Array<{ name: string; version: string; previous?: string; binary: string; hook?: 'ok' | 'failed' }>;
  unchanged: string[];
  failed: Array<{ name: string; error: string }>;
}

export async function watchPass(o: WatchOptions, log: Log): Promise<PassResult> {
  const state = await readState(o.installDir);
  await removeLeftovers(o.installDir);
  const { ref, text } = await followedManifest({ ...o, warn: (m) => log.warn(m) }, state.cache);
  const { parseManifest } = await import('../manifest/manifest.js');
  const manifest = parseManifest(text, `${o.manifestPath}@${ref}`);
  const names = o.names.length ? o.names : Object.keys(manifest.binaries);
  for (const n of names) if (!manifest.binaries[n]) throw new UserError(`${o.manifestPath} at ${ref} has no entry "${n}"`);
  const result: PassResult = { ref, updated: [], unchanged: [], failed: [] };
  const { resolveTarget } = await import('../artifact/target.js');
  for (const name of names) {
    const had = state.entries[name];
    try {
      const t = await resolveTarget({ name, manifest, defaultRepo: o.repo });
      if (had?.pinned || had?.version === t.version) {
        if (had?.pinned) log.info(`${name}: pinned at ${had.version} by rollback (ghsync watch --unpin ${name} to follow again)`);
        result.unchanged.push(name);
        continue;
      }
      const binary = await fetchVerified(t, o, log, async (file, sha256) => {
        // A run killed after its rename but before its state write left the new bytes in place and
        // the old ones in previous/: keep that previous rather than overwrite it with the new bytes.
        const inPlace = had ? await sha256File(join(o.installDir, t.exe)).catch(() => undefined) : undefined;
        await swapIn(o.installDir, t.exe, file, Boolean(had) && inPlace !== sha256);
        state.entries[name] = { version: t.version, sha256, exe: t.exe, ...(had ? { previous: { version: had.version, sha256: had.sha256 } } : {}) };
        testPause('swapped');
        await writeState(o.installDir, state);
      });
      log.info(`${name}: ${had ? `${had.version} -> ` : ''}${t.version} installed at ${binary}`);
      const u: PassResult['updated'][number] = { name, version: t.version, previous: had?.version, binary };
      // A first install is not an update: the hook runs when a version changes.
      if (had && o.onUpdate) u.hook = (await runHook(o.onUpdate, { name, version: t.version, previous: had.version, binary }, log)) ? 'ok' : 'failed';
      result.updated.push(u);
    } catch (err) {
      const error = oneLine(err);
      log.warn(`${name}: ${error}`);
      result.failed.push({ name, error });
    }
  }
  await writeState(o.installDir, state);
  return result;
}

type Target = Awaited<ReturnType<typeof import('../artifact/target.js').resolveTarget>>;

async function fetchVerified(t: Target, o: WatchOptions, log: Log, install: (file: string, sha256: string) => Promise<void>): Promise<string> {
  if (!t.releaseRepo) throw new UserError('no release repository');
  const { lookupAsset, fetchAsset } = await import('../ensure/layers/release.js');
  const temp = await mkdtemp(join(tmpdir(), 'ghsync-watch-'));
  try {
    const lo = { token: o.token, apiUrl: o.apiUrl, temp, log };
    const deadline = Date.now() + o.assetWaitMs;
    let wait = o.backoffMs ?? 2 * retryBaseMs(); // 2 s, shrunk with the other timing knobs in tests
    let found = await lookupAsset(t, t.releaseRepo, lo);
    while (!found.found) {
      if (Date.now() + wait > deadline) throw new UserError(`${found.why}; waited ${Math.round(o.assetWaitMs / 1000)} s (--asset-wait), not building`);
      log.info(`${t.name} ${t.version}: ${found.why}; looking again in ${Math.round(wait / 100) / 10} s`);
      await new Promise((r) => setTimeout(r, wait));
      wait = Math.min(wait * 2, 60_000);
      found = await lookupAsset(t, t.releaseRepo, lo);
    }
    const staging = join(temp, 'staging');
    testPause('download');
    const sha256 = await fetchAsset(t, t.releaseRepo, found.asset, staging, lo);
    await install(join(staging, t.exe), sha256);
    return join(o.installDir, t.exe);
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}

/**
 * The user's --on-update command line, through `sh -c` (it is theirs, typed as a shell line), with
 * nothing but PATH, HOME, the locale and SYNC_*: no token, and no value from the manifest or a
 * payload is ever spliced into the command text (the hook reads them from its environment).
 */
export function hookEnv(v: { name: string; version: string; previous: string; binary: string }, env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of ['PATH', 'HOME', 'LANG', 'LANGUAGE']) if (env[k] !== undefined) out[k] = env[k]!;
  for (const [k, val] of Object.entries(env)) if (k.startsWith('LC_') && val !== undefined) out[k] = val;
  return { ...out, SYNC_NAME: v.name, SYNC_VERSION: v.version, SYNC_PREVIOUS_VERSION: v.previous, SYNC_BINARY: v.binary };
}

async function runHook(cmd: string, v: { name: string; version: string; previous: string; binary: string }, log: Log): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn('sh', ['-c', cmd], { env: hookEnv(v), stdio: ['ignore', 2, 2] });
    // (its output goes to our stderr: stdout stays one JSON document with --json)
    child.on('error', (err) => {
      log.warn(`${v.name}: --on-update could not start: ${oneLine(err)}`);
      resolve(false);
    });
    child.on('close', (code, signal) => {
      if (code !== 0) log.warn(`${v.name}: --on-update exited ${signal ?? code}`);
      resolve(code === 0);
    });
  });
}
