import { resolve } from 'node:path';
import { mkdir } from 'node:fs/promises';
import { UsageError, type Command } from '../command.js';
import { resolveContext } from '../context.js';

/** `90s`, `5m`, `1h`, `500ms` → ms. */
export function parseDuration(v: string, flag: string): number {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(v.trim());
  if (!m) throw new UsageError(`${flag} takes a duration such as 30s, 5m or 1h, got "${v}"`);
  return Math.round(Number(m[1]) * { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[(m[2] ?? 's') as 'ms' | 's' | 'm' | 'h']);
}

export const command: Command = {
  summary: "follow a project's releases: swap in the binaries whose version changed, run --on-update",
  usage:
    'ghsync watch --repo OWNER/REPO --install-dir DIR [name...] [--follow release|branch:NAME] [--poll 5m] [--source RELAY_URL] [--on-update CMD] [--once]',
  help: [
    ['name...', 'entries to follow (default: every entry of the manifest)'],
    ['--install-dir DIR', 'where the binaries live: DIR/<bin>, swapped atomically (required)'],
    ['--follow release|branch:NAME', 'the manifest at the newest published v* release (default), or at a branch head'],
    ['--poll DURATION', 'how often to look (default: 5m); conditional requests, a 304 costs nothing'],
    [
      '--source URL',
      'a relay channel (ghsync relay, gosmee, smee.io): any event on it starts a pass at once; a hint only, what is installed is read from the release',
    ],
    [
      '--on-update CMD',
      'shell command run once per changed entry (not on a first install), with only PATH, HOME, locale and SYNC_NAME, SYNC_VERSION, SYNC_PREVIOUS_VERSION, SYNC_BINARY',
    ],
    ['--once', 'one pass, then exit 0 (1 if an entry failed): for cron and systemd timers'],
    ['--asset-wait DURATION', 'how long an asset not uploaded yet is waited for, with backoff (default: 10m); never built'],
    ['--unpin NAME', 'follow NAME again after "ghsync rollback" pinned it'],
  ],
  options: {
    'install-dir': { type: 'string' },
    follow: { type: 'string', default: 'release' },
    poll: { type: 'string', default: '5m' },
    source: { type: 'string' },
    'on-update': { type: 'string' },
    once: { type: 'boolean', default: false },
    'asset-wait': { type: 'string', default: '10m' },
    unpin: { type: 'string', multiple: true },
  },
  async run(names, values, out) {
    if (!values['install-dir']) throw new UsageError('--install-dir DIR is required: where the binaries are swapped in');
    const { parseFollow } = await import('../../watch/follow.js');
    const follow = parseFollow(values.follow as string);
    if (!follow) throw new UsageError(`--follow takes "release" or "branch:NAME", got "${values.follow}"`);
    const pollMs = parseDuration(values.poll as string, '--poll');
    const assetWaitMs = parseDuration(values['asset-wait'] as string, '--asset-wait');
    if (pollMs < 1000) throw new UsageError('--poll is at least 1s');
    if (values.source && values.once) throw new UsageError('--source wakes a running watch: drop --once, or drop --source');
    const installDir = resolve(values['install-dir'] as string);
    await mkdir(installDir, { recursive: true });
    const { unpin } = await import('../../watch/rollback.js');
    for (const n of (values.unpin as string[] | undefined) ?? []) if (await unpin(installDir, n)) out.log.info(`${n}: unpinned; watch follows it again`);
    const ctx = await resolveContext({ repo: values.repo as string | undefined, needRepo: true });
    const { watchPass } = await import('../../watch/watch.js');
    const opts = {
      apiUrl: ctx.apiUrl,
      token: ctx.token,
      repo: ctx.repo!,
      follow,
      manifestPath: (values.manifest as string | undefined) ?? 'versions.yml',
      installDir,
      names,
      onUpdate: values['on-update'] as string | undefined,
      assetWaitMs,
    };
    const report = (r: Awaited<ReturnType<typeof watchPass>>) =>
      out.result({ ref: r.ref, updated: r.updated, unchanged: r.unchanged, failed: r.failed }, () => [
        `${r.ref}: ${r.updated.length} updated${r.updated.length ? ` (${r.updated.map((u) => `${u.name} ${u.version}`).join(', ')})` : ''}, ${r.unchanged.length} unchanged, ${r.failed.length} failed${r.failed.length ? `: ${r.failed.map((f) => f.name).join(', ')}` : ''}`,
      ]);
    if (values.once) {
      const r = await watchPass(opts, out.log);
      report(r);
      return r.failed.length ? 1 : 0;
    }
    // Wake-ups: the poll interval, and with --source any event on a relay channel. An event is
    // only a hint (nothing of its payload is used): the pass reads the release as always.
    let stop = false;
    let pending = false;
    let wakeNow: () => void = () => undefined;
    const onSignal = () => {
      stop = true;
      wakeNow();
    };
    process.once('SIGTERM', onSignal);
    process.once('SIGINT', onSignal);
    let relay: { stop(): Promise<void> } | undefined;
    if (values.source) {
      const { startStreamClient } = await import('../../relay/client.js');
      relay = await startStreamClient({
        source: values.source as string,
        onDelivery: () => {
          pending = true;
          wakeNow();
          return { status: 202 };
        },
        log: (level, { msg, ...rest }) => {
          const text = `${String(msg)}: ${Object.entries(rest)
            .filter(([, v]) => v !== null && v !== undefined)
            .map(([k, v]) => `${k}=${String(v)}`)
            .join(' ')}`;
          if (level === 'warn') out.log.warn(text);
          else out.log.info(text);
        },
      });
    }
    while (!stop) {
      try {
        report(await watchPass(opts, out.log));
      } catch (err) {
        const { oneLine } = await import('../../runtime/errors.js');
        out.log.warn(oneLine(err));
      }
      if (stop) break;
      if (pending) {
        pending = false; // an event came during the pass: look again at once
        continue;
      }
      await new Promise<void>((r) => {
        const timer = setTimeout(r, pollMs);
        wakeNow = () => {
          clearTimeout(timer);
          r();
        };
      });
      pending = false;
    }
    await relay?.stop();
    return 0;
  },
};
