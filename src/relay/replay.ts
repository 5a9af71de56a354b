/**
 * `ghsync replay`: GitHub does not retry a failed delivery, but it keeps deliveries (3 days on
 * github.com) and redelivers one on request. This lists a hook's deliveries newest first (cursor
 * pagination, stopping at the window's start), groups them by GUID (a redelivery keeps the GUID),
 * and redelivers once each GUID none of whose deliveries is `OK`: GitHub's documented
 * "redeliver failed deliveries" pattern. A receiver that was down shows status_code 0, which the
 * API's `status=failure` filter does not return, so the filter is not used.
 */
import { statusOf, type GitHub } from '../github/client.js';
import { UserError } from '../runtime/errors.js';

export interface HookDelivery {
  id: number;
  guid: string;
  event: string;
  action: string | null;
  status: string;
  status_code: number;
  delivered_at: string;
  redelivery: boolean;
}

export interface HookRef {
  owner: string;
  repo: string;
  hookId: number;
}

const PERMISSION =
  'needs admin on the repository: a fine-grained token with "Webhooks" read (to list) and write (to redeliver), or a classic token with repo or admin:repo_hook; the built-in GITHUB_TOKEN cannot';

/** A 401/403/404 on the hook routes means the token lacks webhook rights (GitHub hides hooks as 404): one line saying which. */
function explain(err: unknown, hook: HookRef, what: string): never {
  const status = statusOf(err);
  if (status === 401 || status === 403 || status === 404)
    throw new UserError(`cannot ${what} hook ${hook.hookId} of ${hook.owner}/${hook.repo} (HTTP ${status}): the token ${PERMISSION}`);
  throw err;
}

/** Deliveries delivered at or after `sinceMs`, newest first. */
export async function listDeliveries(client: GitHub, hook: HookRef, sinceMs: number): Promise<HookDelivery[]> {
  const out: HookDelivery[] = [];
  let cursor: string | undefined;
  for (;;) {
    let res;
    try {
      res = await client.request('GET /repos/{owner}/{repo}/hooks/{hook_id}/deliveries', {
        owner: hook.owner,
        repo: hook.repo,
        hook_id: hook.hookId,
        per_page: 100,
        ...(cursor ? { cursor } : {}),
      });
    } catch (err) {
      explain(err, hook, 'list the deliveries of');
    }
    for (const d of res.data as HookDelivery[]) {
      if (Date.parse(d.delivered_at) < sinceMs) return out;
      out.push({
        id: d.id,
        guid: d.guid,
        event: d.event,
        action: d.action ?? null,
        status: d.status,
        status_code: d.status_code,
        delivered_at: d.delivered_at,
        redelivery: d.redelivery,
      });
    }
    const next = /<([^>]+)>;\s*rel="next"/.exec(String(res.headers.link ?? ''))?.[1];
    cursor = next ? (new URL(next).searchParams.get('cursor') ?? undefined) : undefined;
    if (!cursor) return out;
  }
}

/** One delivery per GUID that never got an `OK` (the newest of them): what to redeliver. */
export function failedGuids(deliveries: HookDelivery[]): HookDelivery[] {
  const groups = new Map<string, HookDelivery[]>();
  for (const d of deliveries) groups.set(d.guid, [...(groups.get(d.guid) ?? []), d]);
  const out: HookDelivery[] = [];
  for (const group of groups.values()) {
    if (group.some((d) => d.status === 'OK')) continue;
    out.push(group.reduce((a, b) => (b.id > a.id ? b : a)));
  }
  return out.sort((a, b) => a.id - b.id);
}

export async function redeliver(client: GitHub, hook: HookRef, delivery: HookDelivery): Promise<void> {
  try {
    await client.request('POST /repos/{owner}/{repo}/hooks/{hook_id}/deliveries/{delivery_id}/attempts', {
      owner: hook.owner,
      repo: hook.repo,
      hook_id: hook.hookId,
      delivery_id: delivery.id,
    });
  } catch (err) {
    explain(err, hook, 'redeliver to');
  }
}

/** A delivery's recorded request: the headers and payload GitHub sent. */
export async function deliveryRequest(client: GitHub, hook: HookRef, id: number): Promise<{ headers: Record<string, string>; payload: unknown }> {
  try {
    const res = await client.request('GET /repos/{owner}/{repo}/hooks/{hook_id}/deliveries/{delivery_id}', {
      owner: hook.owner,
      repo: hook.repo,
      hook_id: hook.hookId,
      delivery_id: id,
    });
    const request = (res.data as { request?: { headers?: Record<string, string>; payload?: unknown } }).request ?? {};
    return { headers: request.headers ?? {}, payload: request.payload ?? null };
  } catch (err) {
    explain(err, hook, 'read a delivery of');
  }
}
