import { UserError } from '../../runtime/errors.js';
import { UsageError, type Command } from '../command.js';
import { assertVisible, resolveContext } from '../context.js';
import type { EnsureOutcome } from '../../ensure/ensure-all.js';

/** `12 ok, 1 failed: shellcheck`: the closing line of a run over several entries. */
export function summaryLine(outcomes: Array<{ name: string; ok: boolean }>): string {
  const failed = outcomes.filter((o) => !o.ok).map((o) => o.name);
  return `${outcomes.length - failed.length} ok${failed.length ? `, ${failed.length} failed: ${failed.join(', ')}` : ''}`;
}

export const command: Command = {
  summary: 'ensure a pinned binary: tool cache, release asset, upstream download, or build and release',
  usage: 'ghsync ensure <name...> | --all [--os OS --arch ARCH] [--no-release] [--dry-run]',
  help: [
    ['name...', 'manifest entries to ensure'],
    ['--all', 'every entry of the manifest'],
    ['--os OS, --arch ARCH', 'another platform (fetched and verified; default: this machine)'],
    ['--no-release', 'after a build, do not upload it to the release'],
    ['--dry-run', 'say what each entry would come from (tool cache, release, or a build); change nothing'],
    ['--concurrency N', 'entries at once with --all (default: 4)'],
  ],
  options: {
    all: { type: 'boolean', default: false },
    os: { type: 'string' },
    arch: { type: 'string' },
    'no-release': { type: 'boolean', default: false },
    'dry-run': { type: 'boolean', default: false },
    concurrency: { type: 'string', default: '4' },
  },
  async run(names, values, out) {
    if (!values.all && !names.length) throw new UsageError('name an entry to ensure, or pass --all');
    const concurrency = Number(values.concurrency);
    if (!Number.isInteger(concurrency) || concurrency < 1) throw new UsageError(`--concurrency must be a whole number >= 1, got "${values.concurrency}"`);
    const ctx = await resolveContext({ repo: values.repo as string | undefined });
    const manifestFile = (values.manifest as string | undefined) ?? 'versions.yml';
    // Without a token a private release repository looks empty: say so rather than build for minutes.
    await assertVisible(ctx, out.log);
    if (values['dry-run']) return dryRun(manifestFile, values.all ? [] : names, ctx, out);
    const common = {
      manifestFile,
      token: ctx.token,
      apiUrl: ctx.apiUrl,
      releaseOnMiss: !values['no-release'],
      workspace: ctx.cwd,
      defaultRepo: ctx.repo,
      os: values.os as string | undefined,
      arch: values.arch as string | undefined,
      // The CLI prints each failure once, in its result lines.
      logFailures: false,
    };
    const { ensureAll } = await import('../../ensure/ensure-all.js');
    const outcomes = await ensureAll({ ...common, names: values.all ? undefined : names, concurrency }, out.log);
    const failed = outcomes.filter((o) => !o.ok);
    out.result(
      {
        ok: !failed.length,
        summary: summaryLine(outcomes),
        binaries: Object.fromEntries(outcomes.map((o) => [o.name, binaryJson(o)])),
      },
      () => [
        ...outcomes.map((o) =>
          o.result ? `${o.name} ${o.result.version}: ${o.result.source} (${o.durationMs} ms) ${o.result.binary}` : `${o.name}: failed: ${o.error}`,
        ),
        ...(outcomes.length > 1 ? [summaryLine(outcomes)] : []),
      ],
    );
    return failed.length ? 1 : 0;
  },
};

function binaryJson(o: EnsureOutcome) {
  return o.result
    ? {
        path: o.result.dir,
        binary: o.result.binary,
        version: o.result.version,
        source: o.result.source,
        sha256: o.result.sha256,
        released: o.result.released,
        ms: o.durationMs,
      }
    : { error: o.error };
}

async function dryRun(manifestFile: string, names: string[], ctx: Awaited<ReturnType<typeof resolveContext>>, out: Parameters<Command['run']>[2]) {
  const { loadCliManifest, inventory } = await import('../../releases/coverage.js');
  const { currentPlatform } = await import('../../manifest/platform.js');
  const manifest = await loadCliManifest(manifestFile);
  for (const n of names) if (!manifest.binaries[n]) throw new UserError(`${manifestFile}: no entry "${n}"`);
  const rows = await inventory(manifest, names, ctx, out.log);
  const here = `${currentPlatform().os}/${currentPlatform().arch}`;
  const plan = rows.map((r) => ({
    name: r.name,
    version: r.version,
    would: r.error ? 'fail' : r.cached ? 'tool-cache' : r.coverage[here] ? 'release' : 'download or build',
    ...(r.cached ? { path: r.cached } : {}),
    ...(r.error ? { error: r.error } : r.releaseNote ? { note: r.releaseNote } : {}),
  }));
  out.result({ dry_run: true, entries: plan }, () =>
    plan.map((p) => `${p.name} ${p.version}: would come from ${p.would}${'error' in p ? ` (${p.error})` : 'note' in p ? ` (${p.note})` : ''}`),
  );
  return plan.some((p) => p.would === 'fail') ? 1 : 0;
}
