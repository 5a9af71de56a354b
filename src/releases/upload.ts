/**
 * Asset upload that never loses what is already there and survives lost answers:
 * - a new asset is streamed under its own name;
 * - with clobber, a different existing asset is replaced by a swap: upload under a temporary
 *   name (the slow part, where failures happen), then delete the old one and rename the new;
 * - a retry that meets `already_exists` with our digest means the lost upload landed: done;
 * - a `starter` asset (an upload cut short earlier) is deleted and uploaded again.
 * Uploads go through src/net's transport, not Octokit: a streamed body cannot be replayed by
 * Octokit's retry, and fetch held a streamed body in memory.
 */
import { randomBytes } from 'node:crypto';
import { UserError, oneLine } from '../runtime/errors.js';
import { statusOf, validationCodes, type GitHub } from '../github/client.js';
import type { Log } from '../runtime/log.js';
import { HttpStatusError } from '../net/download.js';
import { readText, redactUrl, send } from '../net/http.js';
import { GaveUp, Retryable, retryableStatus, withRetries } from '../net/retry.js';
import { deleteAsset, immutableError, listAssets, renameAsset, type AssetInfo, type ReleaseInfo } from './api.js';

export interface UploadOptions {
  gh: GitHub;
  token: string;
  repo: string;
  release: ReleaseInfo;
  file: string;
  name: string;
  sha256: string;
  size: number;
  clobber: boolean;
  contentType?: string;
  log: Log;
  /** Attempts per upload (default 5). */
  attempts?: number;
}

export type UploadAction = 'uploaded' | 'replaced' | 'unchanged' | 'kept';

export interface UploadResult {
  asset: AssetInfo;
  action: UploadAction;
}

const TMP_MARK = '.sync-tmp-';
const STALE_TMP_MS = 10 * 60 * 1000;

function digestOf(a: AssetInfo): string | undefined {
  return a.digest?.replace(/^sha256:/, '').toLowerCase();
}

export async function uploadAsset(o: UploadOptions): Promise<UploadResult> {
  for (let round = 0; ; round++) {
    try {
      return await uploadRound(o);
    } catch (err) {
      // Someone else put an asset of that name there while we were uploading (another job's swap
      // lands in the moment between its delete and its rename): look again. Each look that finds
      // this means another job finished, so with N jobs racing it ends within N looks.
      if (err instanceof Conflict && round < 16) continue;
      if (err instanceof Conflict)
        throw new UserError(`${o.name}: other jobs kept replacing it in release ${o.release.tag_name} while this one uploaded; re-run`);
      throw err;
    }
  }
}

class Conflict extends Error {}

async function uploadRound(o: UploadOptions): Promise<UploadResult> {
  const { gh, repo, release, name, log } = o;
  const assets = await listAssets(gh, repo, release.id);
  // Temporary assets left by a swap that died long ago.
  for (const a of assets) {
    if (a.name.startsWith(name + TMP_MARK) && Date.now() - Date.parse(a.created_at ?? '') > STALE_TMP_MS) {
      log.debug(`removing stale temporary asset ${a.name}`);
      await deleteAsset(gh, repo, a.id);
    }
  }
  let existing = assets.find((a) => a.name === name);
  if (existing?.state === 'starter') {
    log.info(`removing ${name}, left half-uploaded (state "starter") by an earlier failed upload`);
    await deleteAsset(gh, repo, existing.id);
    existing = undefined;
  }
  if (existing && digestOf(existing) === o.sha256) {
    log.info(`${name} is already in release ${release.tag_name} with the same content (sha256 ${o.sha256})`);
    return { asset: existing, action: 'unchanged' };
  }
  if (existing && !o.clobber) {
    log.info(`${name} already exists in release ${release.tag_name}; left alone (clobber: false)`);
    return { asset: existing, action: 'kept' };
  }
  if (release.immutable && !release.draft) throw immutableError(repo, release.tag_name, name);
  if (!existing) {
    const asset = await uploadWithRetry(o, name, true);
    log.info(`uploaded ${name} to release ${release.tag_name} (${o.size} bytes)`);
    return { asset, action: 'uploaded' };
  }
  // The swap: the old asset stays untouched until the new one is fully in.
  const tmpName = `${name}${TMP_MARK}${randomBytes(4).toString('hex')}`;
  const fresh = await uploadWithRetry(o, tmpName, false);
  await deleteAsset(gh, repo, existing.id);
  const renamed = await renameIntoPlace(o, fresh, tmpName);
  log.info(`replaced ${name} in release ${release.tag_name} (${o.size} bytes)`);
  return { asset: renamed, action: 'replaced' };
}

/**
 * Renames our temporary asset to the final name. Jobs replacing the same asset at the same moment
 * each delete the old one and rename theirs in; GitHub refuses a rename onto a name another asset
 * holds (422 already_exists), so a job that meets one removes that asset (another job's swap that
 * landed first) and renames again: the last one wins, and no temporary asset is left. A job only
 * fails here when its rename fails with each of the other jobs out of the way, which is bounded.
 */
async function renameIntoPlace(o: UploadOptions, fresh: AssetInfo, tmpName: string): Promise<AssetInfo> {
  const { gh, repo, release, name, log } = o;
  for (let tries = 1; ; tries++) {
    try {
      return await renameAsset(gh, repo, fresh.id, name);
    } catch (err) {
      const taken = statusOf(err) === 422 && validationCodes(err).includes('already_exists');
      if (!taken || tries >= 16) {
        throw new UserError(
          `replacing ${name} in release ${release.tag_name}: the new upload is in as ${tmpName} but renaming it failed (${oneLine(err)}); re-run to finish`,
        );
      }
      const holder = (await listAssets(gh, repo, release.id)).find((a) => a.name === name && a.id !== fresh.id);
      log.info(`another job replaced ${name} in release ${release.tag_name} at the same moment; replacing it again (the last one wins)`);
      if (holder) await deleteAsset(gh, repo, holder.id);
    }
  }
}

/**
 * POSTs the file under `uploadName`. Between attempts it looks at what the release holds: our
 * bytes already there (a lost answer) end it; a `starter` leftover is removed first.
 * `finalName` says whether someone else may legitimately own that name (a Conflict then).
 */
async function uploadWithRetry(o: UploadOptions, uploadName: string, finalName: boolean): Promise<AssetInfo> {
  const attempts = o.attempts ?? 5;
  try {
    return await withRetries(
      async (attempt) => {
        if (attempt > 1) {
          const there = (await listAssets(o.gh, o.repo, o.release.id)).find((a) => a.name === uploadName);
          if (there?.state === 'uploaded' && digestOf(there) === o.sha256) {
            o.log.info(`${uploadName}: the earlier attempt landed (same sha256); not uploading again`);
            return there;
          }
          if (there?.state === 'starter') {
            o.log.debug(`${uploadName}: removing the half-uploaded leftover of the earlier attempt`);
            await deleteAsset(o.gh, o.repo, there.id);
          } else if (there && finalName) {
            throw new Conflict(`${uploadName} appeared concurrently`);
          } else if (there) {
            await deleteAsset(o.gh, o.repo, there.id);
          }
        }
        return postOnce(o, uploadName);
      },
      {
        attempts,
        onRetry: ({ error, next, waitMs }) =>
          o.log.warn(`upload of ${uploadName} failed (${error.message}); retrying in ${Math.round(waitMs)} ms (attempt ${next} of ${attempts})`),
      },
    );
  } catch (err) {
    if (err instanceof GaveUp)
      throw new UserError(
        `upload of ${uploadName} to release ${o.release.tag_name} in ${o.repo} failed after ${err.attempts} attempts: ${err.message} (check the network and re-run the job)`,
      );
    throw err;
  }
}

async function postOnce(o: UploadOptions, uploadName: string): Promise<AssetInfo> {
  const base = o.release.upload_url.replace(/\{.*$/, '');
  const url = `${base}?name=${encodeURIComponent(uploadName)}`;
  let status: number;
  let header: (name: string) => string | undefined;
  let text: string;
  try {
    const res = await send(url, {
      method: 'POST',
      body: { file: o.file },
      headers: {
        authorization: `token ${o.token}`,
        accept: 'application/vnd.github+json',
        'content-type': o.contentType ?? 'application/gzip',
        'content-length': String(o.size),
      },
    });
    ({ status, header } = res);
    text = await readText(res.body);
  } catch (err) {
    throw new Retryable(`${redactUrl(url)}: ${oneLine((err as Error).cause ?? err)}`);
  }
  if (status === 201 || status === 200) {
    try {
      return JSON.parse(text) as AssetInfo;
    } catch {
      throw new Retryable('unreadable answer');
    }
  }
  const message = /"message"\s*:\s*"([^"]{1,300})"/.exec(text)?.[1] ?? '';
  if (status === 422 && /already_exists/.test(text)) throw new Retryable('an asset of that name already exists');
  if (status === 422 && /immutable/i.test(message)) throw immutableError(o.repo, o.release.tag_name, uploadName);
  const retry = retryableStatus(status, header, text, `${status} ${message}`.trim());
  if (retry) throw retry;
  throw new HttpStatusError(status, `upload of ${uploadName} to release ${o.release.tag_name} in ${o.repo}: ${status} ${message}`.trim());
}
