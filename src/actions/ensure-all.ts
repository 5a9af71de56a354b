import * as core from '../runtime/runner.js';
import { actionsLog } from '../runtime/actions-log.js';
import { booleanInput, integerInput, listInput, runStep, tokenInput } from '../runtime/step.js';
import { cell, seconds } from './summary.js';

await runStep(async () => {
  const token = tokenInput('token');
  const addToPath = booleanInput('add-to-path', true);
  const { assertAllEnsured, ensureAll } = await import('../ensure/ensure-all.js');
  const outcomes = await ensureAll(
    {
      manifestFile: core.getInput('manifest').trim() || 'versions.yml',
      names: listInput('names'),
      concurrency: integerInput('concurrency', 4),
      releaseRepo: core.getInput('release-repo').trim() || undefined,
      token,
      releaseOnMiss: booleanInput('release-on-miss', true),
      actionsCache: booleanInput('actions-cache', false),
    },
    actionsLog,
  );
  const binaries: Record<string, { path: string; version: string; source: string; binary: string; sha256: string }> = {};
  for (const o of outcomes) {
    const r = o.result;
    if (!r) continue;
    binaries[o.name] = { path: r.dir, version: r.version, source: r.source, binary: r.binary, sha256: r.sha256 };
    if (addToPath && r.native) core.addPath(r.dir);
  }
  // Set before failing: the entries that worked are usable by later steps (with continue-on-error).
  core.setOutput('binaries', JSON.stringify(binaries));
  const rows = outcomes.map(
    (o) =>
      `| ${cell(o.name)} | ${cell(o.result?.version ?? '')} | ${o.ok ? cell(o.result!.source + (o.result!.released ? ' (released)' : '')) : `failed: ${cell(o.error ?? '')}`} | ${seconds(o.durationMs)} |`,
  );
  await core.summary
    .addRaw(['### sync: ensure all', '', '| binary | version | source | time |', '| --- | --- | --- | --- |', ...rows, ''].join('\n'), true)
    .write();
  assertAllEnsured(outcomes);
});
