import * as core from '../runtime/runner.js';
import { actionsLog } from '../runtime/actions-log.js';
import { UserError } from '../runtime/errors.js';
import { booleanInput, runStep, tokenInput } from '../runtime/step.js';
import { seconds } from './summary.js';

await runStep(async () => {
  const started = Date.now();
  const token = tokenInput('token');
  const input = (n: string) => core.getInput(n).trim() || undefined;
  const common = {
    manifestFile: input('manifest') ?? 'versions.yml',
    releaseRepo: input('release-repo'),
    os: input('os'),
    arch: input('arch'),
    token,
    clobber: booleanInput('clobber', true),
    prerelease: booleanInput('prerelease', false),
    title: input('title'),
    notes: input('notes'),
  };
  const bundle = input('bundle');
  let out: { tag: string; releaseId: number; releaseUrl: string; assetName: string; assetUrl: string; sha256: string; archiveSha256: string };
  let line: string;
  if (bundle) {
    const { releaseBundle } = await import('../bundle/bundle.js');
    const r = await releaseBundle({ ...common, bundle, tag: input('bundle-tag') }, actionsLog);
    // Many binaries in one archive: no single binary checksum.
    out = { ...r, sha256: '', archiveSha256: r.sha256 };
    line = `bundle ${r.assetName} (${r.outcomes.length} binaries) uploaded to release ${r.tag} in ${r.repo} in ${seconds(Date.now() - started)}`;
  } else {
    if (!core.getInput('name').trim()) throw new UserError('input "name" (a manifest entry) or "bundle" is required');
    const { releaseBinary } = await import('../releases/release-binary.js');
    const r = await releaseBinary(
      {
        ...common,
        name: core.getInput('name').trim(),
        version: input('version'),
        bin: input('bin'),
        path: input('path'),
        tag: input('tag'),
        asset: input('asset'),
        defaultRepo: process.env.GITHUB_REPOSITORY,
        workspace: process.env.GITHUB_WORKSPACE,
      },
      actionsLog,
    );
    out = r;
    const verb = { uploaded: 'uploaded to', replaced: 'replaced in', unchanged: 'already in', kept: 'left alone (clobber: false) in' }[r.action];
    line = `${r.assetName} ${verb} release ${r.tag} in ${r.repo} in ${seconds(Date.now() - started)}`;
  }
  core.setOutput('tag', out.tag);
  core.setOutput('release-id', String(out.releaseId));
  core.setOutput('release-url', out.releaseUrl);
  core.setOutput('asset-name', out.assetName);
  core.setOutput('asset-url', out.assetUrl);
  core.setOutput('sha256', out.sha256);
  core.setOutput('archive-sha256', out.archiveSha256);
  core.info(line);
  await core.summary.addRaw(`**release-binary**: ${line}\n`, true).write();
});
