import type { GitHub } from '../github/client.js';
import { splitRepo, statusOf } from '../github/client.js';
import type { Log } from '../runtime/log.js';

/**
 * Which files a push or pull request changed. The compare API is the first choice; the cases
 * it gets wrong on its own (a created branch, a force push whose `before` is gone, more than
 * the 300 files it lists) fall back to the merge base with the default branch, the checkout's
 * git history, or the head commit's own files, and the result says which was used.
 */
export const ZERO_SHA = '0'.repeat(40);
/** GitHub lists at most this many files in a compare (and per commit page set). */
export const COMPARE_FILES_CAP = 300;

export interface ChangeRange {
  /** owner/name of the monorepo. */
  repo: string;
  /** Commit before the change; undefined (or all zeros) when the push created the ref. */
  base?: string;
  /** Commit after the change; all zeros when the push deleted the ref. */
  head: string;
  /** Full ref the change landed on (`refs/heads/main`, `refs/pull/7/head`). */
  ref: string;
  /** The push deleted the ref: nothing to dispatch. */
  deleted: boolean;
  /** Where base/head came from, for the log. */
  source: string;
}

interface EventLike {
  before?: string;
  after?: string;
  ref?: string;
  deleted?: boolean;
  created?: boolean;
  pull_request?: { number?: number; base?: { sha?: string }; head?: { sha?: string } };
  repository?: { full_name?: string; default_branch?: string };
}

/** base/head/ref from the inputs, else the event (push before/after, pull_request base/head). */
export function rangeFromEvent(opts: {
  eventName: string;
  event: unknown;
  repository: string;
  ref?: string;
  sha?: string;
  base?: string;
  head?: string;
}): ChangeRange {
  const e = (opts.event ?? {}) as EventLike;
  const repo = e.repository?.full_name ?? opts.repository;
  if (opts.base || opts.head) {
    return {
      repo,
      base: opts.base || undefined,
      head: opts.head || e.after || e.pull_request?.head?.sha || opts.sha || '',
      ref: e.ref && e.ref.startsWith('refs/') ? e.ref : (opts.ref ?? ''),
      deleted: false,
      source: 'inputs',
    };
  }
  if (e.pull_request) {
    return {
      repo,
      base: e.pull_request.base?.sha,
      head: e.pull_request.head?.sha ?? opts.sha ?? '',
      ref: e.pull_request.number !== undefined ? `refs/pull/${e.pull_request.number}/head` : (opts.ref ?? ''),
      deleted: false,
      source: `${opts.eventName} event`,
    };
  }
  if (e.after !== undefined || e.before !== undefined) {
    const deleted = e.deleted === true || e.after === ZERO_SHA;
    return {
      repo,
      base: e.before && e.before !== ZERO_SHA ? e.before : undefined,
      head: e.after ?? opts.sha ?? '',
      ref: e.ref ?? opts.ref ?? '',
      deleted,
      source: `${opts.eventName} event`,
    };
  }
  // Any other event (workflow_dispatch, schedule): just the commit the workflow runs on.
  return { repo, base: undefined, head: opts.sha ?? '', ref: opts.ref ?? '', deleted: false, source: `${opts.eventName} (no range: head commit only)` };
}

export interface ChangedFiles {
  files: string[];
  /** How the list was obtained, e.g. `compare abc1234...def5678`. */
  via: string;
  /** Anything the user should know (fallbacks taken, truncation). */
  notes: string[];
  /** True when the list may be incomplete. */
  partial: boolean;
}

export interface ChangedFilesOptions {
  client: GitHub;
  range: ChangeRange;
  /** The monorepo's default branch (looked up when not given). */
  defaultBranch?: string;
  /** A checkout of the monorepo, for lists over the API's file limit. */
  workspace?: string;
  log: Log;
}

type FileEntry = { filename: string; previous_filename?: string };

function names(files: FileEntry[] | undefined): string[] {
  const out: string[] = [];
  for (const f of files ?? []) {
    out.push(f.filename);
    // A rename out of a feature folder changes that feature too.
    if (f.previous_filename) out.push(f.previous_filename);
  }
  return out;
}

const short = (sha: string) => (/^[0-9a-f]{40}$/.test(sha) ? sha.slice(0, 7) : sha);

export async function changedFiles(opts: ChangedFilesOptions): Promise<ChangedFiles> {
  const { client, range, log } = opts;
  if (range.deleted) return { files: [], via: `${range.ref || 'the ref'} was deleted`, notes: [], partial: false };
  if (!range.head) return { files: [], via: 'no head commit', notes: ['no head commit in the event or inputs: nothing to compare'], partial: false };
  const { owner, repo } = splitRepo(range.repo);
  const notes: string[] = [];
  let defaultBranch = opts.defaultBranch;
  const getDefault = async () => {
    if (!defaultBranch) defaultBranch = (await client.rest.repos.get({ owner, repo })).data.default_branch;
    return defaultBranch;
  };
  const branch = range.ref.startsWith('refs/heads/') ? range.ref.slice('refs/heads/'.length) : undefined;

  let base = range.base;
  if (!base) {
    const def = await getDefault();
    if (branch !== undefined && branch !== def) {
      // A new branch: what it adds on top of the default branch (three-dot compare = merge base).
      base = def;
      notes.push(`the push created ${range.ref}: compared with the merge base of ${def}`);
    } else {
      notes.push(`no base commit (${range.ref || 'new ref'} was created): used the head commit's files`);
      return headCommitFiles(opts, notes);
    }
  }

  let compared: { files: string[]; truncated: boolean };
  try {
    compared = await compareFiles(client, owner, repo, base, range.head);
  } catch (err) {
    if (statusOf(err) !== 404 && statusOf(err) !== 422) throw err;
    // `before` is gone (a force push rewrote it away) or shares no history with head.
    const def = await getDefault();
    if (branch !== undefined && branch !== def && base !== def) {
      notes.push(`base ${short(base)} is not in ${range.repo} (force push?): compared with the merge base of ${def}`);
      base = def;
      try {
        compared = await compareFiles(client, owner, repo, base, range.head);
      } catch (err2) {
        if (statusOf(err2) !== 404 && statusOf(err2) !== 422) throw err2;
        return headCommitFiles(opts, notes);
      }
    } else {
      notes.push(`base ${short(base)} is not in ${range.repo} (force push?): used the head commit's files`);
      return headCommitFiles(opts, notes);
    }
  }
  const via = `compare ${short(base)}...${short(range.head)}`;
  if (!compared.truncated) return { files: compared.files, via, notes, partial: false };

  // The API stops at 300 files; the checkout's history has them all.
  const local = opts.workspace ? await gitDiffNames(opts.workspace, base, range.head, log) : undefined;
  if (local) {
    notes.push(`compare listed only ${COMPARE_FILES_CAP} files: used the checkout's git history (${local.length} files)`);
    return { files: local, via: `git diff ${short(base)}...${short(range.head)}`, notes, partial: false };
  }
  notes.push(
    `compare listed only the first ${COMPARE_FILES_CAP} files and the checkout has no history for ${short(base)}...${short(range.head)} ` +
      '(check out with fetch-depth: 0): features changed only in later files are missed',
  );
  return { files: compared.files, via, notes, partial: true };
}

/** Files of a compare, following pagination; `truncated` when the API's file cap was reached. */
async function compareFiles(client: GitHub, owner: string, repo: string, base: string, head: string) {
  const files = new Set<string>();
  let listed = 0;
  for (let page = 1; page <= 30; page++) {
    const res = await client.rest.repos.compareCommitsWithBasehead({ owner, repo, basehead: `${base}...${head}`, per_page: 100, page });
    const pageFiles = (res.data.files ?? []) as FileEntry[];
    listed = Math.max(listed, pageFiles.length);
    const before = files.size;
    for (const n of names(pageFiles)) files.add(n);
    const hasNext = /rel="next"/.test(String(res.headers.link ?? ''));
    // Files ride on the first page (later pages page through commits); stop once nothing new comes.
    if (!hasNext || files.size === before) break;
  }
  return { files: [...files], truncated: listed >= COMPARE_FILES_CAP };
}

/** The files of the head commit alone (against its first parent; every file for a root commit). */
async function headCommitFiles(opts: ChangedFilesOptions, notes: string[]): Promise<ChangedFiles> {
  const { client, range } = opts;
  const { owner, repo } = splitRepo(range.repo);
  const files = new Set<string>();
  let listed = 0;
  // The commit endpoint pages its files (up to 3000).
  for (let page = 1; page <= 30; page++) {
    const res = await client.rest.repos.getCommit({ owner, repo, ref: range.head, per_page: 100, page });
    const pageFiles = (res.data.files ?? []) as FileEntry[];
    const before = files.size;
    for (const n of names(pageFiles)) files.add(n);
    listed += pageFiles.length;
    if (!/rel="next"/.test(String(res.headers.link ?? '')) || files.size === before) break;
  }
  let partial = false;
  if (listed >= COMPARE_FILES_CAP && opts.workspace) {
    const local = await gitShowNames(opts.workspace, range.head);
    if (local) {
      notes.push(`the head commit lists ${listed}+ files in the API: used the checkout's git history`);
      return { files: local, via: `git show ${short(range.head)}`, notes, partial: false };
    }
    partial = true;
  }
  return { files: [...files], via: `head commit ${short(range.head)}`, notes, partial };
}

async function gitDiffNames(cwd: string, base: string, head: string, log: Log): Promise<string[] | undefined> {
  const { git } = await import('../git/git.js');
  try {
    await git(['rev-parse', '--git-dir'], { cwd });
  } catch {
    return undefined;
  }
  const have = async (rev: string) => (await git(['cat-file', '-e', `${rev}^{commit}`], { cwd, okCodes: [1, 128] })).code === 0;
  // Branch names (the default branch as base) are remote-tracking refs in a checkout.
  const resolve = async (rev: string) => {
    for (const candidate of [rev, `origin/${rev}`, `refs/remotes/origin/${rev}`]) if (await have(candidate)) return candidate;
    return undefined;
  };
  let b = await resolve(base);
  let h = await resolve(head);
  if (!b || !h) {
    // A shallow checkout: try to fetch what is missing (the checkout's own credentials apply).
    log.debug(`fetching ${base} and ${head} into the checkout for a full file list`);
    await git(['fetch', '--no-tags', '--quiet', 'origin', '--', base, head], { cwd, okCodes: [1, 128] });
    b = await resolve(base);
    h = await resolve(head);
    if (!b || !h) return undefined;
  }
  const out = await git(['diff', '--name-only', '--no-renames', '-z', `${b}...${h}`, '--'], { cwd, okCodes: [128] });
  if (out.code !== 0) return undefined;
  return out.stdout.split('\0').filter(Boolean);
}

async function gitShowNames(cwd: string, head: string): Promise<string[] | undefined> {
  const { git } = await import('../git/git.js');
  const out = await git(['show', '--name-only', '--no-renames', '-z', '--format=', '--first-parent', '-m', head, '--'], { cwd, okCodes: [128] }).catch(
    () => undefined,
  );
  if (!out || out.code !== 0) return undefined;
  return [...new Set(out.stdout.split('\0').filter(Boolean))];
}
