import { UserError } from '../../runtime/errors.js';
import type { Command } from '../command.js';
import { UsageError } from '../command.js';
import { resolveContext } from '../context.js';

const NAME = /^[A-Za-z0-9_.-]+$/;

const HELP: Array<[string, string]> = [
  ['--hook ID', "the webhook (see the hook's settings page URL, or GET /repos/OWNER/REPO/hooks or /orgs/ORG/hooks)"],
  ['--org ORG', "an organization's hook instead of a repository's (the token's user must own the organization)"],
  ['--list', 'list its deliveries in the window, newest first (--json: an array)'],
  ['--redeliver-failed', 'ask GitHub to redeliver, once, each GUID none of whose deliveries is OK'],
  ['--forward URL', 're-sign each failed delivery with --secret-env and POST it to a receiver'],
  ['--secret-env VAR', 'environment variable holding the webhook secret (for --forward)'],
  ['--since DUR', 'how far back to look (default 24h; GitHub keeps deliveries 3 days)'],
  [
    '--state FILE',
    'checkpoint for --redeliver-failed / --forward: the next run reads only newer deliveries and never acts twice on a GUID (default: none, each run reads the whole window)',
  ],
];

export const command: Command = {
  summary: "list and redeliver a webhook's missed deliveries through the API",
  usage: 'ghsync replay (OWNER/REPO | --org ORG) --hook ID (--list | --redeliver-failed | --forward URL --secret-env VAR) [--since 24h] [--state FILE]',
  help: HELP,
  options: {
    hook: { type: 'string' },
    org: { type: 'string' },
    list: { type: 'boolean' },
    'redeliver-failed': { type: 'boolean' },
    forward: { type: 'string' },
    'secret-env': { type: 'string' },
    since: { type: 'string' },
    state: { type: 'string' },
  },
  async run(positionals, values, out) {
    const org = values.org as string | undefined;
    const repoArg = positionals[0] ?? (values.repo as string | undefined);
    if (org !== undefined) {
      if (!NAME.test(org)) throw new UsageError('--org takes an organization login');
      if (positionals[0]) throw new UsageError('give either OWNER/REPO or --org ORG, not both');
    } else if (!repoArg || !/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repoArg)) throw new UsageError('give the repository as OWNER/REPO (or --org ORG)');
    const hookId = Number(values.hook);
    if (!Number.isSafeInteger(hookId) || hookId <= 0) throw new UsageError('--hook ID is required (a number)');
    const modes = [values.list, values['redeliver-failed'], values.forward].filter(Boolean).length;
    if (modes !== 1) throw new UsageError('choose one of --list, --redeliver-failed, --forward URL');
    const stateFile = values.state as string | undefined;
    if (stateFile !== undefined && values.list)
      throw new UsageError('--state goes with --redeliver-failed or --forward (--list always shows the whole window)');
    const { parseDuration } = await import('../../relay/duration.js');
    const since = Date.now() - parseDuration((values.since as string | undefined) ?? '24h', '--since');
    let secret: string | undefined;
    if (values.forward) {
      const name = values['secret-env'] as string | undefined;
      if (!name) throw new UsageError('--forward needs --secret-env VAR to sign what it forwards');
      secret = process.env[name];
      if (!secret) throw new UserError(`environment variable ${name} is not set or empty: it must hold the webhook secret`);
    }
    const ctx = await resolveContext({ repo: org === undefined ? repoArg : undefined, needToken: true });
    const { createClient } = await import('../../github/client.js');
    const replay = await import('../../relay/replay.js');
    const client = createClient({ token: ctx.token!, apiUrl: ctx.apiUrl, warn: (m) => out.log.warn(m) });
    const hook: import('../../relay/replay.js').HookRef =
      org !== undefined ? { org, hookId } : { owner: repoArg!.split('/')[0], repo: repoArg!.split('/')[1], hookId };

    const checkpoint = stateFile ? await import('../../relay/replay-state.js') : undefined;
    const state = checkpoint ? await checkpoint.loadReplayState(stateFile!, replay.hookPath(hook)) : undefined;
    const fromId = state?.newestId ?? undefined;
    const deliveries = await replay.listDeliveries(client, hook, { sinceMs: since, afterId: fromId });

    if (values.list) {
      out.result(deliveries, () =>
        deliveries.map(
          (d) =>
            `${d.delivered_at}  ${d.id}  ${d.guid}  ${d.event}${d.action ? `.${d.action}` : ''}  ${d.status_code} ${d.status}${d.redelivery ? '  (redelivery)' : ''}`,
        ),
      );
      return 0;
    }
    let failed = replay.failedGuids(deliveries);
    let skipped = 0;
    if (state) {
      checkpoint!.pruneReplayState(state, since);
      // A GUID settled by an earlier run (or OK in a delivery behind the checkpoint) is not acted on again.
      const before = failed.length;
      failed = failed.filter((d) => !(d.guid in state.guids));
      skipped = before - failed.length;
      for (const d of deliveries) if (d.status === 'OK') state.guids[d.guid] ??= Date.parse(d.delivered_at);
    }
    /** After each GUID: remembered at once, so a run killed later never repeats it. */
    const settled = async (guid: string) => {
      if (!state) return;
      state.guids[guid] = Date.now();
      await checkpoint!.saveReplayState(stateFile!, state);
    };
    /** At the end of a run that handled everything: the next run lists only newer deliveries. */
    const complete = async (allHandled: boolean) => {
      if (!state) return;
      if (allHandled && deliveries.length) state.newestId = Math.max(state.newestId ?? 0, ...deliveries.map((d) => d.id));
      await checkpoint!.saveReplayState(stateFile!, state);
    };

    if (values['redeliver-failed']) {
      for (const d of failed) {
        await replay.redeliver(client, hook, d);
        await settled(d.guid);
      }
      await complete(true);
      out.result(
        { checked: deliveries.length, redelivered: failed.map((d) => ({ id: d.id, guid: d.guid, event: d.event })), ...(state ? { skipped } : {}) },
        () => [
          `${deliveries.length} deliveries since ${fromId ? `delivery ${fromId} / ` : ''}${new Date(since).toISOString()}; redelivered ${failed.length} GUID(s) with no OK delivery${failed.length ? `: ${failed.map((d) => d.guid).join(', ')}` : ''}${skipped ? `; ${skipped} already handled by an earlier run` : ''}`,
        ],
      );
      return 0;
    }
    // --forward: the recorded payload, re-signed (GitHub's request.payload is JSON, not the bytes it signed).
    const { signBody } = await import('../../webhook/verify.js');
    const { send } = await import('../../net/http.js');
    let forwarded = 0;
    let refused = 0;
    for (const d of failed) {
      const { headers, payload } = await replay.deliveryRequest(client, hook, d.id);
      const body = JSON.stringify(payload);
      const h: Record<string, string> = { 'content-type': 'application/json' };
      for (const [k, v] of Object.entries(headers)) if (/^x-github-/i.test(k)) h[k.toLowerCase()] = String(v);
      h['x-github-delivery'] ??= d.guid;
      h['x-github-event'] ??= d.event;
      h['x-hub-signature-256'] = signBody(secret!, body);
      let answer: string;
      try {
        const res = await send(values.forward as string, { method: 'POST', headers: h, body });
        res.discard();
        answer = `receiver answered ${res.status}`;
        if (res.status >= 200 && res.status < 300) {
          forwarded++;
          await settled(d.guid);
        } else refused++;
      } catch (err) {
        // The receiver is down: this GUID stays missed, for the next run.
        answer = `not delivered: ${(err as Error).message}`;
        refused++;
      }
      out.log.info(`${d.guid} ${d.event}: ${answer}`);
    }
    await complete(refused === 0);
    out.result({ checked: deliveries.length, forwarded, refused, ...(state ? { skipped } : {}) }, () => [
      `${deliveries.length} deliveries checked; forwarded ${forwarded}, refused ${refused}${skipped ? `; ${skipped} already forwarded by an earlier run` : ''}`,
    ]);
    return refused ? 1 : 0;
  },
};
