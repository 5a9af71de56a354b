import * as core from '../runtime/runner.js';
import { actionsLog } from '../runtime/actions-log.js';
import { UserError } from '../runtime/errors.js';
import { booleanInput, integerInput, runStep, tokenInput } from '../runtime/step.js';

const escapeHtml = (s: string) => s.replace(/[&<>"|]/g, (c) => `&#${c.charCodeAt(0)};`);

await runStep(async () => {
  const token = tokenInput('token');
  if (!token) throw new UserError('input "token" is required: a PAT or app token that may dispatch to the cousins (the default GITHUB_TOKEN cannot)');
  const dryRun = booleanInput('dry-run', false);
  const failOnError = booleanInput('fail-on-error', true);
  const concurrency = integerInput('concurrency', 4);
  const eventType = core.getInput('event-type').trim() || 'feature-update';
  if (eventType.length > 100) throw new UserError('input "event-type" must be at most 100 characters');

  // Heavy modules (Octokit) only once the inputs are known to be usable.
  const { createClient } = await import('../github/client.js');
  const { rangeFromEvent } = await import('../cousins/changes.js');
  const { dispatchCousins } = await import('../cousins/run-dispatch.js');

  const event = core.readEvent();
  const range = rangeFromEvent({
    eventName: process.env.GITHUB_EVENT_NAME ?? '',
    event,
    repository: process.env.GITHUB_REPOSITORY ?? '',
    ref: process.env.GITHUB_REF,
    sha: process.env.GITHUB_SHA,
    base: core.getInput('base').trim(),
    head: core.getInput('head').trim(),
  });
  const client = createClient({ token, warn: (m) => core.info(m) });
  const defaultBranch = (event as { repository?: { default_branch?: string } }).repository?.default_branch;
  const result = await dispatchCousins({
    client,
    ecosystem: core.getInput('ecosystem').trim() || 'ecosystem.json',
    range,
    eventType,
    dryRun,
    concurrency,
    workspace: process.env.GITHUB_WORKSPACE || process.cwd(),
    defaultBranch,
    log: actionsLog,
  });

  core.setOutput('dispatched', JSON.stringify(result.dispatched));
  core.setOutput('features', JSON.stringify(result.features));

  const failed = result.dispatched.filter((d) => d.status === 'failed');
  const rows = result.dispatched.map((d) => [
    d.repo,
    d.features.map((f) => `<code>${escapeHtml(f)}</code>`).join('<br>'),
    d.status === 'failed' ? `❌ failed: ${escapeHtml(d.error ?? '')}` : d.status === 'dry-run' ? 'dry run (not sent)' : '✅ dispatched',
  ]);
  const summary = core.summary.addHeading('dispatch-cousins', 3);
  summary.addRaw(`${result.files} changed files (${result.via}); ${result.features.length} subscribed features changed.\n\n`);
  for (const n of result.notes) summary.addRaw(`> ${n}\n\n`);
  if (rows.length) {
    summary.addTable([
      [
        { data: 'Cousin', header: true },
        { data: 'Features', header: true },
        { data: 'Result', header: true },
      ],
      ...rows,
    ]);
  } else summary.addRaw(range.deleted ? 'The push deleted its ref: nothing dispatched.\n' : 'No cousin subscribes to what changed: nothing dispatched.\n');
  if (result.refusals) summary.addRaw(`\nRate limit: ${result.refusals} refusals waited out.\n`);
  await summary.write();

  if (failed.length) {
    const message = `${failed.length} of ${result.dispatched.length} dispatches failed: ${failed.map((f) => `${f.repo} (${f.error})`).join('; ')}`;
    if (failOnError) throw new UserError(message);
    core.warning(message);
  }
});
