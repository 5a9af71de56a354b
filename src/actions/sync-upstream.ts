import * as core from '../runtime/runner.js';
import { actionsLog } from '../runtime/actions-log.js';
import { loadSubscriptions, settingLines } from '../cousins/subscriptions.js';
import { UserError } from '../runtime/errors.js';
import { booleanInput, integerInput, listInput, runStep, tokenInput } from '../runtime/step.js';

const multiline = (name: string) => settingLines(core.getInput(name));

await runStep(async () => {
  const upstream = core.getInput('upstream').trim();
  const { isRepoName } = await import('../manifest/names.js');
  if (!upstream || !isRepoName(upstream)) throw new UserError(`input "upstream" must be the owner/name of the upstream repository, got "${upstream}"`);
  const token = tokenInput('token');
  if (!token) throw new UserError('input "token" is empty: give a token that may push branches and open pull requests here');
  const upstreamToken = tokenInput('upstream-token') || token;
  const method = core.getInput('method').trim() || 'copy';
  const { METHODS } = await import('../cousins/apply.js');
  if (!(METHODS as string[]).includes(method)) throw new UserError(`input "method" must be one of ${METHODS.join(', ')}, got "${method}"`);
  const dryRun = booleanInput('dry-run', false);
  const reportFailures = booleanInput('report-failures', false);
  const maxAgeDays = integerInput('max-age-days', 0, 0);
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  const subscriptions = loadSubscriptions(core.getInput('subscriptions'), workspace);
  const { parsePathMap, syncUpstream } = await import('../cousins/sync.js');
  const pathMap = parsePathMap(multiline('path-map'));
  const labels = listInput('labels');
  const branchTemplate = core.getInput('branch').trim() || 'upstream-sync/{feature}';

  const { createClient, serverUrlFromEnv } = await import('../github/client.js');
  const warn = (m: string) => core.info(m);
  const client = createClient({ token, warn });
  const upstreamClient = upstreamToken === token ? client : createClient({ token: upstreamToken, warn });
  const serverUrl = serverUrlFromEnv();
  const repo = process.env.GITHUB_REPOSITORY ?? '';
  const event = core.readEvent();
  const runUrl = process.env.GITHUB_RUN_ID ? `${serverUrl}/${repo}/actions/runs/${process.env.GITHUB_RUN_ID}` : undefined;

  const outcome = await syncUpstream({
    client,
    upstreamClient,
    token,
    upstreamToken,
    serverUrl,
    repo,
    upstream,
    eventName: process.env.GITHUB_EVENT_NAME ?? '',
    event,
    feature: core.getInput('feature').trim() || undefined,
    sha: core.getInput('sha').trim() || undefined,
    subscriptions,
    pathMap,
    method: method as 'copy',
    base: core.getInput('base').trim() || undefined,
    branchTemplate,
    labels,
    maxAgeDays,
    reportFailures,
    dryRun,
    workspace,
    runUrl,
    log: actionsLog,
  });

  core.setOutput('result', outcome.result);
  core.setOutput('pr-number', outcome.prNumber !== undefined ? String(outcome.prNumber) : '');
  core.setOutput('pr-url', outcome.prUrl ?? '');
  core.setOutput('branch', outcome.branch ?? '');
  core.setOutput('results', JSON.stringify(outcome.features.map((f) => ({ feature: f.feature, result: f.result, branch: f.branch, 'pr-number': f.prNumber, 'pr-url': f.prUrl, reason: f.reason }))));

  const summary = core.summary.addHeading('sync-upstream', 3);
  summary.addRaw(`${upstream}${outcome.sha ? `@${outcome.sha.slice(0, 7)}` : ''} → ${repo} (${method}${dryRun ? ', dry run' : ''}): **${outcome.result}**\n\n`);
  if (outcome.features.length) {
    const cell = (s: string | undefined) => (s ?? '').replace(/[|`<>]/g, (c) => `&#${c.charCodeAt(0)};`);
    summary.addTable([
      [{ data: 'Feature', header: true }, { data: 'Result', header: true }, { data: 'Pull request', header: true }, { data: 'Note', header: true }],
      ...outcome.features.map((f) => [cell(f.feature), f.result, f.prUrl ? `<a href="${cell(f.prUrl)}">#${f.prNumber}</a>` : '', cell(f.reason)]),
    ]);
  } else if (outcome.reason) summary.addRaw(`${outcome.reason.replace(/[<>]/g, '')}\n`);
  await summary.write();

  if (outcome.result === 'rejected') throw new UserError(`rejected: ${outcome.reason}`);
  if (outcome.result === 'failed') throw new UserError(`sync failed: ${outcome.features.filter((f) => f.result === 'failed').map((f) => f.reason).join('; ')}`);
  if (outcome.result === 'skipped') core.info(`skipped: ${outcome.reason}`);
});
