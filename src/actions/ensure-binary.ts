import * as core from '../runtime/runner.js';
import { actionsLog } from '../runtime/actions-log.js';
import { UserError } from '../runtime/errors.js';
import { booleanInput, runStep, tokenInput } from '../runtime/step.js';
import { seconds } from './summary.js';

await runStep(async () => {
  const token = tokenInput('token');
  const input = (n: string) => core.getInput(n).trim() || undefined;
  const addToPath = booleanInput('add-to-path', true);
  if (!core.getInput('name').trim()) throw new UserError('input "name" is required: the manifest entry to ensure (its key under "binaries")');
  const { ensureBinary } = await import('../ensure/ensure-binary.js');
  // A URL template or a YAML/JSON mapping, checked as a manifest entry's `download` is (loaded only when set).
  const downloadText = input('download');
  const download = downloadText ? (await import('../manifest/download.js')).parseDownloadInput(downloadText) : undefined;
  const result = await ensureBinary(
    {
      name: core.getInput('name').trim(),
      manifestFile: input('manifest') ?? 'versions.yml',
      version: input('version'),
      bin: input('bin'),
      build: input('build'),
      workdir: input('workdir'),
      download,
      releaseRepo: input('release-repo'),
      tag: input('tag'),
      asset: input('asset'),
      os: input('os'),
      arch: input('arch'),
      token,
      releaseOnMiss: booleanInput('release-on-miss', true),
      actionsCache: booleanInput('actions-cache', false),
    },
    actionsLog,
  );
  if (addToPath && result.native) core.addPath(result.dir);
  else if (addToPath) core.info(`${result.name} is for ${result.os}/${result.arch}, not this runner: verified but not put on PATH`);
  core.setOutput('path', result.dir);
  core.setOutput('binary', result.binary);
  core.setOutput('version', result.version);
  core.setOutput('source', result.source);
  core.setOutput('cache-hit', String(result.cacheHit));
  core.setOutput('sha256', result.sha256);
  core.setOutput('released', String(result.released));
  const line = `${result.name} ${result.version} (${result.os}/${result.arch}) from ${result.source} in ${seconds(result.durationMs)}${result.released ? `, released to ${result.releaseRepo} (${result.tag})` : ''}`;
  core.info(line);
  await core.summary.addRaw(`**ensure-binary**: ${line}\n`, true).write();
});
