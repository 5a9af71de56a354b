import type { Command, Options } from '../command.js';
import { resolveContext } from '../context.js';
import { WEBHOOK_HELP_ROWS, WEBHOOK_OPTIONS, serveWebhook, type WebhookValues } from '../webhook.js';

export const command: Command = {
  summary: 'serve GitHub webhooks from upstreams and turn them into upstream-update dispatches',
  usage: 'ghsync webhook --secret-env VAR --target owner/name [--port N] [--manifest versions.yml]',
  help: WEBHOOK_HELP_ROWS,
  options: WEBHOOK_OPTIONS as unknown as Options,
  async run(_positionals, values) {
    // Sets GITHUB_API_URL from the origin remote when the environment does not.
    await resolveContext({ repo: values.repo as string | undefined });
    return serveWebhook(values as WebhookValues);
  },
};
