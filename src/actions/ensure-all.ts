import * as core from '../runtime/runner.js';
import { actionsLog } from '../runtime/actions-log.js';
import { booleanInput, integerInput, listInput, runStep, tokenInput } from '../runtime/step.js';
import { cell, ensureGantt, seconds } from './summary.js';

/** Entries × os/arch: which platforms each entry's release holds (SPEC §2 words). */
async function coverageLines(names: string[]): Promise<string[]> {
  const { loadManifest } = await import('../manifest/manifest.js');
  const { inventory, coverageTable } = await import('../releases/coverage.js');
  const { apiUrlFromEnv } = await import('../github/client.js');
  const manifest = await loadManifest(core.getInput('manifest').trim() || 'versions.yml');
  const rows = await inventory(
    manifest,
    names,
    {
      apiUrl: apiUrlFromEnv(),
      token: tokenInput('token'),
      repo: process.env.GITHUB_REPOSITORY,
      releaseRepo: core.getInput('release-repo').trim() || undefined,
    },
    actionsLog,
  );
  return ['#### platform coverage (release assets)', '', ...coverageTable(rows, true)];
}

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
  const gantt = ensureGantt(outcomes.map((o) => ({ name: o.name, source: o.result?.source, startedAt: o.startedAt, durationMs: o.durationMs })));
  const coverage = await coverageLines(outcomes.map((o) => o.name)).catch((err) => {
    actionsLog.warn(`platform coverage table left out: ${err instanceof Error ? err.message : String(err)}`);
    return [] as string[];
  });
  await core.summary
    .addRaw(
      ['### sync: ensure all', '', '| binary | version | source | time |', '| --- | --- | --- | --- |', ...rows, '', ...gantt, '', ...coverage, ''].join('\n'),
      true,
    )
    .write();
  assertAllEnsured(outcomes);
});
