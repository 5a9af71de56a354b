// Shared fixtures for the cousins tests: checkouts of stand-in repositories (as actions/checkout
// makes them) and the real webhook payloads from @octokit/webhooks-examples, re-pointed at the
// local repositories.
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import type { startGitHub } from '../github/index.js';
import { tempDir } from './launcher.js';

const exec = promisify(execFile);
const require = createRequire(import.meta.url);
export type GH = Awaited<ReturnType<typeof startGitHub>>;
export const ZERO = '0'.repeat(40);

/** Timing knobs every launch of a cousins action gets. */
export const FAST = { SYNC_RETRY_BASE_MS: '10', SYNC_RATE_LIMIT_UNIT_MS: '10' };

export async function git(args: string[], cwd?: string, env: Record<string, string> = {}): Promise<string> {
  const { stdout } = await exec('git', args, {
    cwd,
    env: {
      ...process.env,
      GIT_TERMINAL_PROMPT: '0',
      GIT_AUTHOR_NAME: 'T',
      GIT_AUTHOR_EMAIL: 't@example.com',
      GIT_COMMITTER_NAME: 'T',
      GIT_COMMITTER_EMAIL: 't@example.com',
      ...env,
    },
    maxBuffer: 64 << 20,
  });
  return stdout.trim();
}

/**
 * A workspace holding a clone of `repo`, as actions/checkout leaves it: `depth` 1 by default
 * (0 = full history), and — when `persistToken` is given — that token's header persisted in
 * .git/config the way checkout's `persist-credentials` does.
 */
export async function checkout(gh: GH, repo: string, o: { depth?: number; persistToken?: string; ref?: string } = {}) {
  const dir = await tempDir('sync-checkout-');
  const depth = o.depth ?? 1;
  await git(['clone', '--quiet', ...(depth ? [`--depth=${depth}`] : []), ...(o.ref ? ['--branch', o.ref] : []), gh.gitUrl(repo), dir.path]);
  if (o.persistToken) {
    const basic = Buffer.from(`x-access-token:${o.persistToken}`).toString('base64');
    await git(['config', '--local', `http.${gh.url}/.extraheader`, `AUTHORIZATION: basic ${basic}`], dir.path);
  }
  return dir;
}

type Example = Record<string, any>;
function examples(name: string): Example[] {
  const all = require('@octokit/webhooks-examples/api.github.com/index.json') as Array<{ name: string; examples: Example[] }>;
  return all.find((e) => e.name === name)!.examples;
}

function repository(template: Example, fullName: string, defaultBranch: string) {
  const [owner, name] = fullName.split('/');
  return {
    ...template,
    name,
    full_name: fullName,
    default_branch: defaultBranch,
    master_branch: defaultBranch,
    owner: { ...template.owner, login: owner, name: owner },
  };
}

/** The real "push that created a branch" payload (before all zeros), re-pointed. */
export function createdPush(o: { repo: string; ref: string; after: string; defaultBranch?: string }) {
  const ex = examples('push').find((e) => e.created && e.ref.startsWith('refs/heads/') && e.before === ZERO)!;
  return {
    ...structuredClone(ex),
    ref: o.ref,
    before: ZERO,
    after: o.after,
    head_commit: { ...ex.head_commit, id: o.after },
    repository: repository(ex.repository, o.repo, o.defaultBranch ?? 'main'),
  };
}

/** The real "push that deleted a ref" payload (after all zeros), re-pointed. */
export function deletedPush(o: { repo: string; ref: string; before: string; defaultBranch?: string }) {
  const ex = examples('push').find((e) => e.deleted && e.after === ZERO)!;
  return { ...structuredClone(ex), ref: o.ref, before: o.before, after: ZERO, repository: repository(ex.repository, o.repo, o.defaultBranch ?? 'main') };
}

/** An ordinary push: the created-branch example with a real `before`. */
export function push(o: { repo: string; ref?: string; before: string; after: string; forced?: boolean; defaultBranch?: string }) {
  const ex = createdPush({ repo: o.repo, ref: o.ref ?? 'refs/heads/main', after: o.after, defaultBranch: o.defaultBranch });
  return { ...ex, before: o.before, created: false, forced: !!o.forced };
}

/** The real pull_request "synchronize" payload, re-pointed. */
export function pullRequest(o: { repo: string; number: number; base: string; head: string; baseRef?: string; headRef: string }) {
  const ex = structuredClone(examples('pull_request').find((e) => e.action === 'synchronize')!);
  const repo = repository(ex.repository, o.repo, o.baseRef ?? 'main');
  ex.number = o.number;
  ex.pull_request.number = o.number;
  ex.pull_request.base = { ...ex.pull_request.base, sha: o.base, ref: o.baseRef ?? 'main', repo };
  ex.pull_request.head = { ...ex.pull_request.head, sha: o.head, ref: o.headRef, repo };
  ex.repository = repo;
  return ex;
}

/** The repository_dispatch event a cousin's workflow receives for a recorded dispatch. */
export function dispatchEvent(d: { event_type: string; client_payload: unknown }, cousin: string) {
  const ex = examples('repository_dispatch')[0];
  return {
    ...structuredClone(ex),
    action: d.event_type,
    branch: 'main',
    client_payload: d.client_payload,
    repository: repository(ex.repository, cousin, 'main'),
  };
}
