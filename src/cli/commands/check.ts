import type { Log } from '../../runtime/log.js';
import type { Command } from '../command.js';
import { resolveContext } from '../context.js';

/**
 * The library logs each entry as it is checked (the action's log wants that); the CLI prints the
 * results itself, so those lines are dropped here and each result appears once.
 */
function withoutEntryLines(log: Log): { log: Log; flush(already: Set<string>): void } {
  const perEntry = /^[^\s:]+: (\S+ -> \S+ \(\w+\)|\S+ is up to date)$/;
  const held: string[] = [];
  return {
    log: { ...log, info: (m) => (perEntry.test(m) ? undefined : log.info(m)), warn: (m) => (/retrying/.test(m) ? log.warn(m) : held.push(m)) },
    // Warnings the result lines do not already say.
    flush: (already) => held.filter((m) => !already.has(m)).forEach((m) => log.warn(m)),
  };
}

export const command: Command = {
  summary: 'which pinned versions have a newer upstream (tags, releases, commits)',
  usage: 'ghsync check [name...] [--update | --pull-request] [--fail-on-update] [--include-prereleases] [--output-file FILE]',
  help: [
    ['name...', 'entries to check (default: every entry with an upstream)'],
    ['--include-prereleases', 'count prereleases as candidates'],
    ['--update', 'rewrite the versions in the manifest (comments and layout kept)'],
    ['--pull-request', 'open one pull request per update in --repo (needs a token that may push)'],
    ['--labels L1,L2', 'labels for those pull requests'],
    ['--fail-on-update', 'exit 1 when any update is available (exit 0 otherwise)'],
    ['--output-file FILE', 'also write the result JSON (SPEC shape) to FILE'],
  ],
  options: {
    'include-prereleases': { type: 'boolean', default: false },
    update: { type: 'boolean', default: false },
    'pull-request': { type: 'boolean', default: false },
    labels: { type: 'string' },
    'fail-on-update': { type: 'boolean', default: false },
    'output-file': { type: 'string' },
  },
  async run(names, values, out) {
    const pullRequest = Boolean(values['pull-request']);
    const ctx = await resolveContext({ repo: values.repo as string | undefined, needRepo: pullRequest, needToken: pullRequest });
    const manifestPath = (values.manifest as string | undefined) ?? 'versions.yml';
    const { runCheck } = await import('../../upstream/run.js');
    const quiet = withoutEntryLines(out.log);
    const { result, json, updated, manifestUpdated, pulls } = await runCheck(
      {
        manifestPath,
        names,
        includePrereleases: Boolean(values['include-prereleases']),
        token: ctx.token,
        tokenHint: 'set GITHUB_TOKEN',
        serverUrl: ctx.serverUrl,
        apiUrl: ctx.apiUrl,
        update: pullRequest ? 'pull-request' : values.update ? 'manifest' : 'none',
        labels:
          typeof values.labels === 'string'
            ? values.labels
                .split(',')
                .map((l) => l.trim())
                .filter(Boolean)
            : undefined,
        outputFile: values['output-file'] as string | undefined,
        repo: ctx.repo,
        workspace: ctx.cwd,
      },
      quiet.log,
    );
    quiet.flush(new Set([...result.entries.map((e) => `${e.name}: ${e.error}`), ...pulls.map((p) => `${p.name}: cannot open the update PR: ${p.error}`)]));
    out.result(
      {
        ...json,
        updates: updated.map((e) => e.name),
        has_updates: updated.length > 0,
        manifest_updated: manifestUpdated,
        ...(pullRequest ? { pull_requests: pulls } : {}),
      },
      () => [
        ...result.entries.map((e) =>
          e.error
            ? `${e.name}: error: ${e.error}`
            : `${e.name}: ${e.currentTag ?? e.pinned} -> ${e.latestTag ?? e.latestCommit ?? '?'}${e.updateAvailable ? ` (${e.updateType} update)` : e.warning ? '' : ' (up to date)'}${e.warning ? ` (warning: ${e.warning})` : ''}`,
        ),
        ...(manifestUpdated ? [`${manifestPath}: updated ${updated.map((e) => e.name).join(', ')}`] : []),
        ...pulls.map((p) => (p.error ? `${p.name}: pull request failed: ${p.error}` : `${p.name}: pull request ${p.action} ${p.url}`)),
      ],
    );
    if (result.entries.some((e) => e.error) || pulls.some((p) => p.error)) return 1;
    return values['fail-on-update'] && updated.length ? 1 : 0;
  },
};
