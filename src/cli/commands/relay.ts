import { UserError } from '../../runtime/errors.js';
import type { Command, Options, Values } from '../command.js';
import { parseDuration } from '../../relay/duration.js';
import { CHANNEL_NAME, startRelay } from '../../relay/server.js';
import { UsageError } from '../command.js';

const HELP: Array<[string, string]> = [
  ['--port N', 'port to listen on (0 picks a free one; the URL is the first line printed)'],
  ['--host ADDR', 'address to bind (default 127.0.0.1; put a TLS proxy or tunnel in front)'],
  ['--channel NAME', 'a channel to serve (12-64 of A-Z a-z 0-9 _ -); repeat for more'],
  ['--allow-new', 'GET /new makes a channel, and any valid name is served'],
  ['--secret-env VAR', 'environment variable holding the webhook secret: unsigned deliveries get 401'],
  ['--journal DIR', "keep each channel's history on disk (written before the 2xx), so a restart keeps it"],
  ['--history N', 'events kept per channel for clients that reconnect (default 1000; also 64 MiB, 72 h)'],
  ['--heartbeat DUR', 'keepalive period on every stream (default 25s)'],
];

const OPTIONS: Options = {
  port: { type: 'string' },
  host: { type: 'string' },
  channel: { type: 'string', multiple: true },
  'allow-new': { type: 'boolean' },
  'secret-env': { type: 'string' },
  journal: { type: 'string' },
  history: { type: 'string' },
  heartbeat: { type: 'string' },
};

function settings(values: Values) {
  const text = (k: string) => (typeof values[k] === 'string' ? (values[k] as string) : undefined);
  const port = Number(text('port') ?? process.env.PORT ?? NaN);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError('--port N is required (0-65535)');
  const channels = (values.channel as string[] | undefined) ?? [];
  for (const c of channels) if (!CHANNEL_NAME.test(c)) throw new UsageError(`--channel "${c}" must be 12-64 of A-Z a-z 0-9 _ -`);
  if (!channels.length && !values['allow-new']) throw new UsageError('give at least one --channel NAME, or --allow-new');
  let secret: string | undefined;
  const secretEnv = text('secret-env');
  if (secretEnv) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(secretEnv)) throw new UsageError('--secret-env takes a variable name, not a value');
    secret = process.env[secretEnv];
    if (!secret) throw new UserError(`environment variable ${secretEnv} is not set or empty: it must hold the webhook secret`);
  }
  const history = text('history') === undefined ? undefined : Number(text('history'));
  if (history !== undefined && !(Number.isInteger(history) && history >= 0)) throw new UsageError('--history takes a number of events');
  return {
    port,
    host: text('host') ?? '127.0.0.1',
    channels,
    allowNew: Boolean(values['allow-new']),
    secret,
    journalDir: text('journal'),
    history: history === undefined ? undefined : { maxEvents: history },
    heartbeatMs: text('heartbeat') === undefined ? undefined : parseDuration(text('heartbeat')!, '--heartbeat'),
  };
}

export const command: Command = {
  summary: 'a self-hosted webhook relay (smee.io and gosmee compatible) with history',
  usage: 'ghsync relay --port N --channel NAME [--channel ...] [--allow-new] [--secret-env VAR] [--journal DIR]',
  help: HELP,
  options: OPTIONS,
  async run(_positionals, values) {
    const s = settings(values);
    const log = {
      info: (m: string) => process.stdout.write(`${m}\n`),
      warn: (m: string) => process.stderr.write(`${m}\n`),
      debug: () => {},
    };
    const relay = await startRelay({ ...s, log }).catch((err: NodeJS.ErrnoException) => {
      throw new UserError(`cannot listen on ${s.host}:${s.port}: ${err.code ?? err.message}`);
    });
    process.stdout.write(`${relay.url}\n`);
    log.info(JSON.stringify({ msg: 'listening', url: relay.url, channels: s.channels.map((c) => `${relay.url}/${c}`), journal: s.journalDir ?? null }));
    await new Promise<void>((resolve) => {
      const stop = () => {
        process.off('SIGTERM', stop);
        process.off('SIGINT', stop);
        resolve();
      };
      process.on('SIGTERM', stop);
      process.on('SIGINT', stop);
    });
    await relay.close();
    log.info(JSON.stringify({ msg: 'shutdown', outcome: 'closed' }));
    return 0;
  },
};
