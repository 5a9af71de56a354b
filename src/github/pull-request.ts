/**
 * One pull request per branch, opened or refreshed, never a second one: shared by check-upstream
 * (`sync/update-<name>`) and sync-upstream (`upstream-sync/<feature>`).
 */
import type { GitHub } from './client.js';
import { splitRepo, statusOf, validationCodes } from './client.js';
import { oneLine } from '../runtime/errors.js';
import type { Log } from '../runtime/log.js';

export interface PullRequestRef {
  number: number;
  url: string;
}

export interface OpenPull extends PullRequestRef {
  base: string;
  title: string;
  body: string;
  labels: string[];
}

/** The open pull request from `branch` of the same repository (any base), if there is one. */
export async function findOpenPull(client: GitHub, repoName: string, branch: string): Promise<OpenPull | undefined> {
  const { owner, repo } = splitRepo(repoName);
  const { data } = await client.rest.pulls.list({ owner, repo, head: `${owner}:${branch}`, state: 'open', per_page: 10 });
  const pr = data.find((p) => p.head.ref === branch);
  if (!pr) return undefined;
  return {
    number: pr.number,
    url: pr.html_url,
    base: pr.base.ref,
    title: pr.title,
    body: pr.body ?? '',
    labels: (pr.labels ?? []).map((l) => (typeof l === 'string' ? l : (l.name ?? ''))),
  };
}

export interface OpenOrRefreshOptions {
  client: GitHub;
  /** owner/name the PR is opened in (the branch is in the same repository). */
  repo: string;
  branch: string;
  base: string;
  title: string;
  body: string;
  labels: string[];
  /** The branch was just pushed: an existing PR counts as updated even if its text is the same. */
  pushed?: boolean;
  log: Log;
}

export interface OpenOrRefreshResult extends PullRequestRef {
  /** created: a new PR; updated: its text, base or branch changed; unchanged: nothing to do. */
  action: 'created' | 'updated' | 'unchanged';
  created: boolean;
}

/**
 * Refreshes the open PR of `branch` (title, body, base; only when they differ), else opens it.
 * A 422 "already exists" (another run opened it a moment ago) is answered by refreshing that
 * one. Missing labels are added; a token that may open PRs but not label them only warns.
 */
export async function openOrRefreshPull(opts: OpenOrRefreshOptions): Promise<OpenOrRefreshResult> {
  const { client, log } = opts;
  const { owner, repo } = splitRepo(opts.repo);
  let found = await findOpenPull(client, opts.repo, opts.branch);
  let action: OpenOrRefreshResult['action'] | undefined;
  if (!found) {
    try {
      const { data } = await client.rest.pulls.create({
        owner,
        repo,
        head: opts.branch,
        base: opts.base,
        title: opts.title,
        body: opts.body,
        maintainer_can_modify: true,
      });
      found = { number: data.number, url: data.html_url, base: opts.base, title: opts.title, body: opts.body, labels: [] };
      action = 'created';
    } catch (err) {
      const exists = statusOf(err) === 422 && (/already exists/i.test(oneLine(err)) || validationCodes(err).includes('already_exists'));
      if (!exists) throw err;
      found = await findOpenPull(client, opts.repo, opts.branch);
      if (!found) throw err;
    }
  }
  if (!action) {
    const stale = found.title !== opts.title || found.body !== opts.body || found.base !== opts.base;
    if (stale) {
      await client.rest.pulls.update({
        owner,
        repo,
        pull_number: found.number,
        title: opts.title,
        body: opts.body,
        ...(found.base !== opts.base ? { base: opts.base } : {}),
      });
    }
    action = stale || opts.pushed ? 'updated' : 'unchanged';
  }
  const have = new Set(found.labels);
  const missing = [...new Set(opts.labels)].filter((l) => l && !have.has(l));
  if (missing.length) {
    try {
      await client.rest.issues.addLabels({ owner, repo, issue_number: found.number, labels: missing });
    } catch (err) {
      log.warn(`could not label #${found.number} (${missing.join(', ')}): ${oneLine(err)}`);
    }
  }
  return { number: found.number, url: found.url, action, created: action === 'created' };
}
