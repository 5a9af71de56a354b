/**
 * Create-or-reuse the release, upload the archive, publish the draft we filled.
 *
 * Jobs racing on a new tag each create a draft of their own (GitHub lets drafts share a tag) and
 * fill it; the first to publish wins the tag and the others meet 422 `already_exists`. A loser
 * uploads its archive again, to the winner's published release (same clobber rules), and deletes
 * its own draft, so however many jobs race there is one published release holding every asset and
 * no draft left behind. A job that fails before publishing deletes its draft too.
 */
import type { GitHub } from '../github/client.js';
import type { Log } from '../runtime/log.js';
import { UserError, oneLine } from '../runtime/errors.js';
import { awaitRelease, deleteDraft, ensureRelease, publish, type CreateOptions, type ReleaseInfo } from './api.js';
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
  const upload = (into: ReleaseInfo) =>
    uploadAsset({
      gh: o.gh,
      token: o.token,
      repo: o.repo,
      release: into,
      file: o.file,
      name: o.assetName,
      sha256: o.sha256,
      size: o.size,
      clobber: o.clobber,
      log: o.log,
    });
  if (!release.draft) return { ...(await upload(release)), release, createdRelease: false };
  let published = false;
  try {
    const up = await upload(release);
    const final = await publish(o.gh, o.repo, release, !!o.create.makeLatest);
    if (final) {
      published = true;
      // An asset of a draft has an "untagged-..." download URL; the published release knows the real one.
      const asset = final.assets?.find((a) => a.id === up.asset.id) ?? up.asset;
      return { ...up, asset, release: final, createdRelease: created };
    }
    // Another job published its own draft of this tag first: our asset goes to its release.
    o.log.info(`release ${o.tag} was published by a concurrent job; putting ${o.assetName} there and deleting this job's draft`);
    const winner = await awaitRelease(o.gh, o.repo, o.tag);
    if (!winner)
      throw new UserError(`release ${o.tag} in ${o.repo}: publishing met "already_exists" but no published release of that tag can be read; re-run to finish`);
    const moved = await upload(winner);
    return { ...moved, release: winner, createdRelease: false };
  } finally {
    // A draft this job created and did not publish (it lost the race, or the step failed) goes, with
    // whatever it holds. Only our own: a server that refused a second draft gave us another job's.
    if (created && !published) {
      await deleteDraft(o.gh, o.repo, release.id).catch((err: unknown) => {
        o.log.warn(`could not delete this job's draft of release ${o.tag} (id ${release.id}); delete it by hand: ${oneLine(err)}`);
      });
    }
  }
}
