import * as core from '../runtime/runner.js';
import { actionsLog } from '../runtime/actions-log.js';
import { UserError } from '../runtime/errors.js';
import { booleanInput, listInput, runStep, tokenInput } from '../runtime/step.js';
import type { EntryResult } from '../upstream/check.js';
import { parseRepoRef } from '../github/repo-ref.js';
import type { PullRequestResult } from '../upstream/pull-request.js';
import { runCheck, validateRunCheck, type RunCheckOptions, type UpdateMode } from '../upstream/run.js';

async function main(): Promise<void> {
  const manifestPath = core.getInput('manifest') || 'versions.yml';
  const token = tokenInput('token');
  const update = (core.getInput('update').trim() || 'none') as UpdateMode;
  const failOnUpdate = booleanInput('fail-on-update', false);
  const failOnError = booleanInput('fail-on-error', true);
  const includePrereleases = booleanInput('include-prereleases', false);
  const outputFile = core.getInput('output-file').trim();
  const serverUrl = (process.env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  const options: RunCheckOptions = {
    manifestPath,
    names: listInput('names'),
    includePrereleases,
    token,
    serverUrl,
    update,
    outputFile: outputFile || undefined,
    repo: process.env.GITHUB_REPOSITORY || undefined,
    workspace: process.env.GITHUB_WORKSPACE || process.cwd(),
    labels: listInput('labels'),
  };
  validateRunCheck(options);
  const onlyUpstream = dispatchedUpstream();
  if (onlyUpstream) core.info(`repository_dispatch for ${onlyUpstream}: checking only the entries tracking it`);

  const { result, json, updated, failed, pulls, manifestUpdated } = await runCheck({ ...options, onlyUpstream }, actionsLog);
  if (manifestUpdated) core.info(`${manifestPath}: updated ${updated.map((e) => e.name).join(', ')}`);
  if (onlyUpstream && !result.entries.length) core.notice(`no entry of ${manifestPath} tracks ${onlyUpstream}; nothing to check`);

  core.setOutput('manifest', JSON.stringify(json));
  core.setOutput('updates', JSON.stringify(updated.map((e) => e.name)));
  core.setOutput('has-updates', updated.length ? 'true' : 'false');
  core.setOutput(
    'pull-requests',
    JSON.stringify(
      pulls.map((p) => ({
        name: p.name,
        branch: p.branch,
        action: p.action ?? 'failed',
        number: p.number ?? null,
        url: p.url ?? null,
        ...(p.error ? { error: p.error } : {}),
      })),
    ),
  );

  await writeSummary(result.entries, result.skipped, pulls, update);

  const problems: string[] = [];
  if (failOnError && failed.length) problems.push(`could not check ${failed.map((e) => `${e.name} (${e.error})`).join('; ')}`);
  const badPulls = pulls.filter((p) => p.error);
  if (badPulls.length) problems.push(`could not open update PRs for ${badPulls.map((p) => `${p.name} (${p.error})`).join('; ')}`);
  if (failOnUpdate && updated.length)
    problems.push(`updates available (fail-on-update): ${updated.map((e) => `${e.name} ${e.pinned} -> ${e.newVersion}`).join(', ')}`);
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
    const latest = e.error ? `⚠️ ${e.error}` : `${(e.track === 'commits' ? short(e.latestCommit) : e.latestTag) ?? ''}${e.warning ? ' ⚠️' : ''}`;
    const link = e.updateAvailable
      ? [e.releaseUrl && `[${e.track === 'commits' ? 'commit' : 'release'}](${e.releaseUrl})`, e.compareUrl && `[compare](${e.compareUrl})`]
          .filter(Boolean)
          .join(' · ')
      : `[upstream](${e.upstreamRepo})`;
    const p = byName.get(e.name);
    const pr = p ? (p.error ? `⚠️ ${p.error}` : `[#${p.number}](${p.url}) ${p.action}`) : '';
    return [e.name, current, latest, e.error ? 'error' : e.updateType, link, ...(update === 'pull-request' ? [pr] : [])].map(cell);
  });
  const lines = ['### check-upstream', '', `| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)];
  if (!entries.length) lines.push('', 'No entry to check.');
  const warned = entries.filter((e) => e.warning);
  if (warned.length) lines.push('', ...warned.map((e) => `- ⚠️ **${e.name}**: ${e.warning}`));
  if (skipped.length) lines.push('', `Without an upstream (not checked): ${skipped.join(', ')}`);
  await core.summary.addRaw(lines.join('\n') + '\n').write();
}

// Last, so every module-level constant above is initialised before the step runs.
await runStep(main);
