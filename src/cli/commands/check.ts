import type { Command } from '../command.js';
import { resolveContext } from '../context.js';

export const command: Command = {
  summary: 'which pinned versions have a newer upstream (tags, releases, commits)',
  usage: 'sync check [name...] [--update] [--include-prereleases] [--output-file FILE]',
  help: [
    ['name...', 'entries to check (default: every entry with an upstream)'],
    ['--include-prereleases', 'count prereleases as candidates'],
    ['--update', 'rewrite the versions in the manifest (comments and layout kept)'],
    ['--output-file FILE', 'also write the result JSON (SPEC shape) to FILE'],
  ],
  options: {
    'include-prereleases': { type: 'boolean', default: false },
    update: { type: 'boolean', default: false },
    'output-file': { type: 'string' },
  },
  async run(names, values, out) {
    const ctx = await resolveContext({ repo: values.repo as string | undefined });
    const manifestPath = (values.manifest as string | undefined) ?? 'versions.yml';
    const { runCheck } = await import('../../upstream/run.js');
    const { result, json, updated, manifestUpdated } = await runCheck(
      {
        manifestPath,
        names,
        includePrereleases: Boolean(values['include-prereleases']),
        token: ctx.token,
        serverUrl: ctx.serverUrl,
        apiUrl: ctx.apiUrl,
        update: values.update ? 'manifest' : 'none',
        outputFile: values['output-file'] as string | undefined,
        repo: ctx.repo,
        workspace: ctx.cwd,
      },
      out.log,
    );
    out.result({ ...json, updates: updated.map((e) => e.name), has_updates: updated.length > 0, manifest_updated: manifestUpdated }, () => [
      ...result.entries.map((e) =>
        e.error
          ? `${e.name}: error: ${e.error}`
          : `${e.name}: ${e.currentTag ?? e.pinned} -> ${e.latestTag ?? e.latestCommit ?? '?'}${e.updateAvailable ? ` (${e.updateType} update)` : e.warning ? '' : ' (up to date)'}${e.warning ? ` (warning: ${e.warning})` : ''}`,
      ),
      ...(manifestUpdated ? [`${manifestPath}: updated ${updated.map((e) => e.name).join(', ')}`] : []),
    ]);
    return result.entries.some((e) => e.error) ? 1 : 0;
  },
};
