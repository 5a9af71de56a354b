/**
 * Platform bundles (SPEC §5 `bundle:`): on a project tag, every manifest binary for one platform
 * in `<bundle>-<os>-<arch>.tar.gz`, uploaded to that tag's release. Layout: one folder per entry,
 * `<name>/<bin>` and `<name>/.version`, each exactly what that entry's own cache asset unpacks
 * to, so `grep -q "version: X" <name>/.version` works per binary.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packTarGz, type PackEntry } from '../archive/tar.js';
import { UserError } from '../runtime/errors.js';
import { createClient } from '../github/client.js';
import type { Log } from '../runtime/log.js';
import { loadManifest, isRepoName } from '../manifest/manifest.js';
import { resolvePlatform } from '../manifest/platform.js';
import { assertAllEnsured, ensureAll, type EnsureAllOptions, type EnsureOutcome } from '../ensure/ensure-all.js';
import { publishArchive } from '../releases/publish.js';
import { render } from '../manifest/template.js';

export interface BundleOptions extends EnsureAllOptions {
  bundle: string;
  /** The project release tag (default: the pushed tag, GITHUB_REF_NAME on a tag push). */
  tag?: string;
  /** Repository of the project release (default GITHUB_REPOSITORY, not the cache's release-repo). */
  repo?: string;
  token: string;
  clobber?: boolean;
  prerelease?: boolean;
  title?: string;
  notes?: string;
}

export interface BundleResult {
  tag: string;
  repo: string;
  releaseId: number;
  releaseUrl: string;
  assetName: string;
  assetUrl: string;
  sha256: string;
  outcomes: EnsureOutcome[];
}

function realSha(sha?: string): string | undefined {
  return sha && /^[0-9a-f]{40}$/.test(sha) && !/^0+$/.test(sha) ? sha : undefined;
}

export function bundleTag(given?: string): string {
  if (given) return given;
  if (process.env.GITHUB_REF_TYPE === 'tag' && process.env.GITHUB_REF_NAME) return process.env.GITHUB_REF_NAME;
  throw new UserError('bundle: this run is not for a tag: run it on a tag push (on: push: tags: ["v*"]) or set "bundle-tag"');
}

export async function releaseBundle(opts: BundleOptions, log: Log): Promise<BundleResult> {
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(opts.bundle)) throw new UserError(`bad bundle name "${opts.bundle}": use letters, digits, ".", "_" and "-"`);
  const tag = bundleTag(opts.tag);
  const repo = opts.repo || process.env.GITHUB_REPOSITORY || '';
  if (!isRepoName(repo)) throw new UserError('bundle: no repository for the project release (GITHUB_REPOSITORY)');
  if (!opts.token) throw new UserError('bundle: no token to upload with: set "token"');
  const platform = resolvePlatform(opts.os || undefined, opts.arch || undefined);
  const manifest = opts.manifest ?? (await loadManifest(opts.manifestFile || 'versions.yml'));
  const outcomes = await ensureAll({ ...opts, manifest }, log);
  const results = assertAllEnsured(outcomes);
  const assetName = `${opts.bundle}-${render('{os}-{arch}', { os: platform.os, arch: platform.arch })}.tar.gz`;
  const entries: PackEntry[] = [];
  for (const r of results) {
    const exe = r.binary.slice(r.dir.length + 1);
    entries.push({ name: `${r.name}/${exe}`, file: r.binary, mode: 0o755 }, { name: `${r.name}/.version`, file: join(r.dir, '.version'), mode: 0o644 });
  }
  const temp = await mkdtemp(join(opts.tempDir ?? process.env.RUNNER_TEMP ?? tmpdir(), 'sync-bundle-'));
  try {
    const file = join(temp, assetName);
    const packed = await packTarGz(entries, file);
    log.info(`packed ${results.length} binaries into ${assetName} (${packed.size} bytes)`);
    const gh = createClient({ token: opts.token, apiUrl: opts.apiUrl, warn: (m) => log.warn(m) });
    const done = await publishArchive({
      gh,
      token: opts.token,
      repo,
      tag,
      assetName,
      file,
      sha256: packed.sha256,
      size: packed.size,
      clobber: opts.clobber ?? true,
      create: {
        title: opts.title || tag,
        notes: opts.notes,
        generateNotes: true,
        prerelease: opts.prerelease,
        makeLatest: !opts.prerelease,
        target: realSha(process.env.GITHUB_SHA),
      },
      log,
    });
    return {
      tag,
      repo,
      releaseId: done.release.id,
      releaseUrl: done.release.html_url,
      assetName: done.asset.name,
      assetUrl: done.asset.browser_download_url,
      sha256: packed.sha256,
      outcomes,
    };
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}
