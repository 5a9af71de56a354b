import type { GitHub } from '../github/client.js';
import { splitRepo, statusOf } from '../github/client.js';
import { pathProblem, show } from './paths.js';

/**
 * The cousin side's view of a dispatch. Everything in a repository_dispatch payload is
 * untrusted: anyone with write access to the cousin (or a leaked token) can send one. Each check
 * turns into a one-line reason; nothing here runs a process.
 */
export interface SyncRequest {
  features: string[];
  sha: string;
  sourceRepo: string;
  /** The dispatcher had to cut the feature list (payload size). */
  truncated: boolean;
}

export class Rejection extends Error {
  override name = 'Rejection';
}

const SHA40 = /^[0-9a-f]{40}$/;

/**
 * Reads the request from the event: `client_payload` of a repository_dispatch, or the `feature`
 * and `sha` inputs of a workflow_dispatch (a person ran it, so the source is the upstream).
 * Throws a Rejection for a payload that is malformed or not from `upstream`.
 */
export function readRequest(opts: { eventName: string; event: unknown; upstream: string; feature?: string; sha?: string }): SyncRequest {
  const event = (opts.event ?? {}) as { client_payload?: unknown; inputs?: Record<string, unknown> };
  let features: unknown[];
  let sha: unknown;
  let sourceRepo: unknown;
  let truncated = false;
  if (opts.feature || opts.sha || opts.eventName === 'workflow_dispatch') {
    const feature = opts.feature || event.inputs?.feature;
    features = [feature];
    sha = opts.sha || event.inputs?.sha;
    sourceRepo = opts.upstream;
  } else {
    const p = event.client_payload;
    if (!p || typeof p !== 'object' || Array.isArray(p))
      throw new Rejection('the event has no client_payload object (run on repository_dispatch, or give the "feature" and "sha" inputs)');
    const payload = p as Record<string, unknown>;
    sourceRepo = payload.source_repo;
    sha = payload.commit_sha;
    const list = payload.updated_features;
    if (list !== undefined && !Array.isArray(list)) throw new Rejection(`client_payload.updated_features must be an array, got ${show(list)}`);
    features = [payload.updated_feature, ...((list as unknown[] | undefined) ?? [])].filter((f) => f !== undefined);
    truncated = payload.features_truncated === true;
  }
  if (typeof sourceRepo !== 'string' || sourceRepo.toLowerCase() !== opts.upstream.toLowerCase()) {
    throw new Rejection(`source_repo ${show(sourceRepo)} is not the upstream ${opts.upstream}`);
  }
  if (!features.length) throw new Rejection('no feature in the payload (updated_feature is missing)');
  const clean: string[] = [];
  for (const f of features) {
    const problem = pathProblem(f);
    if (problem) throw new Rejection(`feature path ${show(f)} ${problem}`);
    const feature = (f as string).replace(/\/+$/, '');
    if (!clean.includes(feature)) clean.push(feature);
  }
  if (typeof sha !== 'string' || !SHA40.test(sha)) throw new Rejection(`commit_sha ${show(sha)} is not a full 40-hex commit SHA`);
  return { features: clean, sha, sourceRepo: opts.upstream, truncated };
}

export interface CommitCheck {
  defaultBranch: string;
  date: Date;
}

/**
 * The commit must exist in the upstream, be reachable from its default branch (not only on
 * another branch, a pull request or a fork in the same network), and be young enough.
 */
export async function checkCommit(opts: { client: GitHub; upstream: string; sha: string; maxAgeDays: number; now?: Date }): Promise<CommitCheck> {
  const { owner, repo } = splitRepo(opts.upstream);
  let date: Date;
  try {
    const c = await opts.client.rest.repos.getCommit({ owner, repo, ref: opts.sha, per_page: 1 });
    date = new Date(c.data.commit.committer?.date ?? c.data.commit.author?.date ?? 0);
  } catch (err) {
    const s = statusOf(err);
    if (s === 404 || s === 422) throw new Rejection(`commit ${opts.sha} does not exist in ${opts.upstream}`);
    throw err;
  }
  const defaultBranch = (await opts.client.rest.repos.get({ owner, repo })).data.default_branch;
  let reachable = false;
  try {
    // sha...default: "ahead" or "identical" means every commit of sha is in the default branch.
    const cmp = await opts.client.rest.repos.compareCommitsWithBasehead({ owner, repo, basehead: `${opts.sha}...${defaultBranch}`, per_page: 1 });
    reachable = cmp.data.behind_by === 0;
  } catch (err) {
    const s = statusOf(err);
    if (s !== 404 && s !== 422) throw err;
  }
  if (!reachable) throw new Rejection(`commit ${opts.sha} is not reachable from ${opts.upstream}'s default branch ${defaultBranch}`);
  if (opts.maxAgeDays > 0) {
    const ageDays = ((opts.now ?? new Date()).getTime() - date.getTime()) / 86_400_000;
    if (!(ageDays <= opts.maxAgeDays)) {
      throw new Rejection(`commit ${opts.sha} is ${Math.floor(ageDays)} days old (${date.toISOString()}), older than max-age-days ${opts.maxAgeDays}`);
    }
  }
  return { defaultBranch, date };
}
