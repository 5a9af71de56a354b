import type { Command } from '../command.js';
import { UsageError } from '../command.js';
import { resolveContext } from '../context.js';

export const command: Command = {
  summary: 'look for upstream changes without webhooks; dispatch upstream-update for what moved',
  usage: 'ghsync poll [names...] [--once] [--interval 5m] [--state FILE] [--dispatch OWNER/REPO]',
  help: [
    ['--once', 'one look, then exit (default: look every --interval until stopped)'],
    ['--interval DUR', 'time between looks (default 5m)'],
    ['--state FILE', 'baseline and ETags (default .ghsync-poll.json); the first run only records a baseline'],
    ['--dispatch OWNER/REPO', 'send one upstream-update dispatch there per upstream that moved'],
  ],
  options: {
    once: { type: 'boolean' },
    interval: { type: 'string' },
    state: { type: 'string' },
    dispatch: { type: 'string' },
  },
  async run(positionals, values, out) {
    const target = values.dispatch as string | undefined;
    if (target !== undefined && !/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(target)) throw new UsageError('--dispatch takes OWNER/REPO');
    const { parseDuration } = await import('../../relay/duration.js');
    const interval = parseDuration((values.interval as string | undefined) ?? '5m', '--interval');
    const ctx = await resolveContext({ repo: values.repo as string | undefined });
    const { loadManifest } = await import('../../manifest/manifest.js');
    const { createClient } = await import('../../github/client.js');
    const { createDispatcher } = await import('../../webhook/dispatch.js');
    const poll = await import('../../relay/poll.js');
    const manifest = await loadManifest((values.manifest as string | undefined) ?? 'versions.yml');
    const client = createClient({ token: ctx.token ?? '', apiUrl: ctx.apiUrl, warn: (m) => out.log.warn(m) });
    const dispatch = target && ctx.token ? createDispatcher({ token: ctx.token, apiUrl: ctx.apiUrl, warn: (m) => out.log.warn(m) }) : undefined;
    if (target && !dispatch) throw new UsageError('--dispatch needs a token: set GITHUB_TOKEN or GH_TOKEN');
    const file = (values.state as string | undefined) ?? '.ghsync-poll.json';
    for (;;) {
      const state = await poll.readState(file);
      const results = await poll.pollOnce({ manifest, names: positionals, client, serverUrl: ctx.serverUrl, token: ctx.token, state, target, dispatch });
      await poll.writeState(file, state);
      out.result(results, () =>
        results.map((r) => `${r.upstream} (${r.track}): ${r.outcome}${r.dispatched ? `, dispatched to ${target}` : ''} [${r.entries.join(', ')}]`),
      );
      if (values.once) return 0;
      await new Promise((r) => setTimeout(r, interval));
    }
  },
};
