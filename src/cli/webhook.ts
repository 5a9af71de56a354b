import { parseArgs } from 'node:util';
import { UserError, oneLine } from '../runtime/errors.js';
import type { Log } from '../runtime/log.js';
import { isRepoName, loadManifest, type Manifest } from '../manifest/manifest.js';
import { startStreamClient, type StreamClient } from '../relay/client.js';
import { parseDuration } from '../relay/duration.js';
import { createWebhookHandler, startWebhookServer, type CloseResult, type WebhookHandler } from '../webhook/server.js';

export const WEBHOOK_HELP = `Usage: ghsync webhook --secret-env VAR --target OWNER/REPO [options]

Serve GitHub webhooks from upstream repositories and turn push / release / tag events of
tracked upstreams into a repository_dispatch (event type "upstream-update") on the target.

Options:
  --port N           port to listen on (default: $PORT, else 8080; 0 picks a free one)
  --host ADDR        address to bind (default 127.0.0.1; put a tunnel or proxy in front)
  --secret-env VAR   name of the environment variable holding the webhook secret (required;
                     the secret itself is never taken from the command line)
  --target REPO      owner/name of the repository that receives the dispatches (required)
  --manifest FILE    versions manifest (default versions.yml); re-read on SIGHUP
  --queue-size N     dispatches waiting at most; beyond it deliveries get 503 (default 100)
  --concurrency N    dispatches in flight at once (default 4)
  --drain-timeout S  on SIGTERM/SIGINT, seconds to wait for queued dispatches (default 60)
  --source URL       also (or only) read a relay channel: smee.io, gosmee or ghsync relay;
                     repeatable; with --source, --port is optional
  --state-dir DIR    keep each source's checkpoint (the last event id settled, with every
                     earlier one) and the ids of landed dispatches here, to resume after a
                     restart (even a crash) with nothing lost and nothing dispatched twice
  --silence DUR      reconnect a source that sent nothing for this long (default 75s)
  --save-dir DIR     keep each accepted delivery as <delivery-id>.json
  --ignore-event E   acknowledge and drop this event type; repeatable
  --help             show this help

Environment: GITHUB_TOKEN or GH_TOKEN (may create dispatches on the target), GITHUB_API_URL.
Routes: POST (any path) for deliveries, GET /healthz for probes. Logs: one JSON line per
delivery and per dispatch on stdout.
`;

/** The options of `ghsync webhook` (node:util parseArgs form), for a CLI framework to merge in. */
export const WEBHOOK_OPTIONS = {
  port: { type: 'string' },
  host: { type: 'string' },
  'secret-env': { type: 'string' },
  target: { type: 'string' },
  manifest: { type: 'string' },
  'queue-size': { type: 'string' },
  concurrency: { type: 'string' },
  'drain-timeout': { type: 'string' },
  source: { type: 'string', multiple: true },
  'state-dir': { type: 'string' },
  silence: { type: 'string' },
  'save-dir': { type: 'string' },
  'ignore-event': { type: 'string', multiple: true },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The same options as [flag, text] rows for --help. */
export const WEBHOOK_HELP_ROWS: Array<[string, string]> = [
  ['--secret-env VAR', 'environment variable holding the webhook secret (required; never the secret itself)'],
  ['--target owner/name', 'repository that receives the upstream-update dispatches (required)'],
  ['--port N', 'port to listen on (default: $PORT, else 8080; 0 picks a free one)'],
  ['--host ADDR', 'address to bind (default 127.0.0.1; put a tunnel or proxy in front)'],
  ['--queue-size N', 'dispatches outstanding at most; beyond it deliveries get 503 (default 100)'],
  ['--concurrency N', 'dispatches in flight at once (default 4)'],
  ['--drain-timeout S', 'on SIGTERM/SIGINT, seconds to wait for queued dispatches (default 60)'],
  ['--source URL', 'read a relay channel (smee.io, gosmee, ghsync relay); repeatable; --port becomes optional'],
  [
    '--state-dir DIR',
    "keep each source's checkpoint and the ids of landed dispatches here: a restart, even after a crash, loses nothing and dispatches nothing twice",
  ],
  ['--silence DUR', 'reconnect a source that sent nothing, not even a heartbeat, for this long (default 75s)'],
  ['--save-dir DIR', 'keep each accepted delivery as <delivery-id>.json'],
  ['--ignore-event NAME', 'acknowledge and drop this event type; repeatable'],
];

export type WebhookValues = Partial<Record<keyof typeof WEBHOOK_OPTIONS, string | boolean | string[]>> & Record<string, unknown>;

/** Where the command writes: help and errors as text, log records as JSON lines. */
export interface WebhookIo {
  out(text: string): void;
  err(text: string): void;
  log: Log;
}

/** JSON lines on stdout (info) and stderr (warnings): each record is already JSON. */
const processIo: WebhookIo = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  log: {
    info: (m) => process.stdout.write(`${m}\n`),
    warn: (m) => process.stderr.write(`${m}\n`),
    debug: () => {},
  },
};

function integer(name: string, value: string | undefined, fallback: number, min: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new UserError(`--${name} must be a whole number of at least ${min}, got "${value}"`);
  return n;
}

/**
 * `ghsync webhook`: parses argv (the words after `webhook`), serves until SIGTERM or SIGINT, then stops
 * accepting, drains the dispatch queue and resolves with the exit code (0 once everything accepted
 * was dispatched or failed for good; 1 when the drain timed out, 2 on usage errors).
 */
export async function runWebhookCommand(argv: string[], io: WebhookIo = processIo): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      allowPositionals: false,
      strict: true,
      options: WEBHOOK_OPTIONS,
    }));
  } catch (err) {
    const text = oneLine(err);
    const hint = /--secret\b/.test(text) ? ' (put the secret in an environment variable and pass its name with --secret-env)' : '';
    io.err(`ghsync webhook: ${text}${hint}\nRun "ghsync webhook --help" for usage.\n`);
    return 2;
  }
  if (values.help) {
    io.out(WEBHOOK_HELP);
    return 0;
  }

  try {
    return await serveWebhook(values as WebhookValues, io);
  } catch (err) {
    if (err instanceof UserError) {
      io.err(`ghsync webhook: ${err.message}\n`);
      return 1;
    }
    throw err;
  }
}

/** The settings of `ghsync webhook`, checked before anything listens. */
interface Settings {
  secret: string;
  target: string;
  token: string;
  host: string;
  /** Undefined: no HTTP listener (relay sources only). */
  port?: number;
  sources: string[];
  stateDir?: string;
  silenceMs?: number;
  saveDir?: string;
  ignoreEvents: string[];
  queueSize: number;
  concurrency: number;
  drainSeconds: number;
  manifestFile: string;
}

/**
 * `ghsync webhook` from already-parsed option values (what a CLI framework hands over): serves until
 * SIGTERM/SIGINT and resolves with the exit code. Bad settings throw UserError before listening.
 * `--repo` is taken as the target when `--target` is absent.
 */
export async function serveWebhook(values: WebhookValues, io: WebhookIo = processIo): Promise<number> {
  const settings = settingsFrom(values);
  const manifest = { current: await loadManifest(settings.manifestFile) };
  const server = await listen(settings, () => manifest.current, io.log);
  return untilStopped(server, settings, manifest, io.log);
}

function settingsFrom(values: WebhookValues): Settings {
  const text = (key: string): string | undefined => (typeof values[key] === 'string' ? (values[key] as string) : undefined);
  const secretEnv = text('secret-env');
  if (!secretEnv) throw new UserError('--secret-env is required: the name of the environment variable that holds the webhook secret');
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(secretEnv)) throw new UserError(`--secret-env takes a variable name, not a value (got something that is not a name)`);
  const secret = process.env[secretEnv];
  if (!secret) throw new UserError(`environment variable ${secretEnv} is not set or empty: it must hold the webhook secret`);
  const target = text('target') ?? text('repo');
  if (!target || !isRepoName(target)) throw new UserError(`--target must be owner/name of the repository to dispatch to${target ? `, got "${target}"` : ''}`);
  const token = process.env.GITHUB_TOKEN || process.env.GH_TOKEN;
  if (!token) throw new UserError('no token: set GITHUB_TOKEN or GH_TOKEN to a token that may create dispatches on the target');
  const list = (key: string): string[] => (Array.isArray(values[key]) ? (values[key] as string[]) : []);
  const sources = list('source');
  for (const source of sources) {
    let u: URL | undefined;
    try {
      u = new URL(source);
    } catch {
      u = undefined;
    }
    if (!u || (u.protocol !== 'http:' && u.protocol !== 'https:')) throw new UserError(`--source must be an http(s) URL of a relay channel, got "${source}"`);
  }
  const portText = text('port') ?? (sources.length ? undefined : process.env.PORT);
  const port = sources.length && portText === undefined ? undefined : integer('port', portText, 8080, 0);
  if (port !== undefined && port > 65535) throw new UserError(`--port must be at most 65535, got ${port}`);
  return {
    secret,
    target,
    token,
    port,
    sources,
    stateDir: text('state-dir'),
    silenceMs: text('silence') === undefined ? undefined : parseDuration(text('silence')!, '--silence'),
    saveDir: text('save-dir'),
    ignoreEvents: list('ignore-event'),
    host: text('host') ?? '127.0.0.1',
    queueSize: integer('queue-size', text('queue-size'), 100, 1),
    concurrency: integer('concurrency', text('concurrency'), 4, 1),
    drainSeconds: integer('drain-timeout', text('drain-timeout'), 60, 0),
    manifestFile: text('manifest') ?? 'versions.yml',
  };
}

/** What serves deliveries: an HTTP listener, relay streams, or both, over one handler. */
interface Service {
  handler: WebhookHandler;
  close(options?: { drainTimeoutMs?: number }): Promise<CloseResult>;
}

async function listen(s: Settings, manifest: () => Manifest, log: Log): Promise<Service> {
  const tracked = Object.values(manifest().binaries).filter((e) => e.upstream).length;
  if (!tracked) log.warn(JSON.stringify({ msg: 'manifest', file: s.manifestFile, warning: 'no entry has an upstream: every event will be ignored' }));
  const { port, host, secret, target, token, queueSize, concurrency } = s;
  const options = {
    secret,
    target,
    token,
    apiUrl: process.env.GITHUB_API_URL || undefined,
    manifest,
    queueSize,
    concurrency,
    log,
    saveDir: s.saveDir,
    ignoreEvents: s.ignoreEvents,
    stateDir: s.stateDir,
  };
  const server =
    port === undefined
      ? undefined
      : await startWebhookServer({ ...options, port, host }).catch((err: NodeJS.ErrnoException) => {
          throw new UserError(`cannot listen on ${host}:${port}: ${err.code ?? oneLine(err)}`);
        });
  const handler = server?.handler ?? createWebhookHandler(options);
  // Every source goes through the handler's own steps: verify, de-duplicate, route, dispatch.
  const emit = (level: 'info' | 'warn', record: Record<string, unknown>) => log[level](JSON.stringify({ time: new Date().toISOString(), ...record }));
  const streams: StreamClient[] = [];
  for (const source of s.sources) {
    streams.push(
      await startStreamClient({
        source,
        stateDir: s.stateDir,
        silenceMs: s.silenceMs,
        log: emit,
        onDelivery: (d) => handler.deliver({ headers: d.headers, body: d.body, exact: d.exact, source: 'relay' }),
      }),
    );
  }
  log.info(
    JSON.stringify({
      msg: 'listening',
      url: server?.url ?? null,
      sources: streams.map((c) => ({ stream: c.streamUrl, format: c.format })),
      target,
      manifest: s.manifestFile,
      tracked,
      queue: queueSize,
    }),
  );
  return {
    handler,
    async close(closeOptions) {
      await Promise.all(streams.map((c) => c.stop()));
      const result = await (server ? server.close(closeOptions) : handler.close(closeOptions));
      // The drain settled what was queued: the checkpoints follow before the process exits.
      await Promise.all(streams.map((c) => c.flush()));
      return result;
    },
  };
}

/**
 * Serves until SIGTERM or SIGINT, then drains: 0 once drained, 1 when the drain timed out or a
 * second signal cut it short. SIGHUP re-reads the manifest.
 */
function untilStopped(server: Service, s: Settings, manifest: { current: Manifest }, log: Log): Promise<number> {
  return new Promise<number>((resolve) => {
    let stopping = false;
    const finish = (code: number) => {
      process.off('SIGTERM', stop);
      process.off('SIGINT', stop);
      process.off('SIGHUP', reload);
      resolve(code);
    };
    const stop = (signal: NodeJS.Signals) => {
      if (stopping) {
        // A second signal: the operator does not want to wait for the drain.
        log.warn(JSON.stringify({ msg: 'shutdown', signal, outcome: 'forced' }));
        return resolve(1);
      }
      stopping = true;
      log.info(JSON.stringify({ msg: 'shutdown', signal, queued: server.handler.health().queue.depth }));
      drain(server, s.drainSeconds, log).then(finish);
    };
    const reload = () => {
      loadManifest(s.manifestFile).then(
        (m) => {
          manifest.current = m;
          log.info(JSON.stringify({ msg: 'manifest', file: s.manifestFile, outcome: 'reloaded' }));
        },
        (err) => log.warn(JSON.stringify({ msg: 'manifest', file: s.manifestFile, outcome: 'reload-failed', error: oneLine(err) })),
      );
    };
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
    process.on('SIGHUP', reload);
  });
}

/** Stops accepting and drains the queue; the exit code. */
async function drain(server: Service, seconds: number, log: Log): Promise<number> {
  try {
    const { drained, abandoned } = await server.close({ drainTimeoutMs: seconds * 1000 });
    if (drained) log.info(JSON.stringify({ msg: 'shutdown', outcome: 'drained' }));
    else log.warn(JSON.stringify({ msg: 'shutdown', outcome: 'timeout', abandoned, hint: 'redeliver these deliveries from the webhook settings page' }));
    return drained ? 0 : 1;
  } catch (err) {
    log.warn(JSON.stringify({ msg: 'shutdown', outcome: 'error', error: oneLine(err) }));
    return 1;
  }
}
