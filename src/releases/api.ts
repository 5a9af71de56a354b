/**
 * Releases as a cache: find by tag, create-or-reuse safely when many jobs race, publish.
 * A release this code creates starts as a draft and is published once its asset is in, which is
 * the only order a repository with immutable releases accepts.
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
  return new UserError(`release ${tag} in ${repo} is immutable (published with immutable releases on), so it takes no new or replaced asset ${asset}: ${IMMUTABLE_HINT}`);
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
 * The release for `tag`, created (as a draft) when missing. Several jobs may do this at once:
 * the loser of the race gets 422 `already_exists` and takes the winner's release, draft or not.
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
    log.info(`created release ${tag} in ${repo}`);
    return { release: res.data as unknown as ReleaseInfo, created: true };
  } catch (err) {
    if (statusOf(err) !== 422) throw err;
    if (!validationCodes(err).includes('already_exists')) {
      const msg = oneLine(err);
      if (/repository is empty/i.test(msg)) throw new UserError(`cannot create release ${tag} in ${repo}: the repository has no commits yet (push one first)`);
      throw new UserError(`cannot create release ${tag} in ${repo}: ${msg}`);
    }
  }
  // Someone else created it a moment ago. It may take an instant to be visible.
  for (let i = 0; i < 4; i++) {
    const theirs = (await findRelease(gh, repo, tag)) ?? (await findDraft(gh, repo, tag));
    if (theirs) {
      log.debug(`release ${tag} was created concurrently; using it`);
      return { release: theirs, created: false };
    }
    await sleep(backoffMs(i + 1));
  }
  throw new UserError(`release ${tag} in ${repo} exists but cannot be read (is it a draft this token cannot see?)`);
}

/** Publishes a draft we filled (idempotent when a racing job already did). */
export async function publish(gh: GitHub, repo: string, release: ReleaseInfo, makeLatest: boolean): Promise<ReleaseInfo> {
  if (!release.draft) return release;
  const res = await gh.rest.repos.updateRelease({
    ...splitRepo(repo),
    release_id: release.id,
    draft: false,
    make_latest: makeLatest ? 'true' : 'false',
  });
  return res.data as unknown as ReleaseInfo;
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
