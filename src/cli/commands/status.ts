import { UserError } from '../../runtime/errors.js';
import type { Command } from '../command.js';
import { resolveContext } from '../context.js';

export const command: Command = {
  summary: 'each entry: pinned version, tool cache folder, platforms its release holds (and a newer upstream with --upstream)',
  usage: 'ghsync status [name...] [--upstream]   (also: ghsync list)',
  help: [
    ['name...', 'entries to show (default: all)'],
    ['--upstream', 'also ask each upstream whether it has a newer version (as ghsync check)'],
  ],
  options: { upstream: { type: 'boolean', default: false } },
  async run(names, values, out) {
    const ctx = await resolveContext({ repo: values.repo as string | undefined });
    const manifestFile = (values.manifest as string | undefined) ?? 'versions.yml';
    const { loadCliManifest, inventory, coverageTable } = await import('../../releases/coverage.js');
    const manifest = await loadCliManifest(manifestFile);
    for (const n of names) if (!manifest.binaries[n]) throw new UserError(`${manifestFile}: no entry "${n}"`);
    const rows = await inventory(manifest, names, ctx, out.log);
    const newer = new Map<string, string>();
    if (values.upstream) {
      const { checkUpstreams } = await import('../../upstream/check.js');
      const quiet = { ...out.log, info: () => undefined };
      const r = await checkUpstreams({ manifest, names, token: ctx.token, serverUrl: ctx.serverUrl, apiUrl: ctx.apiUrl }, quiet);
      for (const e of r.entries) newer.set(e.name, e.error ? `error: ${e.error}` : e.updateAvailable ? `${e.newVersion} (${e.updateType})` : 'up to date');
    }
    out.result(
      {
        entries: rows.map((r) => ({
          name: r.name,
          version: r.version,
          cached: r.cached ?? null,
          release: r.tag ? { repo: r.releaseRepo, tag: r.tag } : null,
          platforms: Object.entries(r.coverage)
            .filter(([, v]) => v)
            .map(([p]) => p),
          ...(values.upstream ? { upstream: newer.get(r.name) ?? 'no upstream' } : {}),
          ...(r.error ? { error: r.error } : r.releaseNote ? { note: r.releaseNote } : {}),
        })),
      },
      () => [
        ...rows.map(
          (r) =>
            `${r.name} ${r.version}: ${r.cached ? `cached at ${r.cached}` : 'not in the tool cache'}` +
            `${values.upstream ? `; upstream ${newer.get(r.name) ?? 'none'}` : ''}${r.error ? `; error: ${r.error}` : r.releaseNote ? `; ${r.releaseNote}` : ''}`,
        ),
        '',
        ...coverageTable(rows, false),
      ],
    );
    return rows.some((r) => r.error) ? 1 : 0;
  },
};
