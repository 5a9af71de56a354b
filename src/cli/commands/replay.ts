import { UserError } from '../../runtime/errors.js';
import type { Command } from '../command.js';
import { UsageError } from '../command.js';
import { resolveContext } from '../context.js';

const HELP: Array<[string, string]> = [
  ['--hook ID', "the repository webhook (see the hook's settings page URL, or GET /repos/OWNER/REPO/hooks)"],
  ['--list', 'list its deliveries in the window, newest first (--json: an array)'],
  ['--redeliver-failed', 'ask GitHub to redeliver, once, each GUID none of whose deliveries is OK'],
  ['--forward URL', 're-sign each failed delivery with --secret-env and POST it to a receiver'],
  ['--secret-env VAR', 'environment variable holding the webhook secret (for --forward)'],
  ['--since DUR', 'how far back to look (default 24h; GitHub keeps deliveries 3 days)'],
];

export const command: Command = {
  summary: "list and redeliver a webhook's missed deliveries through the API",
  usage: 'ghsync replay OWNER/REPO --hook ID (--list | --redeliver-failed | --forward URL --secret-env VAR) [--since 24h]',
  help: HELP,
  options: {
    hook: { type: 'string' },
    list: { type: 'boolean' },
    'redeliver-failed': { type: 'boolean' },
    forward: { type: 'string' },
    'secret-env': { type: 'string' },
    since: { type: 'string' },
  },
  async run(positionals, values, out) {
    const repoArg = positionals[0] ?? (values.repo as string | undefined);
    if (!repoArg || !/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repoArg)) throw new UsageError('give the repository as OWNER/REPO');
    const hookId = Number(values.hook);
    if (!Number.isSafeInteger(hookId) || hookId <= 0) throw new UsageError('--hook ID is required (a number)');
    const modes = [values.list, values['redeliver-failed'], values.forward].filter(Boolean).length;
    if (modes !== 1) throw new UsageError('choose one of --list, --redeliver-failed, --forward URL');
    const { parseDuration } = await import('../../relay/duration.js');
    const since = Date.now() - parseDuration((values.since as string | undefined) ?? '24h', '--since');
    let secret: string | undefined;
    if (values.forward) {
      const name = values['secret-env'] as string | undefined;
      if (!name) throw new UsageError('--forward needs --secret-env VAR to sign what it forwards');
      secret = process.env[name];
      if (!secret) throw new UserError(`environment variable ${name} is not set or empty: it must hold the webhook secret`);
    }
    const ctx = await resolveContext({ repo: repoArg, needToken: true });
    const { createClient } = await import('../../github/client.js');
    const replay = await import('../../relay/replay.js');
    const client = createClient({ token: ctx.token!, apiUrl: ctx.apiUrl, warn: (m) => out.log.warn(m) });
    const [owner, repo] = repoArg.split('/');
    const hook = { owner, repo, hookId };
    const deliveries = await replay.listDeliveries(client, hook, since);

    if (values.list) {
      out.result(deliveries, () =>
        deliveries.map(
          (d) =>
            `${d.delivered_at}  ${d.id}  ${d.guid}  ${d.event}${d.action ? `.${d.action}` : ''}  ${d.status_code} ${d.status}${d.redelivery ? '  (redelivery)' : ''}`,
        ),
      );
      return 0;
    }
    const failed = replay.failedGuids(deliveries);
    if (values['redeliver-failed']) {
      for (const d of failed) await replay.redeliver(client, hook, d);
      out.result({ checked: deliveries.length, redelivered: failed.map((d) => ({ id: d.id, guid: d.guid, event: d.event })) }, () => [
        `${deliveries.length} deliveries since ${new Date(since).toISOString()}; redelivered ${failed.length} GUID(s) with no OK delivery${failed.length ? `: ${failed.map((d) => d.guid).join(', ')}` : ''}`,
      ]);
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
      const res = await send(values.forward as string, { method: 'POST', headers: h, body });
      res.discard();
      if (res.status >= 200 && res.status < 300) forwarded++;
      else refused++;
      out.log.info(`${d.guid} ${d.event}: receiver answered ${res.status}`);
    }
    out.result({ checked: deliveries.length, forwarded, refused }, () => [
      `${deliveries.length} deliveries checked; forwarded ${forwarded}, refused ${refused}`,
    ]);
    return refused ? 1 : 0;
  },
};
