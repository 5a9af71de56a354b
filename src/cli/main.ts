/**
 * `ghsync`: the actions' library on a laptop. Exit codes: 0 ok, 1 failed, 2 usage error.
 * Each command lives in commands/<name>.ts and is loaded only when used, so `ghsync --help`
 * and a cold start stay fast.
 */
import { parseArgs } from 'node:util';
import { oneLine, UserError } from '../runtime/errors.js';
import { COMMON_HELP, COMMON_OPTIONS, UsageError, type Command } from './command.js';
import { createOutput } from './output.js';
import { cliWords } from './words.js';

export { cliWords } from './words.js';

export const VERSION = '0.1.0';

const COMMANDS: Record<string, { summary: string; load: () => Promise<{ command: Command }> }> = {
  ensure: { summary: 'ensure a pinned binary: tool cache, release, download, or build and release', load: () => import('./commands/ensure.js') },
  release: { summary: 'package a binary (or a platform bundle) and upload it to its release', load: () => import('./commands/release.js') },
  check: { summary: 'which pinned versions have a newer upstream', load: () => import('./commands/check.js') },
  dispatch: { summary: 'tell subscribed cousin repositories which features changed', load: () => import('./commands/dispatch.js') },
  apply: { summary: 'apply a dispatched feature update from a payload file (sync-upstream)', load: () => import('./commands/apply.js') },
  webhook: { summary: 'serve GitHub webhooks and turn upstream events into dispatches', load: () => import('./commands/webhook.js') },
  status: { summary: 'each entry: pinned version, tool cache folder, platforms its release holds', load: () => import('./commands/status.js') },
  path: { summary: 'put the ensured binaries on PATH: print what to eval, or --link them into one folder', load: () => import('./commands/path.js') },
  init: {
    summary: 'scaffold versions.yml, ecosystem.json or subscriptions.json and the workflows (never overwrites)',
    load: () => import('./commands/init.js'),
  },
  watch: { summary: "follow a project's releases: swap in changed binaries, run --on-update", load: () => import('./commands/watch.js') },
  rollback: { summary: 'put back the previous binary that watch replaced (no network)', load: () => import('./commands/rollback.js') },
  replay: { summary: "list and redeliver a webhook's missed deliveries through the API", load: () => import('./commands/replay.js') },
  poll: { summary: 'look for upstream changes without webhooks and dispatch what moved', load: () => import('./commands/poll.js') },
  relay: { summary: 'a self-hosted webhook relay (smee.io and gosmee compatible) with history', load: () => import('./commands/relay.js') },
};

/** `list` is what people type for `status`. */
const ALIASES: Record<string, string> = { list: 'status', env: 'path' };

function mainHelp(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
  return [
    'ghsync: GitHub Releases as the binary cache, repository_dispatch for cousin updates',
    '',
    'Usage: ghsync <command> [options]    (ghsync <command> --help for its options)',
    '',
    'Commands:',
    ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`),
    '',
    'Environment: GITHUB_TOKEN or GH_TOKEN (token), GITHUB_API_URL (API host; default from the origin remote)',
    'Exit codes: 0 ok, 1 failed, 2 usage error',
    '',
  ].join('\n');
}

export function commandHelp(name: string, c: Command): string {
  const rows = [...c.help, ...COMMON_HELP];
  const width = Math.max(...rows.map(([f]) => f.length));
  return [`ghsync ${name}: ${c.summary}`, '', `Usage: ${c.usage}`, '', 'Options:', ...rows.map(([f, t]) => `  ${f.padEnd(width)}  ${t}`), ''].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(mainHelp());
    return name || argv.length ? 0 : 2;
  }
  if (name === '--version' || name === '-V') {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const entry = COMMANDS[ALIASES[name] ?? name];
  if (!entry) {
    process.stderr.write(`ghsync: unknown command "${name}" (see ghsync --help)\n`);
    return 2;
  }
  const { command } = await entry.load();
  let parsed;
  try {
    parsed = parseArgs({ args: rest, options: { ...COMMON_OPTIONS, ...command.options }, allowPositionals: true, strict: true });
  } catch (err) {
    process.stderr.write(`ghsync ${name}: ${oneLine(err)} (see ghsync ${name} --help)\n`);
    return 2;
  }
  if (parsed.values.help) {
    process.stdout.write(commandHelp(name, command));
    return 0;
  }
  if (parsed.values.verbose) process.env.SYNC_DEBUG = '1';
  const out = createOutput(Boolean(parsed.values.json));
  try {
    return await command.run(parsed.positionals, parsed.values as Record<string, string | boolean | undefined>, out);
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`ghsync ${name}: ${err.message} (see ghsync ${name} --help)\n`);
      return 2;
    }
    const msg = cliWords(oneLine(err));
    if (!(err instanceof UserError) && process.env.SYNC_DEBUG && err instanceof Error) process.stderr.write(`${err.stack}\n`);
    if (out.json) process.stdout.write(`${JSON.stringify({ ok: false, error: msg }, null, 2)}\n`);
    process.stderr.write(`ghsync ${name}: ${msg}\n`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
