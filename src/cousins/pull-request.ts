import type { GitHub } from '../github/client.js';
import { splitRepo, statusOf, validationCodes } from '../github/client.js';
import { oneLine } from '../runtime/errors.js';
import type { Log } from '../runtime/log.js';

export interface PullRequestRef {
  number: number;
  url: string;
}

/** The open pull request from `branch` (any base), if there is one. */
export async function findOpenPull(client: GitHub, repoName: string, branch: string): Promise<(PullRequestRef & { base: string }) | undefined> {
  const { owner, repo } = splitRepo(repoName);
  const { data } = await client.rest.pulls.list({ owner, repo, head: `${owner}:${branch}`, state: 'open', per_page: 10 });
  const pr = data.find((p) => p.head.ref === branch);
  return pr ? { number: pr.number, url: pr.html_url, base: pr.base.ref } : undefined;
}

/**
 * One pull request per branch: refresh the open one (title, body, base), else open it. A 422
 * "already exists" (another run opened it a moment ago) is answered by refreshing that one.
 */
export async function openOrRefreshPull(opts: {
  client: GitHub;
  repo: string;
  branch: string;
  base: string;
  title: string;
  body: string;
  labels: string[];
  log: Log;
}): Promise<PullRequestRef & { created: boolean }> {
  const { client, log } = opts;
  const { owner, repo } = splitRepo(opts.repo);
  let found = await findOpenPull(client, opts.repo, opts.branch);
  let created = false;
  if (!found) {
    try {
      const { data } = await client.rest.pulls.create({ owner, repo, head: opts.branch, base: opts.base, title: opts.title, body: opts.body, maintainer_can_modify: true });
      found = { number: data.number, url: data.html_url, base: opts.base };
      created = true;
    } catch (err) {
      const exists = statusOf(err) === 422 && (/already exists/i.test(oneLine(err)) || validationCodes(err).includes('already_exists'));
      if (!exists) throw err;
      found = await findOpenPull(client, opts.repo, opts.branch);
      if (!found) throw err;
    }
  }
  if (!created) {
    await client.rest.pulls.update({ owner, repo, pull_number: found.number, title: opts.title, body: opts.body, ...(found.base !== opts.base ? { base: opts.base } : {}) });
  }
  if (opts.labels.length) {
    try {
      await client.rest.issues.addLabels({ owner, repo, issue_number: found.number, labels: opts.labels });
    } catch (err) {
      // Labels are a convenience; a token that may open PRs but not label them is not a failure.
      log.warn(`could not label #${found.number} (${opts.labels.join(', ')}): ${oneLine(err)}`);
    }
  }
  return { number: found.number, url: found.url, created };
}
