/**
 * `ghsync replay`: GitHub does not retry a failed delivery, but it keeps deliveries (3 days on
 * github.com) and redelivers one on request. This lists a hook's deliveries newest first (cursor
 * pagination, stopping at the window's start), groups them by GUID (a redelivery keeps the GUID),
 * and redelivers once each GUID none of whose deliveries is `OK`: GitHub's documented
 * "redeliver failed deliveries" pattern. A receiver that was down shows status_code 0, which the
 * API's `status=failure` filter does not return, so the filter is not used. A repository hook and an
 * organization hook have the same routes under `/repos/{owner}/{repo}` and `/orgs/{org}`.
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

/** A repository hook (`owner`/`repo`) or an organization hook (`org`). */
export type HookRef = { owner: string; repo: string; org?: undefined; hookId: number } | { org: string; owner?: undefined; repo?: undefined; hookId: number };

/** Where the hook's routes live: `repos/{owner}/{repo}/hooks/{hook_id}` or `orgs/{org}/hooks/{hook_id}`. */
export function hookPath(hook: HookRef): string {
  return hook.org !== undefined ? `orgs/${hook.org}/hooks/${hook.hookId}` : `repos/${hook.owner}/${hook.repo}/hooks/${hook.hookId}`;
}

const REPO_PERMISSION =
  'needs admin on the repository: a fine-grained token with "Webhooks" read (to list) and write (to redeliver), or a classic token with repo or admin:repo_hook; the built-in GITHUB_TOKEN cannot';
const ORG_PERMISSION =
  'must belong to an owner of the organization: a fine-grained token with the organization permission "Webhooks" read (to list) and write (to redeliver), or a classic token with admin:org_hook; the built-in GITHUB_TOKEN cannot';

/** A 401/403/404 on the hook routes means the token lacks webhook rights (GitHub hides hooks as 404): one line saying which. */
function explain(err: unknown, hook: HookRef, what: string): never {
  const status = statusOf(err);
  if (status === 401 || status === 403 || status === 404) {
    const whose = hook.org !== undefined ? `organization ${hook.org}` : `${hook.owner}/${hook.repo}`;
    throw new UserError(
      `cannot ${what} hook ${hook.hookId} of ${whose} (HTTP ${status}): the token ${hook.org !== undefined ? ORG_PERMISSION : REPO_PERMISSION}`,
    );
  }
  throw err;
}

/** The route and its parameters for a repository or organization hook. */
function route(hook: HookRef, method: 'GET' | 'POST', tail: string, params: Record<string, unknown>) {
  return hook.org !== undefined
    ? { route: `${method} /orgs/{org}/hooks/{hook_id}${tail}`, params: { org: hook.org, hook_id: hook.hookId, ...params } }
    : { route: `${method} /repos/{owner}/{repo}/hooks/{hook_id}${tail}`, params: { owner: hook.owner, repo: hook.repo, hook_id: hook.hookId, ...params } };
}

async function call(client: GitHub, hook: HookRef, method: 'GET' | 'POST', tail: string, params: Record<string, unknown>) {
  const r = route(hook, method, tail, params);
  return client.request(r.route as 'GET /repos/{owner}/{repo}/hooks/{hook_id}/deliveries', r.params as never);
}

export interface ListOptions {
  /** Stop at deliveries older than this (epoch ms). */
  sinceMs: number;
  /** Stop at this delivery id and older: the checkpoint of an earlier run (`--state`). */
  afterId?: number;
}

/** Deliveries in the window and newer than the checkpoint, newest first: listing stops at the first older one. */
export async function listDeliveries(client: GitHub, hook: HookRef, { sinceMs, afterId }: ListOptions): Promise<HookDelivery[]> {
  const out: HookDelivery[] = [];
  let cursor: string | undefined;
  for (;;) {
    let res;
    try {
      res = await call(client, hook, 'GET', '/deliveries', { per_page: 100, ...(cursor ? { cursor } : {}) });
    } catch (err) {
      explain(err, hook, 'list the deliveries of');
    }
    for (const d of res.data as HookDelivery[]) {
      if (Date.parse(d.delivered_at) < sinceMs) return out;
      if (afterId !== undefined && d.id <= afterId) return out;
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
    await call(client, hook, 'POST', '/deliveries/{delivery_id}/attempts', { delivery_id: delivery.id });
  } catch (err) {
    explain(err, hook, 'redeliver to');
  }
}

/** A delivery's recorded request: the headers and payload GitHub sent. */
export async function deliveryRequest(client: GitHub, hook: HookRef, id: number): Promise<{ headers: Record<string, string>; payload: unknown }> {
  try {
    const res = await call(client, hook, 'GET', '/deliveries/{delivery_id}', { delivery_id: id });
    const request = (res.data as { request?: { headers?: Record<string, string>; payload?: unknown } }).request ?? {};
    return { headers: request.headers ?? {}, payload: request.payload ?? null };
  } catch (err) {
    explain(err, hook, 'read a delivery of');
  }
}
