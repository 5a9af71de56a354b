/** Create-or-reuse the release, upload the archive, publish the draft we filled. */
import type { GitHub } from '../github/client.js';
import type { Log } from '../runtime/log.js';
import { ensureRelease, publish, type CreateOptions, type ReleaseInfo } from './api.js';
import { uploadAsset, type UploadResult } from './upload.js';

export interface PublishOptions {
  gh: GitHub;
  token: string;
  repo: string;
  tag: string;
  assetName: string;
  file: string;
  sha256: string;
  size: number;
  clobber: boolean;
  create: CreateOptions;
  log: Log;
}

export interface Published extends UploadResult {
  release: ReleaseInfo;
  createdRelease: boolean;
}

export async function publishArchive(o: PublishOptions): Promise<Published> {
  const { release, created } = await ensureRelease(o.gh, o.repo, o.tag, o.create, o.log);
  const up = await uploadAsset({
    gh: o.gh,
    token: o.token,
    repo: o.repo,
    release,
    file: o.file,
    name: o.assetName,
    sha256: o.sha256,
    size: o.size,
    clobber: o.clobber,
    log: o.log,
  });
  // Whoever filled a draft publishes it; a racing job may already have (then this is a no-op).
  const final = release.draft ? await publish(o.gh, o.repo, release, !!o.create.makeLatest) : release;
  // An asset of a draft has an "untagged-..." download URL; the published release knows the real one.
  const asset = final.assets?.find((a) => a.id === up.asset.id) ?? up.asset;
  return { ...up, asset, release: final, createdRelease: created };
}
