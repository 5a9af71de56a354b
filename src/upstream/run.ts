/**
 * check-upstream from start to end, shared by the action and `sync check`: read the manifest,
 * check, write the output file, rewrite the manifest, open or refresh the update PRs. The entry
 * points only turn inputs or flags into `RunCheckOptions` and the result into outputs or lines.
 *
 * The usual failures (no manifest, an unusable option) are found before the YAML parser, the
 * upstream library or Octokit is loaded: a refused run starts as fast as node itself.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { UserError } from '../runtime/errors.js';
import type { Log } from '../runtime/log.js';
import type { GitHub } from '../github/client.js';
import { readManifestText } from '../manifest/names.js';
import type { CheckResult, EntryResult, ManifestJson } from './check.js';
import type { PullRequestResult } from './pull-request.js';

export const UPDATE_MODES = ['none', 'manifest', 'pull-request'] as const;
export type UpdateMode = (typeof UPDATE_MODES)[number];

export interface RunCheckOptions {
  manifestPath: string;
  names?: string[];
  /** Only the entries tracking this repository (a dispatch's `client_payload.upstream`). */
  onlyUpstream?: string;
  includePrereleases?: boolean;
  token?: string;
  serverUrl: string;
  apiUrl?: string;
  update: UpdateMode;
  /** Also write the SPEC §7 JSON here (folders made as needed). */
  outputFile?: string;
  /** owner/name the update PRs are opened in (update: pull-request). */
  repo?: string;
  /** The checkout the manifest lives in. */
  workspace: string;
  labels?: string[];
  /** A ready client (tests); else one is made for update: pull-request. */
  client?: GitHub;
  /** What "the token" is called where the user sets it (an input or an environment variable). */
  tokenHint?: string;
}

export interface RunCheckResult {
  result: CheckResult;
  json: ManifestJson;
  updated: EntryResult[];
  failed: EntryResult[];
  /** The manifest file was rewritten. */
  manifestUpdated: boolean;
  pulls: PullRequestResult[];
}

/** Refuses options that cannot work, before anything heavy is loaded. */
export function validateRunCheck(opts: RunCheckOptions): void {
  if (!(UPDATE_MODES as readonly string[]).includes(opts.update))
    throw new UserError(`input "update" must be one of ${UPDATE_MODES.join(', ')}, got "${opts.update}"`);
  if (opts.update === 'pull-request') {
    if (!opts.token)
      throw new UserError(`update: pull-request needs a token that may push and open pull requests${opts.tokenHint ? ` (${opts.tokenHint})` : ''}`);
    if (!opts.repo) throw new UserError('update: pull-request needs GITHUB_REPOSITORY (the repository to open PRs in)');
  }
}

export async function runCheck(opts: RunCheckOptions, log: Log): Promise<RunCheckResult> {
  validateRunCheck(opts);
  const text = await readManifestText(opts.manifestPath);
  const { parseManifest } = await import('../manifest/manifest.js');
  const { checkUpstreams, manifestJson } = await import('./check.js');
  const manifest = parseManifest(text, opts.manifestPath);

  const result = await checkUpstreams(
    {
      manifest,
      names: opts.names,
      onlyUpstream: opts.onlyUpstream,
      includePrereleases: opts.includePrereleases,
      token: opts.token,
      serverUrl: opts.serverUrl,
      apiUrl: opts.apiUrl,
    },
    log,
  );
  const json = manifestJson(result);
  const updated = result.entries.filter((e) => e.updateAvailable);
  const failed = result.entries.filter((e) => e.error);
  if (opts.outputFile) {
    await mkdir(dirname(resolve(opts.outputFile)), { recursive: true });
    await writeFile(opts.outputFile, `${JSON.stringify(json, null, 2)}\n`);
  }

  let manifestUpdated = false;
  let pulls: PullRequestResult[] = [];
  if (opts.update !== 'none' && updated.length) {
    const { updateManifestFile } = await import('./manifest-update.js');
    const changes = Object.fromEntries(updated.map((e) => [e.name, e.newVersion!]));
    manifestUpdated = await updateManifestFile(opts.manifestPath, changes);
    if (opts.update === 'pull-request') {
      const client = opts.client ?? (await import('../github/client.js')).createClient({ token: opts.token!, apiUrl: opts.apiUrl, warn: (m) => log.warn(m) });
      const { openUpdatePullRequests } = await import('./pull-request.js');
      pulls = await openUpdatePullRequests(
        updated,
        {
          repo: opts.repo!,
          workspace: opts.workspace,
          manifest: opts.manifestPath,
          token: opts.token!,
          serverUrl: opts.serverUrl,
          client,
          labels: opts.labels,
        },
        log,
      );
    }
  }
  return { result, json, updated, failed, manifestUpdated, pulls };
}
