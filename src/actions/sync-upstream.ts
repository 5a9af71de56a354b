import * as core from '../runtime/runner.js';
import { actionsLog } from '../runtime/actions-log.js';
import { settingLines } from '../cousins/subscriptions.js';
import { UserError } from '../runtime/errors.js';
import { booleanInput, integerInput, listInput, runStep, tokenInput } from '../runtime/step.js';

const multiline = (name: string) => settingLines(core.getInput(name));

await runStep(async () => {
  const upstream = core.getInput('upstream').trim();
  const method = core.getInput('method').trim() || 'copy';
  const dryRun = booleanInput('dry-run', false);
  const serverUrl = (process.env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  const repo = process.env.GITHUB_REPOSITORY ?? '';
  const { runSync } = await import('../cousins/run-sync.js');
  const outcome = await runSync(
    {
      upstream,
      token: tokenInput('token'),
      upstreamToken: tokenInput('upstream-token'),
      method,
      subscriptions: core.getInput('subscriptions'),
      pathMap: multiline('path-map'),
      base: core.getInput('base').trim() || undefined,
      branchTemplate: core.getInput('branch').trim() || 'upstream-sync/{feature}',
      labels: listInput('labels'),
      maxAgeDays: integerInput('max-age-days', 0, 0),
      reportFailures: booleanInput('report-failures', false),
      dryRun,
      workspace: process.env.GITHUB_WORKSPACE || process.cwd(),
      serverUrl,
      repo,
      eventName: process.env.GITHUB_EVENT_NAME ?? '',
      event: core.readEvent(),
      feature: core.getInput('feature').trim() || undefined,
      sha: core.getInput('sha').trim() || undefined,
      runUrl: process.env.GITHUB_RUN_ID ? `${serverUrl}/${repo}/actions/runs/${process.env.GITHUB_RUN_ID}` : undefined,
      setting: (name) => `input "${name}"`,
    },
    actionsLog,
  );

  core.setOutput('result', outcome.result);
  core.setOutput('pr-number', outcome.prNumber !== undefined ? String(outcome.prNumber) : '');
  core.setOutput('pr-url', outcome.prUrl ?? '');
  core.setOutput('branch', outcome.branch ?? '');
  core.setOutput(
    'results',
    JSON.stringify(
      outcome.features.map((f) => ({ feature: f.feature, result: f.result, branch: f.branch, 'pr-number': f.prNumber, 'pr-url': f.prUrl, reason: f.reason })),
    ),
  );

  const summary = core.summary.addHeading('sync-upstream', 3);
  summary.addRaw(`${upstream}${outcome.sha ? `@${outcome.sha.slice(0, 7)}` : ''} → ${repo} (${method}${dryRun ? ', dry run' : ''}): **${outcome.result}**\n\n`);
  if (outcome.features.length) {
    const cell = (s: string | undefined) => (s ?? '').replace(/[|`<>]/g, (c) => `&#${c.charCodeAt(0)};`);
    summary.addTable([
      [
        { data: 'Feature', header: true },
        { data: 'Result', header: true },
        { data: 'Pull request', header: true },
        { data: 'Note', header: true },
      ],
      ...outcome.features.map((f) => [cell(f.feature), f.result, f.prUrl ? `<a href="${cell(f.prUrl)}">#${f.prNumber}</a>` : '', cell(f.reason)]),
    ]);
  } else if (outcome.reason) summary.addRaw(`${outcome.reason.replace(/[<>]/g, '')}\n`);
  await summary.write();

  if (outcome.result === 'rejected') throw new UserError(`rejected: ${outcome.reason}`);
  if (outcome.result === 'failed')
    throw new UserError(
      `sync failed: ${outcome.features
        .filter((f) => f.result === 'failed')
        .map((f) => f.reason)
        .join('; ')}`,
    );
  if (outcome.result === 'skipped') core.info(`skipped: ${outcome.reason}`);
});
