import { UserError } from '../../runtime/errors.js';
import { gitText } from '../../git/git.js';
import { UsageError, type Command } from '../command.js';
import { resolveContext } from '../context.js';

export const command: Command = {
  summary: 'tell subscribed cousin repositories which features changed (dispatch-cousins)',
  usage: 'ghsync dispatch [--dry-run] [--base REV] [--head REV] [--ecosystem FILE]',
  help: [
    ['--dry-run', 'compute and print everything, send nothing'],
    ['--base REV', 'base of the change (default: HEAD~1 of this checkout)'],
    ['--head REV', 'head of the change (default: HEAD); it must be pushed'],
    ['--ecosystem FILE', 'cousins and their subscriptions (default: ecosystem.json)'],
    ['--event-type TYPE', 'repository_dispatch event type (default: feature-update)'],
    ['--concurrency N', 'dispatches in flight at once (default: 4)'],
  ],
  options: {
    'dry-run': { type: 'boolean', default: false },
    base: { type: 'string' },
    head: { type: 'string' },
    ecosystem: { type: 'string', default: 'ecosystem.json' },
    'event-type': { type: 'string', default: 'feature-update' },
    concurrency: { type: 'string', default: '4' },
  },
  async run(_positionals, values, out) {
    const dryRun = Boolean(values['dry-run']);
    const ctx = await resolveContext({ repo: values.repo as string | undefined, needRepo: true, needToken: !dryRun });
    const concurrency = Number(values.concurrency);
    if (!Number.isInteger(concurrency) || concurrency < 1) throw new UsageError(`--concurrency must be a whole number >= 1, got "${values.concurrency}"`);
    // Revisions are resolved here, in the checkout, to the full SHAs the compare API takes.
    const rev = async (r: string) => {
      try {
        return await gitText(['rev-parse', '--verify', '--end-of-options', `${r}^{commit}`], { cwd: ctx.cwd });
      } catch {
        throw new UserError(`cannot resolve "${r}" in ${ctx.cwd}: pass --base/--head as commits of this checkout`);
      }
    };
    const head = await rev((values.head as string | undefined) ?? 'HEAD');
    const base = await rev((values.base as string | undefined) ?? `${head}~1`);
    const branch = await gitText(['symbolic-ref', '--quiet', 'HEAD'], { cwd: ctx.cwd, okCodes: [1] }).catch(() => '');

    const { createClient } = await import('../../github/client.js');
    const { rangeFromEvent } = await import('../../cousins/changes.js');
    const { dispatchCousins } = await import('../../cousins/run-dispatch.js');
    const client = createClient({ token: ctx.token ?? '', apiUrl: ctx.apiUrl, warn: (m) => out.log.warn(m) });
    const range = rangeFromEvent({ eventName: 'cli', event: {}, repository: ctx.repo!, ref: branch || undefined, sha: head, base, head });
    const result = await dispatchCousins({
      client,
      ecosystem: values.ecosystem as string,
      range,
      eventType: values['event-type'] as string,
      dryRun,
      concurrency,
      workspace: ctx.cwd,
      log: out.log,
    });
    const failed = result.dispatched.filter((d) => d.status === 'failed');
    out.result({ dispatched: result.dispatched, features: result.features, files: result.files, via: result.via, notes: result.notes }, () => [
      `${result.files} changed files (${result.via}); features changed: ${result.features.join(', ') || 'none'}`,
      ...result.dispatched.map((d) => `${d.repo}: ${d.status}${d.error ? ` (${d.error})` : ''} [${d.features.join(', ')}]`),
    ]);
    return failed.length ? 1 : 0;
  },
};
