/**
 * ensure-binary as a library: the lookup chain tool cache → actions/cache → release asset →
 * download URL → build (+ release on miss). First hit wins; nothing reaches the caller (or PATH)
 * unverified. Heavy modules (the GitHub client, @actions/cache) load only on the layers that need them.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UserError, oneLine } from '../runtime/errors.js';
import type { Log } from '../runtime/log.js';
import { currentPlatform, samePlatform } from '../manifest/platform.js';
import { findTool, installTool, removeTool, stagingDir, toolCacheRoot, toolDir, verifiedSha256, writeMarker } from '../artifact/tool-cache.js';
import { resolveTarget, type Target, type TargetOptions } from '../artifact/target.js';
import { VerifyError, verifyDir } from './verify.js';
import type { ReleaseBinaryResult } from '../releases/release-binary.js';

export type Source = 'tool-cache' | 'actions-cache' | 'release' | 'download' | 'build';

export interface EnsureOptions extends TargetOptions {
  token?: string;
  apiUrl?: string;
  /** Package and upload after a build (default true). */
  releaseOnMiss?: boolean;
  /** Use actions/cache as a layer (default false). */
  actionsCache?: boolean;
  /** Tool cache root (default RUNNER_TOOL_CACHE, or a per-user cache folder). */
  toolCache?: string;
  /** Scratch space (default RUNNER_TEMP or the OS temp folder). */
  tempDir?: string;
  /** Where `workdir` is relative to and builds run by default (default GITHUB_WORKSPACE or cwd). */
  workspace?: string;
}

export interface EnsureResult {
  name: string;
  version: string;
  /** Folder holding the binary. */
  dir: string;
  binary: string;
  source: Source;
  cacheHit: boolean;
  sha256: string;
  released: boolean;
  /** True when the binary is for the machine running this (may go on PATH). */
  native: boolean;
  os: string;
  arch: string;
  tag: string;
  asset: string;
  releaseRepo?: string;
  durationMs: number;
  /** Set when this run uploaded it. */
  release?: ReleaseBinaryResult;
}

export async function ensureBinary(opts: EnsureOptions, log: Log): Promise<EnsureResult> {
  const started = Date.now();
  const root = opts.toolCache ?? toolCacheRoot();
  const t = await resolveTarget({
    ...opts,
    defaultRepo: opts.defaultRepo ?? process.env.GITHUB_REPOSITORY,
    manifestCacheDir: opts.manifestCacheDir ?? join(root, '.sync-manifests'),
  });
  const native = samePlatform(t.platform, currentPlatform());
  const done = (source: Source, dir: string, sha256: string, extra: Partial<EnsureResult> = {}): EnsureResult => ({
    name: t.name,
    version: t.version,
    dir,
    binary: join(dir, t.exe),
    source,
    cacheHit: source !== 'build',
    sha256,
    released: false,
    native,
    os: t.platform.os,
    arch: t.platform.arch,
    tag: t.tag,
    asset: t.asset,
    releaseRepo: t.releaseRepo,
    durationMs: Date.now() - started,
    ...extra,
  });

  // 1. Tool cache: a warm self-hosted runner, or an earlier step of this job.
  const cached = findTool(root, t.name, t.version, t.platform);
  if (cached) {
    try {
      const known = await verifiedSha256(cached, join(cached, t.exe));
      const { sha256 } = await verifyDir(cached, t, `tool cache ${cached}`, known);
      log.info(`${t.name} ${t.version}: found in the tool cache`);
      return done('tool-cache', cached, sha256);
    } catch (err) {
      if (!(err instanceof VerifyError)) throw err;
      log.warn(`${oneLine(err)}; removing it and looking further`);
      await removeTool(root, t.name, t.version, t.platform);
    }
  }

  const temp = await mkdtemp(join(opts.tempDir ?? process.env.RUNNER_TEMP ?? tmpdir(), 'sync-ensure-'));
  const workspace = opts.workspace ?? process.env.GITHUB_WORKSPACE ?? process.cwd();
  let staging: string | undefined;
  const fresh = async () => {
    if (staging) await rm(staging, { recursive: true, force: true });
    staging = await stagingDir(root, t.name, t.version, t.platform);
    return staging;
  };
  const install = async (sha256: string) => {
    const dir = await installTool(staging!, root, t.name, t.version, t.platform, { exe: t.exe, sha256 });
    staging = undefined;
    return dir;
  };
  const misses: string[] = [];

  try {
    // 2. actions/cache, restored straight into the tool cache folder (its paths must match at save).
    const cacheMod = opts.actionsCache ? await import('./actions-cache.js') : undefined;
    const cacheOn = !!cacheMod && cacheMod.cacheServiceAvailable(log);
    if (cacheMod && cacheOn) {
      const dir = toolDir(root, t.name, t.version, t.platform);
      if (await cacheMod.restoreFromActionsCache(t, dir, log)) {
        try {
          const { sha256 } = await verifyDir(dir, t, `actions cache ${cacheMod.cacheKey(t)}`);
          await writeMarker(dir, { path: join(dir, t.exe), sha256 });
          log.info(`${t.name} ${t.version}: restored from actions/cache`);
          return done('actions-cache', dir, sha256);
        } catch (err) {
          if (!(err instanceof VerifyError)) throw err;
          log.warn(`${oneLine(err)}; ignoring that cache entry`);
          await removeTool(root, t.name, t.version, t.platform);
        }
      } else misses.push('not in actions/cache');
    }
    const saveToCache = async (dir: string) => {
      if (cacheMod && cacheOn) await cacheMod.saveToActionsCache(t, dir, log);
    };

    // 3. The release asset.
    if (t.releaseRepo) {
      const layer = await import('./release-layer.js');
      const lo = { token: opts.token, apiUrl: opts.apiUrl, temp, log };
      const found = await layer.lookupAsset(t, t.releaseRepo, lo);
      if (found.found) {
        const sha256 = await layer.fetchAsset(t, t.releaseRepo, found.asset, await fresh(), lo);
        const dir = await install(sha256);
        log.info(`${t.name} ${t.version}: downloaded ${t.asset} from release ${t.tag} in ${t.releaseRepo}`);
        await saveToCache(dir);
        return done('release', dir, sha256);
      }
      misses.push(found.why);
      log.info(`${t.name} ${t.version}: ${found.why}`);
    } else misses.push('no release repository to look in');

    // 4. Upstream's own download.
    const { downloadUrl, fetchFromUrl } = await import('./download-layer.js');
    const url = downloadUrl(t);
    if (url) {
      try {
        const sha256 = await fetchFromUrl(t, url, await fresh(), temp, log);
        const dir = await install(sha256);
        log.info(`${t.name} ${t.version}: downloaded from ${url}`);
        await saveToCache(dir);
        return done('download', dir, sha256);
      } catch (err) {
        if (!(err instanceof UserError)) throw err;
        if (!t.build) throw err;
        misses.push(`download failed`);
        log.warn(`${oneLine(err)}; building instead`);
      }
    }

    // 5. Build.
    if (!t.build) {
      throw new UserError(
        `${t.name} ${t.version} for ${t.platform.os}/${t.platform.arch} is not cached (${misses.join('; ')}) and has no build command: add "build" to the entry, or upload it with release-binary first`,
      );
    }
    const out = join(temp, 'out');
    const { mkdir, rename, writeFile } = await import('node:fs/promises');
    await mkdir(out, { recursive: true });
    const { runBuild } = await import('./build.js');
    const built = await runBuild(t, out, workspace, log);
    const pkg = await import('../artifact/package.js');
    const info = await pkg.versionInfoFor(built, t, () => pkg.sourceCommit(t.workdir ? join(workspace, t.workdir) : workspace, workspace));
    const { formatVersionFile } = await import('../artifact/version-file.js');
    const dirStaging = await fresh();
    await rename(built, join(dirStaging, t.exe)).catch(async () => {
      const { copyFile } = await import('node:fs/promises');
      await copyFile(built, join(dirStaging, t.exe));
    });
    await writeFile(join(dirStaging, '.version'), formatVersionFile(info));
    const dir = await install(info.checksum);
    log.info(`${t.name} ${t.version}: built from source`);

    let release: ReleaseBinaryResult | undefined;
    if (opts.releaseOnMiss !== false && t.releaseRepo) {
      release = await releaseAfterBuild(t, dir, workspace, temp, opts, log);
    } else if (opts.releaseOnMiss !== false) {
      log.warn(`${t.name}: built but not released: no release repository (set "release-repo")`);
    }
    await saveToCache(dir);
    return done('build', dir, info.checksum, { released: !!release && release.action !== 'kept', release });
  } finally {
    if (staging) await rm(staging, { recursive: true, force: true });
    await rm(temp, { recursive: true, force: true });
  }
}

/**
 * Uploads a fresh build so the next run downloads it. A token that may not write (a pull request
 * from a fork) is a warning: the binary is still used.
 */
async function releaseAfterBuild(t: Target, dir: string, workspace: string, temp: string, opts: EnsureOptions, log: Log): Promise<ReleaseBinaryResult | undefined> {
  if (!opts.token) {
    log.warn(`${t.name} ${t.version} was built but not released: no token (set "token"); the binary is still used`);
    return undefined;
  }
  const { packAndPublish } = await import('../releases/release-binary.js');
  const { statusOf } = await import('../github/client.js');
  const { HttpStatusError } = await import('../net/download.js');
  try {
    // clobber off: if another job released this version meanwhile, theirs stays.
    return await packAndPublish(join(dir, t.exe), t, t.releaseRepo!, { token: opts.token, apiUrl: opts.apiUrl, clobber: false, workspace, tempDir: temp }, log);
  } catch (err) {
    const status = statusOf(err) ?? (err instanceof HttpStatusError ? err.status : undefined);
    if (status === 401 || status === 403 || status === 404) {
      log.warn(
        `${t.name} ${t.version} was built but not released to ${t.releaseRepo}: the token may not write releases (${status}${status === 403 ? ', as on a pull request from a fork' : ''}); the binary is still used. Give the workflow "permissions: contents: write" to release it`,
      );
      return undefined;
    }
    throw err;
  }
}
