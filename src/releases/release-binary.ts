/** release-binary as a library: package one binary and put it in its per-version release. */
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UserError, oneLine } from '../runtime/errors.js';
import type { Log } from '../runtime/log.js';
import { findTool, toolCacheRoot } from '../artifact/tool-cache.js';
import { resolveTarget, type Target, type TargetOptions } from '../artifact/target.js';
import type { Published } from './publish.js';
import type { AssetInfo } from './api.js';

export interface ReleaseBinaryOptions extends TargetOptions {
  /** The binary, or a folder holding it (default: its tool cache folder, after ensure-binary). */
  path?: string;
  token: string;
  apiUrl?: string;
  clobber?: boolean;
  prerelease?: boolean;
  title?: string;
  notes?: string;
  workspace?: string;
  toolCache?: string;
  tempDir?: string;
}

export interface ReleaseBinaryResult {
  tag: string;
  releaseId: number;
  releaseUrl: string;
  assetName: string;
  assetUrl: string;
  /** sha256 of the binary in the release's asset (as its `.version` checksum); '' when unknown. */
  sha256: string;
  /** sha256 of the asset archive (its `digest`). */
  archiveSha256: string;
  action: Published['action'];
  repo: string;
}

export async function releaseBinary(opts: ReleaseBinaryOptions, log: Log): Promise<ReleaseBinaryResult> {
  const t = await resolveTarget(opts);
  const repo = requireRepo(t);
  let path = opts.path;
  if (!path) {
    path = findTool(opts.toolCache ?? toolCacheRoot(), t.name, t.version, t.platform);
    if (!path)
      throw new UserError(
        `no "path" given and no ${t.name} ${t.version} for ${t.platform.os}/${t.platform.arch} in the tool cache: set "path" to the binary (or a folder holding ${t.exe})`,
      );
  }
  const { locateBinary } = await import('../artifact/package.js');
  const binary = await locateBinary(path, t.exe);
  return packAndPublish(binary, t, repo, opts, log);
}

export function requireRepo(t: Target): string {
  if (!t.releaseRepo) throw new UserError('no release repository: set "release-repo" (or release-repo in the manifest, or GITHUB_REPOSITORY)');
  return t.releaseRepo;
}

/** Shared with ensure-binary's release-on-miss. */
export async function packAndPublish(
  binary: string,
  t: Target,
  repo: string,
  opts: { token: string; apiUrl?: string; clobber?: boolean; prerelease?: boolean; title?: string; notes?: string; workspace?: string; tempDir?: string },
  log: Log,
): Promise<ReleaseBinaryResult> {
  if (!opts.token) throw new UserError(`no token to upload ${t.asset} to ${repo}: set "token" (GITHUB_TOKEN or GH_TOKEN on a laptop)`);
  const workspace = opts.workspace ?? process.cwd();
  const { packBinary, sourceCommit, versionInfoFor } = await import('../artifact/package.js');
  const info = await versionInfoFor(binary, t, () => sourceCommit(t.workdir ? join(workspace, t.workdir) : undefined, workspace));
  const temp = await mkdtemp(join(opts.tempDir ?? process.env.RUNNER_TEMP ?? tmpdir(), 'sync-release-'));
  try {
    const archive = join(temp, t.asset);
    const packed = await packBinary(binary, info, t.exe, archive);
    const { createClient } = await import('../github/client.js');
    const gh = createClient({ token: opts.token, apiUrl: opts.apiUrl, warn: (m) => log.warn(m) });
    const { publishArchive } = await import('./publish.js');
    const done = await publishArchive({
      gh,
      token: opts.token,
      repo,
      tag: t.tag,
      assetName: t.asset,
      file: archive,
      sha256: packed.sha256,
      size: packed.size,
      clobber: opts.clobber ?? true,
      create: {
        title: opts.title || `${t.name} ${t.version}`,
        notes: opts.notes || `Binary cache for ${t.name} ${t.version} (managed by sync).`,
        prerelease: opts.prerelease,
        makeLatest: false,
      },
      log,
    });
    // 'kept' (clobber: false) left a different archive in place: its binary is not ours.
    const kept = done.action === 'kept';
    return {
      tag: t.tag,
      releaseId: done.release.id,
      releaseUrl: done.release.html_url,
      assetName: done.asset.name,
      assetUrl: done.asset.browser_download_url,
      sha256: kept ? await keptBinarySha256(done.asset, t, opts.token, temp, log) : info.checksum,
      archiveSha256: kept ? (done.asset.digest?.replace(/^sha256:/, '') ?? '') : packed.sha256,
      action: done.action,
      repo,
    };
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}

/**
 * The binary checksum of an asset left alone (clobber: false): downloaded (digest checked) and
 * read from its `.version`, which must match the binary inside; '' (with a warning) when it cannot.
 */
async function keptBinarySha256(asset: AssetInfo, t: Target, token: string, temp: string, log: Log): Promise<string> {
  const label = `asset ${asset.name} (release ${t.tag})`;
  try {
    const { download } = await import('../net/download.js');
    const { extractTarGz } = await import('../archive/tar.js');
    const { parseVersionFile, VERSION_FILE } = await import('../artifact/version-file.js');
    const archive = join(temp, `kept-${asset.id}.tar.gz`);
    const dir = join(temp, `kept-${asset.id}`);
    await mkdir(dir, { recursive: true });
    await download({
      url: asset.url,
      dest: archive,
      headers: { accept: 'application/octet-stream', authorization: `token ${token}` },
      expectedSize: asset.size,
      expectedDigest: asset.digest ?? undefined,
      label,
      log,
    });
    const { sha256: sums } = await extractTarGz(archive, dir);
    const checksum = parseVersionFile(await readFile(join(dir, VERSION_FILE), 'utf8')).checksum ?? '';
    if (!checksum || sums.get(t.exe) !== checksum) throw new Error(`its ${VERSION_FILE} checksum does not match ${t.exe}`);
    return checksum;
  } catch (err) {
    log.warn(`${label}: cannot tell the sha256 of the binary it holds (${oneLine(err)}); output sha256 is empty`);
    return '';
  }
}
