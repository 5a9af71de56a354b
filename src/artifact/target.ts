/**
 * What to ensure or release: a manifest entry with the step's overrides applied, and every name
 * derived from it (tag, asset, binary file name, platform). Shared by ensure, release and bundle.
 */
import { UserError } from '../runtime/errors.js';
import type { DownloadSpec, Manifest } from '../manifest/manifest.js';
import { loadManifestCached } from '../manifest/cache.js';
import { badFileName, badTagName, badVersion, DEFAULT_ASSET, DEFAULT_TAG, isRepoName } from '../manifest/names.js';
import { exeName, resolvePlatform, type Platform } from '../manifest/platform.js';
import { render, semverOf, type TemplateVars } from '../manifest/template.js';

export interface TargetOptions {
  /** Manifest entry name (also the tool cache name and `{name}`). */
  name: string;
  /** An already loaded manifest, or the file to load it from. */
  manifest?: Manifest;
  manifestFile?: string;
  version?: string;
  bin?: string;
  build?: string;
  workdir?: string;
  /** A URL template (the `download` input) or a manifest-style mapping. */
  download?: string | DownloadSpec;
  releaseRepo?: string;
  tag?: string;
  asset?: string;
  os?: string;
  arch?: string;
  /** The repository the workflow runs in (GITHUB_REPOSITORY), used when nothing else names one. */
  defaultRepo?: string;
  /** Where parsed manifests may be cached by content (see manifest-cache.ts). */
  manifestCacheDir?: string;
}

export interface Target {
  name: string;
  version: string;
  bin: string;
  /** The binary's file name on the target OS (`.exe` on Windows). */
  exe: string;
  build?: string;
  workdir?: string;
  download?: DownloadSpec;
  releaseRepo?: string;
  platform: Platform;
  tag: string;
  asset: string;
  vars: TemplateVars;
}

/**
 * Loads the manifest when one is needed: always when no explicit version is given; when a
 * version is given, a missing manifest file is fine (everything else has defaults).
 */
export async function manifestFor(opts: TargetOptions): Promise<Manifest | undefined> {
  if (opts.manifest) return opts.manifest;
  const file = opts.manifestFile || 'versions.yml';
  // Loaded on use: the YAML parser is most of a cold start that never reads a manifest.
  const load = opts.manifestCacheDir
    ? (f: string) => loadManifestCached(f, opts.manifestCacheDir!)
    : (f: string) => import('../manifest/manifest.js').then((m) => m.loadManifest(f));
  try {
    return await load(file);
  } catch (err) {
    if (opts.version && err instanceof UserError && /manifest not found/.test(err.message)) return undefined;
    throw err;
  }
}

export async function resolveTarget(opts: TargetOptions): Promise<Target> {
  const name = opts.name?.trim();
  if (!name) throw new UserError('no binary named: set "name" (an entry of the manifest)');
  const manifest = await manifestFor(opts);
  const entry = manifest && Object.hasOwn(manifest.binaries, name) ? manifest.binaries[name] : undefined;
  if (manifest && !entry && !opts.version) {
    const known = Object.keys(manifest.binaries);
    throw new UserError(
      `${manifest.file}: no entry "${name}" under binaries (${known.length ? `entries: ${known.join(', ')}` : 'it has none'}); add it, or give "version" explicitly`,
    );
  }
  const version = opts.version || entry?.version;
  if (!version) throw new UserError(`no version for "${name}": set "version" or add the entry to the manifest`);
  const why = badVersion(version);
  if (why) throw new UserError(`bad version "${version}" for "${name}": ${why}`);
  const bin = opts.bin || entry?.bin || name;
  const badBin = badFileName(bin);
  if (badBin) throw new UserError(`bad binary name "${bin}": ${badBin} (a file name, not a path)`);
  const platform = resolvePlatform(opts.os || undefined, opts.arch || undefined);
  const releaseRepo = opts.releaseRepo || manifest?.releaseRepo || opts.defaultRepo || undefined;
  if (releaseRepo && !isRepoName(releaseRepo)) throw new UserError(`bad release repository "${releaseRepo}": expected owner/name`);
  const exe = exeName(bin, platform.os);
  const vars: TemplateVars = {
    name,
    version,
    bin,
    os: platform.os,
    arch: platform.arch,
    semver: semverOf(version),
    exe: platform.os === 'windows' ? '.exe' : '',
  };
  const tagTemplate = opts.tag || manifest?.tag || DEFAULT_TAG;
  const assetTemplate = opts.asset || manifest?.asset || DEFAULT_ASSET;
  return {
    name,
    version,
    bin,
    exe,
    build: opts.build || entry?.build,
    workdir: opts.workdir || entry?.workdir,
    download: typeof opts.download === 'string' ? (opts.download ? { url: opts.download } : entry?.download) : (opts.download ?? entry?.download),
    releaseRepo,
    platform,
    tag: checkedName('tag', tagTemplate, vars, badTagName, 'a valid git tag name'),
    asset: checkedName('asset', assetTemplate, vars, badFileName, 'a plain file name'),
    vars,
  };
}

/** Renders a tag or asset template and checks the result, naming the template when it is bad. */
export function checkedName(what: string, template: string, vars: TemplateVars, why: (s: string) => string | undefined, rule: string): string {
  const value = render(template, vars);
  const bad = why(value);
  if (bad) throw new UserError(`${what} template "${template}" renders "${value}", which is not ${rule}: ${bad}`);
  return value;
}
