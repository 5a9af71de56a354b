import type { GitHub } from '../github/client.js';
import { splitRepo, statusOf } from '../github/client.js';
import { oneLine } from '../runtime/errors.js';
import type { Log } from '../runtime/log.js';
import type { Cousin } from './ecosystem.js';
import { matchFeatures } from './match.js';

/** One repository_dispatch to send: a cousin and every feature of it the change touched. */
export interface DispatchPlan {
  repo: string;
  features: string[];
  eventType: string;
}

export interface DispatchResult {
  repo: string;
  features: string[];
  status: 'dispatched' | 'failed' | 'dry-run';
  error?: string;
}

/** The fields every payload carries besides the features. */
export interface PayloadFields {
  commitSha: string;
  sourceRepo: string;
  ref: string;
  before: string;
}

/** GitHub refuses a client_payload over 64 KB; stay well below it. */
export const MAX_PAYLOAD_BYTES = 60_000;
/** And a cousin has no use for thousands of names: the first ones plus the count. */
export const MAX_FEATURES = 100;

/** Which cousins to dispatch to, and the union of matched features (in first-seen order). */
export function planDispatches(cousins: Cousin[], files: string[], defaultEventType: string): { plans: DispatchPlan[]; features: string[] } {
  const plans: DispatchPlan[] = [];
  const all: string[] = [];
  for (const c of cousins) {
    const features = matchFeatures(c.subscriptions, files);
    if (!features.length) continue;
    plans.push({ repo: c.repo, features, eventType: c.eventType ?? defaultEventType });
    for (const f of features) if (!all.includes(f)) all.push(f);
  }
  return { plans, features: all };
}

/**
 * client_payload per SPEC §8: at most 10 top-level keys and under GitHub's size limit. A long
 * feature list is cut (the first one always stays) and `features_truncated` / `feature_count` say so.
 */
export function buildClientPayload(features: string[], f: PayloadFields, maxBytes = MAX_PAYLOAD_BYTES): { payload: Record<string, unknown>; capped: boolean } {
  const make = (list: string[]) => {
    const payload: Record<string, unknown> = {
      updated_feature: features[0],
      updated_features: list,
      commit_sha: f.commitSha,
      source_repo: f.sourceRepo,
      ref: f.ref,
      before: f.before,
    };
    if (list.length < features.length) {
      payload.features_truncated = true;
      payload.feature_count = features.length;
    }
    return payload;
  };
  let n = Math.min(features.length, MAX_FEATURES);
  let payload = make(features.slice(0, n));
  while (n > 1 && Buffer.byteLength(JSON.stringify(payload)) > maxBytes) {
    n = Math.max(1, Math.floor(n / 2));
    payload = make(features.slice(0, n));
  }
  return { payload, capped: n < features.length };
}

export interface DispatchAllOptions {
  client: GitHub;
  plans: DispatchPlan[];
  fields: PayloadFields;
  concurrency: number;
  dryRun: boolean;
  log: Log;
}

/**
 * Sends one dispatch per plan, `concurrency` at a time. A failure (no access, validation) is
 * recorded for that cousin and the rest go on; rate limits are waited out by the client.
 */
export async function dispatchAll(opts: DispatchAllOptions): Promise<DispatchResult[]> {
  const { client, plans, fields, log } = opts;
  const results: DispatchResult[] = new Array(plans.length);
  let next = 0;
  const worker = async () => {
    for (;;) {
      const i = next++;
      if (i >= plans.length) return;
      const plan = plans[i];
      const { payload, capped } = buildClientPayload(plan.features, fields);
      if (capped)
        log.warn(
          `${plan.repo}: ${plan.features.length} features matched; the payload lists the first ${(payload.updated_features as string[]).length} (features_truncated: true)`,
        );
      if (opts.dryRun) {
        log.info(`dry run: would dispatch ${plan.eventType} to ${plan.repo}: ${JSON.stringify(payload)}`);
        results[i] = { repo: plan.repo, features: plan.features, status: 'dry-run' };
        continue;
      }
      try {
        const { owner, repo } = splitRepo(plan.repo);
        await client.rest.repos.createDispatchEvent({ owner, repo, event_type: plan.eventType, client_payload: payload });
        log.info(`dispatched ${plan.eventType} to ${plan.repo} (${plan.features.join(', ')})`);
        results[i] = { repo: plan.repo, features: plan.features, status: 'dispatched' };
      } catch (err) {
        const error = describe(err, plan.repo);
        log.warn(`${plan.repo}: dispatch failed: ${error}`);
        results[i] = { repo: plan.repo, features: plan.features, status: 'failed', error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(opts.concurrency, plans.length)) }, worker));
  return results;
}

function describe(err: unknown, repo: string): string {
  const status = statusOf(err);
  if (status === 404) return `404: ${repo} not found, or the token may not access it (it needs contents: write there)`;
  if (status === 403) return `403: the token may not dispatch to ${repo} (${oneLine(err)})`;
  if (status === 401) return '401: bad credentials';
  return status ? `${status}: ${oneLine(err)}` : oneLine(err);
}
