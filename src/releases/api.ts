/**
 * Releases as a cache: find by tag, create-or-reuse safely when many jobs race, publish.
 * A release this code creates starts as a draft and is published once its asset is in, which is
 * the only order a repository with immutable releases accepts. On GitHub any number of drafts may
 * share a tag (a draft holds no tag); only publishing meets 422 `already_exists`, so jobs that
 * race on a new tag each fill a draft of their own and all but one lose the publish (see publish.ts).
 */
import { UserError, oneLine } from '../runtime/errors.js';
import { splitRepo, statusOf, validationCodes, type GitHub } from '../github/client.js';
import type { Log } from '../runtime/log.js';
import { backoffMs, sleep } from '../net/timing.js';

export interface AssetInfo {
  id: number;
  name: string;
  state: string;
  size: number;
  digest?: string | null;
  created_at?: string;
  browser_download_url: string;
  url: string;
}

export interface ReleaseInfo {
  id: number;
  tag_name: string;
  draft: boolean;
  prerelease: boolean;
  immutable?: boolean;
  upload_url: string;
  html_url: string;
  assets?: AssetInfo[];
}

export interface CreateOptions {
  title?: string;
  notes?: string;
  prerelease?: boolean;
  /** GitHub's generated notes (project releases). */
  generateNotes?: boolean;
  /** Cache releases never become "latest" (default false). */
  makeLatest?: boolean;
  /** Commit for a new tag (default: the default branch). */
  target?: string;
}

export const IMMUTABLE_HINT =
  'use a per-platform tag template such as tag: "{name}-{version}-{os}-{arch}" (each platform then gets its own release, created as a draft, filled, then published), or turn off immutable releases for the repository';

export function immutableError(repo: string, tag: string, asset: string): UserError {
  return new UserError(
    `release ${tag} in ${repo} is immutable (published with immutable releases on), so it takes no new or replaced asset ${asset}: ${IMMUTABLE_HINT}`,
  );
}

/** A published release by tag (the API never finds drafts by tag), or undefined. */
export async function findRelease(gh: GitHub, repo: string, tag: string): Promise<ReleaseInfo | undefined> {
  try {
    const res = await gh.rest.repos.getReleaseByTag({ ...splitRepo(repo), tag });
    return res.data as unknown as ReleaseInfo;
  } catch (err) {
    if (statusOf(err) === 404) return undefined;
    throw err;
  }
}

/** A draft with that tag, which only a token that may write can see. */
async function findDraft(gh: GitHub, repo: string, tag: string): Promise<ReleaseInfo | undefined> {
  let pages = 0;
  for await (const page of gh.paginate.iterator(gh.rest.repos.listReleases, { ...splitRepo(repo), per_page: 100 })) {
    const hit = (page.data as unknown as ReleaseInfo[]).find((r) => r.tag_name === tag);
    if (hit) return hit;
    if (++pages >= 5) break; // a new draft is among the newest
  }
  return undefined;
}

/**
 * The release for `tag`: the published one, else a new draft of our own (`created`). Drafts do not
 * claim a tag, so racing jobs each get their own draft; where a server refuses a second one
 * (422 `already_exists`) we take the release that holds the tag, or the other job's draft.
 */
export async function ensureRelease(gh: GitHub, repo: string, tag: string, opts: CreateOptions, log: Log): Promise<{ release: ReleaseInfo; created: boolean }> {
  const found = await findRelease(gh, repo, tag);
  if (found) return { release: found, created: false };
  try {
    const res = await gh.rest.repos.createRelease({
      ...splitRepo(repo),
      tag_name: tag,
      name: opts.title || tag,
      body: opts.notes || undefined,
      draft: true,
      prerelease: !!opts.prerelease,
      generate_release_notes: !!opts.generateNotes,
      target_commitish: opts.target || undefined,
      make_latest: opts.makeLatest ? 'true' : 'false',
    });
    log.info(`created release ${tag} in ${repo} (a draft until its asset is in)`);
    return { release: res.data as unknown as ReleaseInfo, created: true };
  } catch (err) {
    if (statusOf(err) !== 422) throw err;
    if (!validationCodes(err).includes('already_exists')) {
      const msg = oneLine(err);
      if (/repository is empty/i.test(msg)) throw new UserError(`cannot create release ${tag} in ${repo}: the repository has no commits yet (push one first)`);
      throw new UserError(`cannot create release ${tag} in ${repo}: ${msg}`);
    }
  }
  const theirs = await awaitRelease(gh, repo, tag, true);
  if (theirs) {
    log.debug(`release ${tag} was created concurrently; using it`);
    return { release: theirs, created: false };
  }
  throw new UserError(`release ${tag} in ${repo} exists but cannot be read (is it a draft this token cannot see?)`);
}

/**
 * The published release of `tag` (or, with `drafts`, a draft of it) after someone else just made
 * it: it may take an instant to be visible.
 */
export async function awaitRelease(gh: GitHub, repo: string, tag: string, drafts = false): Promise<ReleaseInfo | undefined> {
  for (let i = 0; i < 4; i++) {
    if (i) await sleep(backoffMs(i));
    const found = (await findRelease(gh, repo, tag)) ?? (drafts ? await findDraft(gh, repo, tag) : undefined);
    if (found) return found;
  }
  return undefined;
}

/**
 * Publishes a draft we filled (idempotent when it is already published). Undefined when another
 * release of that tag was published first (422 `already_exists`): the draft stays a draft.
 */
export async function publish(gh: GitHub, repo: string, release: ReleaseInfo, makeLatest: boolean): Promise<ReleaseInfo | undefined> {
  if (!release.draft) return release;
  try {
    const res = await gh.rest.repos.updateRelease({
      ...splitRepo(repo),
      release_id: release.id,
      draft: false,
      make_latest: makeLatest ? 'true' : 'false',
    });
    return res.data as unknown as ReleaseInfo;
  } catch (err) {
    if (statusOf(err) === 422 && validationCodes(err).includes('already_exists')) return undefined;
    throw err;
  }
}

/**
 * Deletes a draft (of ours) with its assets; already gone is fine. A release that is published
 * after all (a publish whose answer was lost) is left alone.
 */
export async function deleteDraft(gh: GitHub, repo: string, id: number): Promise<void> {
  try {
    const { data } = await gh.rest.repos.getRelease({ ...splitRepo(repo), release_id: id });
    if (!data.draft) return;
    await gh.rest.repos.deleteRelease({ ...splitRepo(repo), release_id: id });
  } catch (err) {
    if (statusOf(err) !== 404) throw err;
  }
}

export async function listAssets(gh: GitHub, repo: string, releaseId: number): Promise<AssetInfo[]> {
  return (await gh.paginate(gh.rest.repos.listReleaseAssets, { ...splitRepo(repo), release_id: releaseId, per_page: 100 })) as unknown as AssetInfo[];
}

export async function deleteAsset(gh: GitHub, repo: string, id: number): Promise<void> {
  try {
    await gh.rest.repos.deleteReleaseAsset({ ...splitRepo(repo), asset_id: id });
  } catch (err) {
    if (statusOf(err) !== 404) throw err; // already gone is what we wanted
  }
}

export async function renameAsset(gh: GitHub, repo: string, id: number, name: string): Promise<AssetInfo> {
  const res = await gh.rest.repos.updateReleaseAsset({ ...splitRepo(repo), asset_id: id, name });
  return res.data as unknown as AssetInfo;
}
