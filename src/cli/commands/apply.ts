import { readFile } from 'node:fs/promises';
import { UserError } from '../../runtime/errors.js';
import { UsageError, type Command } from '../command.js';
import { resolveContext } from '../context.js';

export const command: Command = {
  summary: 'apply a dispatched feature update from a payload file and open or refresh its PR (sync-upstream)',
  usage: 'ghsync apply <payload.json> --upstream owner/name [--method copy] [--dry-run]',
  help: [
    ['<payload.json>', 'the client_payload of the dispatch, or the whole repository_dispatch event'],
    ['--upstream owner/name', 'the only repository allowed to sync from (required)'],
    ['--subscriptions LIST|FILE', 'feature paths (comma separated) or subscriptions.json (default)'],
    ['--path-map "A => B"', 'where a feature lands (repeatable; default: the same path)'],
    ['--method M', 'copy, cherry-pick, squash or merge (default: copy)'],
    ['--base BRANCH', 'branch the PR targets (default: the default branch)'],
    ['--branch TEMPLATE', 'PR branch (default: upstream-sync/{feature})'],
    ['--labels LIST', 'PR labels (default: automated,upstream-sync)'],
    ['--max-age-days N', 'reject older commits (default: 0, off)'],
    ['--dry-run', 'validate and compute the change, push nothing'],
  ],
  options: {
    upstream: { type: 'string' },
    subscriptions: { type: 'string', default: 'subscriptions.json' },
    'path-map': { type: 'string', multiple: true },
    method: { type: 'string', default: 'copy' },
    base: { type: 'string' },
    branch: { type: 'string', default: 'upstream-sync/{feature}' },
    labels: { type: 'string', default: 'automated,upstream-sync' },
    'max-age-days': { type: 'string', default: '0' },
    'dry-run': { type: 'boolean', default: false },
  },
  async run(positionals, values, out) {
    const [payloadFile] = positionals;
    if (!payloadFile) throw new UsageError('give the payload file: ghsync apply <payload.json> --upstream owner/name');
    const upstream = values.upstream as string | undefined;
    if (!upstream) throw new UsageError('--upstream owner/name is required: the only repository allowed to sync from');
    const ctx = await resolveContext({ repo: values.repo as string | undefined, needRepo: true, needToken: true });
    let event: { client_payload?: unknown };
    try {
      const data = JSON.parse(await readFile(payloadFile, 'utf8'));
      event = data && typeof data === 'object' && 'client_payload' in data ? data : { client_payload: data };
    } catch (err) {
      throw new UserError(`${payloadFile}: cannot read the payload (${(err as Error).message})`);
    }
    const subscriptions = String(values.subscriptions);
    const { runSync } = await import('../../cousins/run-sync.js');
    const outcome = await runSync(
      {
        upstream,
        token: ctx.token!,
        method: values.method as string,
        subscriptions: /\.json$/i.test(subscriptions) ? subscriptions : subscriptions.split(',').join('\n'),
        pathMap: (values['path-map'] as unknown as string[] | undefined) ?? [],
        base: values.base as string | undefined,
        branchTemplate: values.branch as string,
        labels: String(values.labels)
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
        maxAgeDays: Number(values['max-age-days']),
        reportFailures: false,
        dryRun: Boolean(values['dry-run']),
        workspace: ctx.cwd,
        serverUrl: ctx.serverUrl,
        apiUrl: ctx.apiUrl,
        repo: ctx.repo!,
        eventName: 'repository_dispatch',
        event,
        setting: (name) => (name === 'token' ? 'GITHUB_TOKEN' : `--${name}`),
      },
      out.log,
    );
    out.result(outcome, () => [
      `${outcome.result}${outcome.reason ? `: ${outcome.reason}` : ''}`,
      ...outcome.features.map((f) => `${f.feature}: ${f.result}${f.prUrl ? ` ${f.prUrl}` : ''}${f.reason ? ` (${f.reason})` : ''}`),
    ]);
    return outcome.result === 'rejected' || outcome.result === 'failed' ? 1 : 0;
  },
};
