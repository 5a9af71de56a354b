import { UserError } from '../../runtime/errors.js';
import type { Command } from '../command.js';
import { resolveContext } from '../context.js';

export const command: Command = {
  summary: 'ensure a pinned binary: tool cache, release asset, upstream download, or build and release',
  usage: 'sync ensure <name...> | --all [--os OS --arch ARCH] [--no-release]',
  help: [
    ['name...', 'manifest entries to ensure'],
    ['--all', 'every entry of the manifest'],
    ['--os OS, --arch ARCH', 'another platform (fetched and verified; default: this machine)'],
    ['--no-release', 'after a build, do not upload it to the release'],
    ['--concurrency N', 'entries at once with --all (default: 4)'],
  ],
  options: {
    all: { type: 'boolean', default: false },
    os: { type: 'string' },
    arch: { type: 'string' },
    'no-release': { type: 'boolean', default: false },
    concurrency: { type: 'string', default: '4' },
  },
  async run(names, values, out) {
    if (!values.all && !names.length) throw new UserError('name an entry to ensure, or pass --all (see sync ensure --help)');
    const ctx = await resolveContext({ repo: values.repo as string | undefined });
    const common = {
      manifestFile: (values.manifest as string | undefined) ?? 'versions.yml',
      token: ctx.token,
      apiUrl: ctx.apiUrl,
      releaseOnMiss: !values['no-release'],
      workspace: ctx.cwd,
      defaultRepo: ctx.repo,
      os: values.os as string | undefined,
      arch: values.arch as string | undefined,
    };
    const concurrency = Number(values.concurrency);
    if (!Number.isInteger(concurrency) || concurrency < 1) throw new UserError(`--concurrency must be a whole number >= 1, got "${values.concurrency}"`);
    const { ensureAll } = await import('../../ensure/ensure-all.js');
    const outcomes = await ensureAll({ ...common, names: values.all ? undefined : names, concurrency }, out.log);
    const failed = outcomes.filter((o) => !o.ok);
    out.result(
      {
        ok: !failed.length,
        binaries: Object.fromEntries(
          outcomes.map((o) => [
            o.name,
            o.result
              ? {
                  path: o.result.dir,
                  binary: o.result.binary,
                  version: o.result.version,
                  source: o.result.source,
                  sha256: o.result.sha256,
                  released: o.result.released,
                  ms: o.durationMs,
                }
              : { error: o.error },
          ]),
        ),
      },
      () =>
        outcomes.map((o) =>
          o.result ? `${o.name} ${o.result.version}: ${o.result.source} (${o.durationMs} ms) ${o.result.binary}` : `${o.name}: failed: ${o.error}`,
        ),
    );
    return failed.length ? 1 : 0;
  },
};
