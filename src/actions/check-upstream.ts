import * as core from '../runtime/runner.js';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { actionsLog } from '../runtime/actions-log.js';
import { UserError } from '../runtime/errors.js';
import { booleanInput, listInput, runStep, tokenInput } from '../runtime/step.js';
import type { EntryResult } from '../upstream/check.js';
import { parseRepoRef } from '../github/repo-ref.js';
import type { PullRequestResult } from '../upstream/pull-request.js';

const UPDATE_MODES = ['none', 'manifest', 'pull-request'] as const;

async function main(): Promise<void> {
  const manifestPath = core.getInput('manifest') || 'versions.yml';
  const token = tokenInput('token');
  const update = (core.getInput('update').trim() || 'none') as (typeof UPDATE_MODES)[number];
  if (!UPDATE_MODES.includes(update)) throw new UserError(`input "update" must be one of ${UPDATE_MODES.join(', ')}, got "${update}"`);
  const failOnUpdate = booleanInput('fail-on-update', false);
  const failOnError = booleanInput('fail-on-error', true);
  const includePrereleases = booleanInput('include-prereleases', false);
  const outputFile = core.getInput('output-file').trim();
  const serverUrl = (process.env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');

  // The YAML parser and the upstream library load only once the inputs are known to be usable.
  const { loadManifest } = await import('../manifest/manifest.js');
  const { checkUpstreams, manifestJson } = await import('../upstream/check.js');
  const manifest = await loadManifest(manifestPath);
  const onlyUpstream = dispatchedUpstream();
  if (onlyUpstream) core.info(`repository_dispatch for ${onlyUpstream}: checking only the entries tracking it`);

  const result = await checkUpstreams({ manifest, names: listInput('names'), onlyUpstream, includePrereleases, token, serverUrl }, actionsLog);
  if (onlyUpstream && !result.entries.length) core.notice(`no entry of ${manifestPath} tracks ${onlyUpstream}; nothing to check`);

  const json = manifestJson(result);
  const updated = result.entries.filter((e) => e.updateAvailable);
  const failed = result.entries.filter((e) => e.error);
  core.setOutput('manifest', JSON.stringify(json));
  core.setOutput('updates', JSON.stringify(updated.map((e) => e.name)));
  core.setOutput('has-updates', updated.length ? 'true' : 'false');
  if (outputFile) {
    await mkdir(dirname(resolve(outputFile)), { recursive: true });
    await writeFile(outputFile, `${JSON.stringify(json, null, 2)}\n`);
  }

  let pulls: PullRequestResult[] = [];
  if (update !== 'none' && updated.length) {
    const { updateManifestFile } = await import('../upstream/manifest-update.js');
    const changes = Object.fromEntries(updated.map((e) => [e.name, e.newVersion!]));
    if (await updateManifestFile(manifestPath, changes)) core.info(`${manifestPath}: updated ${Object.keys(changes).join(', ')}`);
    if (update === 'pull-request') {
      if (!token) throw new UserError('update: pull-request needs a token that may push and open pull requests');
      const repo = process.env.GITHUB_REPOSITORY;
      if (!repo) throw new UserError('update: pull-request needs GITHUB_REPOSITORY (the repository to open PRs in)');
      const { createClient } = await import('../github/client.js');
      const { openUpdatePullRequests } = await import('../upstream/pull-request.js');
      const client = createClient({ token, warn: (m) => core.warning(m) });
      pulls = await openUpdatePullRequests(
        updated,
        { repo, workspace: process.env.GITHUB_WORKSPACE || process.cwd(), manifest: manifestPath, token, serverUrl, client, labels: listInput('labels') },
        actionsLog,
      );
    }
  }
  core.setOutput('pull-requests', JSON.stringify(pulls.map((p) => ({ name: p.name, branch: p.branch, action: p.action ?? 'failed', number: p.number ?? null, url: p.url ?? null, ...(p.error ? { error: p.error } : {}) }))));

  await writeSummary(result.entries, result.skipped, pulls, update);

  const problems: string[] = [];
  if (failOnError && failed.length) problems.push(`could not check ${failed.map((e) => `${e.name} (${e.error})`).join('; ')}`);
  const badPulls = pulls.filter((p) => p.error);
  if (badPulls.length) problems.push(`could not open update PRs for ${badPulls.map((p) => `${p.name} (${p.error})`).join('; ')}`);
  if (failOnUpdate && updated.length) problems.push(`updates available (fail-on-update): ${updated.map((e) => `${e.name} ${e.pinned} -> ${e.newVersion}`).join(', ')}`);
  if (problems.length) throw new UserError(problems.join('; '));
}

/** `client_payload.upstream` of a repository_dispatch, when it is a plausible repository name. */
function dispatchedUpstream(): string | undefined {
  if (process.env.GITHUB_EVENT_NAME !== 'repository_dispatch') return undefined;
  const event = core.readEvent() as { client_payload?: { upstream?: unknown } };
  const upstream = event.client_payload?.upstream;
  if (upstream === undefined) return undefined;
  // Untrusted input: it only ever filters entries, and only when it looks like a repository.
  if (typeof upstream !== 'string' || !parseRepoRef(upstream)) {
    core.warning('repository_dispatch: client_payload.upstream is not owner/name; checking every entry');
    return undefined;
  }
  return upstream;
}

const cell = (s: string | null | undefined) => (s ?? '').replace(/\|/g, '\\|').replace(/\n/g, ' ');
const short = (v: string | null) => (v && /^[0-9a-f]{40}$/.test(v) ? v.slice(0, 12) : v);

async function writeSummary(entries: EntryResult[], skipped: string[], pulls: PullRequestResult[], update: string): Promise<void> {
  const byName = new Map(pulls.map((p) => [p.name, p]));
  const head = ['entry', 'current', 'latest', 'kind', 'link', ...(update === 'pull-request' ? ['pull request'] : [])];
  const rows = entries.map((e) => {
    const current = e.track === 'commits' ? short(e.currentCommit ?? e.pinned) : (e.currentTag ?? e.pinned);
    const latest = e.error ? `⚠️ ${e.error}` : e.updateAvailable ? (e.track === 'commits' ? short(e.latestCommit) : e.latestTag) : (e.track === 'commits' ? short(e.latestCommit) : e.latestTag);
    const link = e.updateAvailable ? [e.releaseUrl && `[${e.track === 'commits' ? 'commit' : 'release'}](${e.releaseUrl})`, e.compareUrl && `[compare](${e.compareUrl})`].filter(Boolean).join(' · ') : `[upstream](${e.upstreamRepo})`;
    const p = byName.get(e.name);
    const pr = p ? (p.error ? `⚠️ ${p.error}` : `[#${p.number}](${p.url}) ${p.action}`) : '';
    return [e.name, current, latest, e.error ? 'error' : e.updateType, link, ...(update === 'pull-request' ? [pr] : [])].map(cell);
  });
  const lines = [
    '### check-upstream',
    '',
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ];
  if (!entries.length) lines.push('', 'No entry to check.');
  if (skipped.length) lines.push('', `Without an upstream (not checked): ${skipped.join(', ')}`);
  await core.summary.addRaw(lines.join('\n') + '\n').write();
}

// Last, so every module-level constant above is initialised before the step runs.
await runStep(main);
