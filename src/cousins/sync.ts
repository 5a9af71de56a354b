import { UserError, oneLine } from '../runtime/errors.js';
import type { GitHub } from '../github/client.js';
import { splitRepo } from '../github/client.js';
import type { Log } from '../runtime/log.js';
import { ApplyConflict, applyUpstream, BOT, type Identity, type Method } from './apply.js';
import { codeSpan as code } from './markdown.js';
import { isSubscribed, subscribedFeatures } from './match.js';
import { checkCommit, readRequest, Rejection, type SyncRequest } from './payload.js';
import { pathProblem, show } from './paths.js';
import { findOpenPull, openOrRefreshPull } from '../github/pull-request.js';
import { authEnv, fetchBranch, fetchCommit, isValidBranch, pushBranch, remoteBranch, repoUrl, unshallow } from './remote.js';

export type SyncResult = 'created' | 'updated' | 'unchanged' | 'skipped' | 'rejected' | 'failed';

export interface PathMapping {
  from: string;
  to: string;
}

export interface FeatureResult {
  feature: string;
  result: SyncResult;
  reason?: string;
  branch?: string;
  target?: string;
  prNumber?: number;
  prUrl?: string;
  /** Files the update changes in the cousin. */
  changed?: string[];
}

export interface SyncUpstreamOptions {
  /** Client for the cousin (push, pull requests): the `token`. */
  client: GitHub;
  /** Client for the upstream (commit checks, failure issues): the `upstream-token`. */
  upstreamClient: GitHub;
  token: string;
  upstreamToken: string;
  serverUrl: string;
  /** owner/name of this cousin. */
  repo: string;
  upstream: string;
  eventName: string;
  event: unknown;
  /** workflow_dispatch inputs. */
  feature?: string;
  sha?: string;
  subscriptions: string[];
  pathMap: PathMapping[];
  method: Method;
  base?: string;
  branchTemplate: string;
  labels: string[];
  maxAgeDays: number;
  reportFailures: boolean;
  dryRun: boolean;
  /** The cousin's checkout. */
  workspace: string;
  committer?: Identity;
  /** Link to the workflow run, for issues and PR bodies. */
  runUrl?: string;
  log: Log;
}

export interface SyncUpstreamOutcome {
  result: SyncResult;
  features: FeatureResult[];
  /** Why, for rejected / failed / skipped. */
  reason?: string;
  prNumber?: number;
  prUrl?: string;
  branch?: string;
  sha?: string;
}

const RANK: SyncResult[] = ['rejected', 'failed', 'created', 'updated', 'unchanged', 'skipped'];

/** `features/webpush/flask => app/webpush` lines. */
export function parsePathMap(lines: string[]): PathMapping[] {
  return lines.map((line) => {
    const m = /^(.+?)\s*=>\s*(.+)$/.exec(line.trim());
    if (!m) throw new UserError(`path-map: ${show(line)} is not "upstream/path => cousin/path"`);
    const from = m[1].trim().replace(/\/+$/, '');
    const to = m[2].trim().replace(/\/+$/, '');
    for (const [side, p] of [
      ['upstream path', from],
      ['cousin path', to],
    ] as const) {
      const problem = pathProblem(p);
      // Mapping onto the repository root would make the whole cousin a mirror of one folder.
      if (problem) throw new UserError(`path-map: ${side} ${show(p)} ${problem}`);
    }
    return { from, to };
  });
}

/** Where a feature lands: the longest path-map entry covering it, else the same path. */
export function mapPath(feature: string, map: PathMapping[]): string {
  let best: PathMapping | undefined;
  for (const m of map) {
    if ((feature === m.from || feature.startsWith(`${m.from}/`)) && (!best || m.from.length > best.from.length)) best = m;
  }
  return best ? best.to + feature.slice(best.from.length) : feature;
}

export async function syncUpstream(o: SyncUpstreamOptions): Promise<SyncUpstreamOutcome> {
  const { log } = o;
  let request: SyncRequest;
  try {
    request = readRequest({ eventName: o.eventName, event: o.event, upstream: o.upstream, feature: o.feature, sha: o.sha });
  } catch (err) {
    if (!(err instanceof Rejection)) throw err;
    return reject(o, err.message, [], undefined);
  }
  if (request.truncated) log.warn('the dispatcher cut the feature list (payload size): only the listed features are synced');

  // One branch and one PR per subscribed feature, however many of its sub-paths the payload lists.
  const subscribed = subscribedFeatures(o.subscriptions, request.features);
  const skipped = request.features.filter((f) => !isSubscribed(o.subscriptions, f));
  for (const f of skipped) log.info(`not subscribed to ${f}: skipped`);
  if (!subscribed.length) {
    return {
      result: 'skipped',
      features: skipped.map((feature) => ({ feature, result: 'skipped' })),
      reason: `not subscribed to ${request.features.join(', ')}`,
      sha: request.sha,
    };
  }

  const branches = new Map<string, string>();
  for (const feature of subscribed) {
    const branch = o.branchTemplate.split('{feature}').join(feature);
    if (!(await isValidBranch(o.workspace, branch)))
      return reject(o, `feature ${show(feature)} gives the invalid branch name ${show(branch)}`, subscribed, request.sha);
    branches.set(feature, branch);
  }

  // The cousin's default branch is looked up while the upstream commit is checked: one round trip
  // instead of two (it is awaited, and its error thrown, only once the commit passed).
  const { owner, repo } = splitRepo(o.repo);
  const baseLookup = o.base ? Promise.resolve(o.base) : o.client.rest.repos.get({ owner, repo }).then((r) => r.data.default_branch);
  baseLookup.catch(() => {});
  let defaultBranch: string;
  try {
    ({ defaultBranch } = await checkCommit({ client: o.upstreamClient, upstream: o.upstream, sha: request.sha, maxAgeDays: o.maxAgeDays }));
  } catch (err) {
    if (!(err instanceof Rejection)) throw err;
    return reject(o, err.message, subscribed, request.sha);
  }
  const base = await baseLookup;
  const cousinUrl = repoUrl(o.serverUrl, o.repo);
  const upstreamUrl = repoUrl(o.serverUrl, o.upstream);
  const cousinEnv = authEnv(o.token, o.serverUrl);
  const upstreamEnv = authEnv(o.upstreamToken, o.serverUrl);
  if (o.method !== 'copy' && o.pathMap.length) log.warn(`path-map applies to method copy only; ${o.method} keeps the upstream's paths`);

  const results: FeatureResult[] = skipped.map((feature) => ({ feature, result: 'skipped' as const }));
  let baseSha: string;
  try {
    if (o.method === 'merge' || o.method === 'squash') await unshallow(o.workspace, cousinUrl, cousinEnv);
    baseSha = await fetchBranch(o.workspace, cousinUrl, base, 'base', cousinEnv);
    const depth = o.method === 'copy' ? 1 : o.method === 'cherry-pick' ? 2 : undefined;
    await fetchCommit({ cwd: o.workspace, url: upstreamUrl, sha: request.sha, defaultBranch, depth, env: upstreamEnv });
  } catch (err) {
    return fail(o, `cannot fetch: ${oneLine(err)}`, subscribed, request.sha, results);
  }

  for (const feature of subscribed) {
    const branch = branches.get(feature)!;
    const target = o.method === 'copy' ? mapPath(feature, o.pathMap) : feature;
    try {
      results.push(await syncFeature(o, { feature, branch, target, base, baseSha, sha: request.sha, cousinUrl, cousinEnv }));
    } catch (err) {
      const reason = err instanceof ApplyConflict ? err.message : `${feature}: ${oneLine(err)}`;
      log.warn(reason);
      results.push({ feature, result: 'failed', reason, branch, target });
      if (o.reportFailures) await reportFailure(o, 'failed', reason, [feature], request.sha);
    }
  }
  return summarize(results, request.sha);
}

function summarize(results: FeatureResult[], sha?: string): SyncUpstreamOutcome {
  const result = RANK.find((r) => results.some((x) => x.result === r)) ?? 'skipped';
  const main = results.find((r) => r.result === result)!;
  const withPr =
    results.find((r) => r.prNumber !== undefined && (r.result === 'created' || r.result === 'updated')) ?? results.find((r) => r.prNumber !== undefined);
  return {
    result,
    features: results,
    reason: main?.reason,
    prNumber: withPr?.prNumber,
    prUrl: withPr?.prUrl,
    branch: (withPr ?? results.find((r) => r.branch))?.branch,
    sha,
  };
}

interface FeatureJob {
  feature: string;
  branch: string;
  target: string;
  base: string;
  baseSha: string;
  sha: string;
  cousinUrl: string;
  cousinEnv: Record<string, string>;
}

/** Apply → (already proposed? done) → push → open or refresh the PR. */
async function syncFeature(o: SyncUpstreamOptions, j: FeatureJob): Promise<FeatureResult> {
  const { log } = o;
  const short = j.sha.slice(0, 7);
  const applied = await applyUpstream({
    cwd: o.workspace,
    method: o.method,
    sha: j.sha,
    feature: j.feature,
    target: j.target,
    baseSha: j.baseSha,
    message: commitMessage(o, j),
    committer: o.committer ?? BOT,
  });
  const base: FeatureResult = { feature: j.feature, result: 'unchanged', branch: j.branch, target: j.target, changed: applied.changed };
  if (!applied.commit) {
    log.info(`${j.feature}: ${j.target} already equals ${o.upstream}@${short} on ${j.base}: no pull request`);
    return { ...base, reason: `${j.base} already has this content` };
  }
  log.info(`${j.feature}: ${applied.changed.length} files change in ${j.target} (${o.method})`);

  // Independent round trips (git and the API), so side by side.
  const [existing, open] = await Promise.all([remoteBranch(o.workspace, j.cousinUrl, j.branch, j.cousinEnv), findOpenPull(o.client, o.repo, j.branch)]);
  if (existing && open && (await branchHolds(o, j, applied.tree))) {
    log.info(`${j.feature}: ${j.branch} already holds this update (#${open.number}): nothing to push`);
    return { ...base, result: 'unchanged', prNumber: open.number, prUrl: open.url, reason: `#${open.number} already holds this update` };
  }
  if (o.dryRun) {
    const would = open ? 'updated' : 'created';
    log.info(
      `dry run: would push ${applied.commit.slice(0, 7)} to ${j.branch} and ${open ? `refresh #${open.number}` : 'open a pull request'} (nothing pushed)`,
    );
    return { ...base, result: would, prNumber: open?.number, prUrl: open?.url, reason: 'dry run' };
  }
  const newer = await pushUnlessNewer(o, j, applied.commit, existing);
  if (newer) {
    const reason = `a newer sync is in: ${j.branch} holds ${o.upstream}@${newer.slice(0, 7)}, newer than ${short}; nothing pushed`;
    log.info(`${j.feature}: ${reason}`);
    return { ...base, result: 'unchanged', prNumber: open?.number, prUrl: open?.url, reason };
  }
  const pr = await openOrRefreshPull({
    client: o.client,
    repo: o.repo,
    branch: j.branch,
    base: j.base,
    title: `Sync ${j.feature} from ${o.upstream}`,
    body: prBody(o, j, applied.changed),
    labels: o.labels,
    pushed: true,
    log,
  });
  log.info(`${j.feature}: ${pr.created ? 'opened' : 'refreshed'} #${pr.number} ${pr.url}`);
  return { ...base, result: pr.created ? 'created' : 'updated', prNumber: pr.number, prUrl: pr.url };
}

/**
 * Pushes the update unless the branch already holds a newer upstream commit of this feature (a
 * later dispatch synced first, or won a race): then returns that commit and pushes nothing. A
 * push refused because a concurrent run moved the branch (the lease) looks again: the newest
 * commit ends on the branch, and a run carrying the same commit counts as pushed.
 */
async function pushUnlessNewer(o: SyncUpstreamOptions, j: FeatureJob, commit: string, existing: string | undefined): Promise<string | undefined> {
  let expected = existing;
  for (let attempt = 1; ; attempt++) {
    if (expected) {
      const theirs = await upstreamCommitOf(o, j, expected);
      if (theirs === j.sha && attempt > 1) return undefined; // a concurrent run pushed this very update
      if (theirs && theirs !== j.sha && (await isNewer(o, theirs, j.sha))) return theirs;
    }
    try {
      await pushBranch({ cwd: o.workspace, url: j.cousinUrl, commit, branch: j.branch, expected, env: j.cousinEnv });
      return undefined;
    } catch (err) {
      const now = await remoteBranch(o.workspace, j.cousinUrl, j.branch, j.cousinEnv).catch(() => expected);
      // Not a race (the branch is where we saw it): a real failure, reported as such.
      if (now === expected || attempt >= 8) throw err;
      o.log.info(`${j.feature}: ${j.branch} moved while this run synced (another run pushed); looking again`);
      expected = now;
    }
  }
}

/** The `Upstream-Commit` trailer of the branch tip `tip`, or undefined (not one of our commits). */
async function upstreamCommitOf(o: SyncUpstreamOptions, j: FeatureJob, tip: string): Promise<string | undefined> {
  const fetched = await fetchBranch(o.workspace, j.cousinUrl, j.branch, 'existing', j.cousinEnv, 1).catch(() => undefined);
  if (!fetched || fetched !== tip) return undefined;
  const { gitText } = await import('../git/git.js');
  const raw = await gitText(['cat-file', 'commit', tip], { cwd: o.workspace });
  return [...raw.matchAll(/^Upstream-Commit: ([0-9a-f]{40})$/gm)].pop()?.[1];
}

/** True when upstream commit `theirs` is ahead of `ours` (ours is in its history). */
async function isNewer(o: SyncUpstreamOptions, theirs: string, ours: string): Promise<boolean> {
  const { owner, repo } = splitRepo(o.upstream);
  try {
    const cmp = await o.upstreamClient.rest.repos.compareCommitsWithBasehead({ owner, repo, basehead: `${ours}...${theirs}`, per_page: 1 });
    return cmp.data.status === 'ahead';
  } catch {
    return false; // unknown upstream commit (history rewritten): ours, checked just now, goes in
  }
}

function commitMessage(o: SyncUpstreamOptions, j: FeatureJob): string {
  return [
    `sync(${j.feature}): update from ${o.upstream}@${j.sha.slice(0, 7)}`,
    '',
    o.method === 'copy'
      ? `Mirror ${j.feature} of ${o.upstream} at ${j.sha} into ${j.target}.`
      : `${o.method} of ${o.upstream} commit ${j.sha} (feature ${j.feature}).`,
    '',
    `Upstream-Repo: ${o.upstream}`,
    `Upstream-Feature: ${j.feature}`,
    `Upstream-Commit: ${j.sha}`,
    '',
  ].join('\n');
}

/** True when the update branch's tip already is this content on top of the same base. */
async function branchHolds(o: SyncUpstreamOptions, j: FeatureJob, tree: string | undefined): Promise<boolean> {
  const tip = await fetchBranch(o.workspace, j.cousinUrl, j.branch, 'existing', j.cousinEnv, 1).catch(() => undefined);
  if (!tip) return false;
  const { gitText } = await import('../git/git.js');
  // The raw object, not `log --format=%P`: a depth-1 fetch hides the parents from log.
  const raw = await gitText(['cat-file', 'commit', tip], { cwd: o.workspace });
  const tipTree = /^tree ([0-9a-f]+)$/m.exec(raw)?.[1];
  const parents = [...raw.matchAll(/^parent ([0-9a-f]+)$/gm)].map((m) => m[1]);
  const wanted = o.method === 'merge' ? [j.baseSha, j.sha] : [j.baseSha];
  return tipTree === tree && parents.join(' ') === wanted.join(' ');
}

function prBody(o: SyncUpstreamOptions, j: FeatureJob, changed: string[]): string {
  const commitUrl = `${o.serverUrl}/${o.upstream}/commit/${j.sha}`;
  const lines = [
    `Automated update of ${code(j.feature)} from [${o.upstream}@${j.sha.slice(0, 7)}](${commitUrl}).`,
    '',
    `- Method: ${code(o.method)}${o.method === 'copy' ? ` into ${code(j.target)} (an exact mirror of the upstream folder)` : ''}`,
    `- Upstream commit: ${code(j.sha)}`,
    `- Files changed: ${changed.length}`,
    '',
    `This branch is rebuilt on \`${j.base}\` by every dispatch for this feature; push review fixes to another branch.`,
  ];
  if (o.runUrl) lines.push('', `Run: ${o.runUrl}`);
  return lines.join('\n');
}

async function reject(o: SyncUpstreamOptions, reason: string, features: string[], sha: string | undefined): Promise<SyncUpstreamOutcome> {
  o.log.warn(`rejected: ${reason}`);
  if (o.reportFailures) await reportFailure(o, 'rejected', reason, features, sha);
  return { result: 'rejected', features: features.map((feature) => ({ feature, result: 'rejected', reason })), reason, sha };
}

async function fail(o: SyncUpstreamOptions, reason: string, features: string[], sha: string, done: FeatureResult[]): Promise<SyncUpstreamOutcome> {
  o.log.warn(reason);
  if (o.reportFailures) await reportFailure(o, 'failed', reason, features, sha);
  return summarize([...done, ...features.map((feature) => ({ feature, result: 'failed' as const, reason }))], sha);
}

/**
 * Opens an issue in the upstream saying why. Only the named fields appear, never the raw payload,
 * never a token; every value from the payload (features, sha, and the reason, which quotes them)
 * is a code span, so nothing in it renders as Markdown (mentions, links, images).
 */
async function reportFailure(o: SyncUpstreamOptions, kind: 'rejected' | 'failed', reason: string, features: string[], sha: string | undefined): Promise<void> {
  const { owner, repo } = splitRepo(o.upstream);
  const what = features.length ? features.map((f) => code(f, 200)).join(', ') : 'an update';
  const body = [
    `${o.repo} ${kind} ${what}${sha ? ` at ${code(sha)}` : ''}.`,
    '',
    `Reason: ${code(reason, 1000)}`,
    '',
    ...(o.runUrl ? [`Run: ${o.runUrl}`] : []),
  ].join('\n');
  try {
    const { data } = await o.upstreamClient.rest.issues.create({ owner, repo, title: `sync-upstream: ${o.repo} ${kind} an update`, body });
    o.log.info(`reported in ${o.upstream}#${data.number}`);
  } catch (err) {
    o.log.warn(`could not open an issue in ${o.upstream} (upstream-token needs issues: write): ${oneLine(err)}`);
  }
}
