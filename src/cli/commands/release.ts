import { UserError } from '../../runtime/errors.js';
import { UsageError, type Command } from '../command.js';
import { resolveContext } from '../context.js';

export const command: Command = {
  summary: 'package a binary (or a platform bundle) and upload it to its release',
  usage: 'ghsync release <name> --path FILE [--os OS --arch ARCH] | ghsync release --all | ghsync release --bundle NAME --tag vX.Y.Z',
  help: [
    ['<name>', 'manifest entry to release'],
    ['--all', 'release every entry from its tool cache copy (what ghsync ensure left there)'],
    ['--path FILE|DIR', 'the binary, or a folder holding it (default: its tool cache copy)'],
    ['--os OS, --arch ARCH', 'platform the binary is for (default: this machine)'],
    ['--bundle NAME', 'pack every manifest binary for this platform into NAME-{os}-{arch}.tar.gz'],
    ['--tag TAG', 'release tag (a bundle: the project tag; a binary: a tag template)'],
    ['--no-clobber', 'leave an existing asset of the same name alone'],
    ['--prerelease', 'mark a release created now as a prerelease'],
    ['--title T, --notes N', 'title and body of a release created now'],
  ],
  options: {
    all: { type: 'boolean', default: false },
    path: { type: 'string' },
    os: { type: 'string' },
    arch: { type: 'string' },
    bundle: { type: 'string' },
    tag: { type: 'string' },
    'no-clobber': { type: 'boolean', default: false },
    prerelease: { type: 'boolean', default: false },
    title: { type: 'string' },
    notes: { type: 'string' },
  },
  async run(names, values, out) {
    // Usage first: a missing argument is a usage error whatever the token.
    if (values.bundle && !values.tag) throw new UsageError('--bundle needs --tag: the project release to upload to (e.g. v1.2.3)');
    if (values.all && (names.length || values.path)) throw new UsageError('--all releases every entry from the tool cache: give no name and no --path');
    if (!values.bundle && !values.all && !names[0]) throw new UsageError('name the entry to release, or pass --bundle or --all');
    const ctx = await resolveContext({ repo: values.repo as string | undefined, needToken: true });
    const manifestFile = (values.manifest as string | undefined) ?? 'versions.yml';
    const shared = {
      token: ctx.token!,
      apiUrl: ctx.apiUrl,
      clobber: !values['no-clobber'],
      prerelease: Boolean(values.prerelease),
      title: values.title as string | undefined,
      notes: values.notes as string | undefined,
      os: values.os as string | undefined,
      arch: values.arch as string | undefined,
    };
    if (values.bundle) {
      if (!values.tag) throw new UsageError('--bundle needs --tag: the project release to upload to (e.g. v1.2.3)');
      if (!ctx.repo) throw new UserError('no repository for the bundle release: pass --repo owner/name, or run inside a clone with an "origin" remote');
      const { releaseBundle } = await import('../../bundle/bundle.js');
      const r = await releaseBundle(
        { ...shared, bundle: values.bundle as string, tag: values.tag as string, repo: ctx.repo, manifestFile, workspace: ctx.cwd, defaultRepo: ctx.repo },
        out.log,
      );
      out.result(
        { tag: r.tag, release_id: r.releaseId, release_url: r.releaseUrl, asset_name: r.assetName, asset_url: r.assetUrl, archive_sha256: r.sha256 },
        () => [`${r.assetName} uploaded to ${r.repo} ${r.tag}: ${r.assetUrl}`],
      );
      return 0;
    }
    if (values.all) {
      if (names.length || values.path) throw new UsageError('--all releases every entry from the tool cache: give no name and no --path');
      return releaseAll(manifestFile, shared, ctx, out);
    }
    const [name] = names;
    if (!name) throw new UsageError('name the entry to release, or pass --bundle or --all');
    const { releaseBinary } = await import('../../releases/release-binary.js');
    const r = await releaseBinary(
      {
        ...shared,
        name,
        manifestFile,
        path: values.path as string | undefined,
        tag: values.tag as string | undefined,
        workspace: ctx.cwd,
        defaultRepo: ctx.repo,
      },
      out.log,
    );
    out.result(
      {
        tag: r.tag,
        release_id: r.releaseId,
        release_url: r.releaseUrl,
        asset_name: r.assetName,
        asset_url: r.assetUrl,
        sha256: r.sha256,
        archive_sha256: r.archiveSha256,
        action: r.action,
      },
      () => [`${r.assetName} ${r.action} on ${r.repo} ${r.tag}: ${r.assetUrl}`],
    );
    return 0;
  },
};

async function releaseAll(
  manifestFile: string,
  shared: Omit<Parameters<typeof import('../../releases/release-binary.js').releaseBinary>[0], 'name'>,
  ctx: Awaited<ReturnType<typeof resolveContext>>,
  out: Parameters<Command['run']>[2],
): Promise<number> {
  const { loadCliManifest } = await import('../../releases/coverage.js');
  const { releaseBinary } = await import('../../releases/release-binary.js');
  const { prefixLog } = await import('../../ensure/ensure-all.js');
  const { summaryLine } = await import('./ensure.js');
  const { oneLine } = await import('../../runtime/errors.js');
  const manifest = await loadCliManifest(manifestFile);
  const results: Array<{ name: string; ok: boolean; line: string; json: Record<string, unknown> }> = [];
  // One at a time: uploads of one release share its asset list, and a laptop's uplink is the limit.
  for (const name of Object.keys(manifest.binaries)) {
    try {
      const r = await releaseBinary({ ...shared, name, manifestFile, workspace: ctx.cwd, defaultRepo: ctx.repo }, prefixLog(out.log, name));
      results.push({
        name,
        ok: true,
        line: `${r.assetName} ${r.action} on ${r.repo} ${r.tag}: ${r.assetUrl}`,
        json: { tag: r.tag, asset_name: r.assetName, asset_url: r.assetUrl, sha256: r.sha256, action: r.action },
      });
    } catch (err) {
      results.push({ name, ok: false, line: `${name}: failed: ${oneLine(err)}`, json: { error: oneLine(err) } });
    }
  }
  out.result({ ok: results.every((r) => r.ok), summary: summaryLine(results), releases: Object.fromEntries(results.map((r) => [r.name, r.json])) }, () => [
    ...results.map((r) => r.line),
    summaryLine(results),
  ]);
  return results.every((r) => r.ok) ? 0 : 1;
}
