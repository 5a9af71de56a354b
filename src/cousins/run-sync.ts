/**
 * sync-upstream from start to end, shared by the action and `sync apply`: validate the settings,
 * make the clients, run `syncUpstream`. The entry points only read inputs or flags (and name
 * them in messages their way) and turn the outcome into outputs or lines.
 */
import { UserError } from '../runtime/errors.js';
import type { Log } from '../runtime/log.js';
import { isRepoName } from '../manifest/names.js';
import type { SyncUpstreamOptions, SyncUpstreamOutcome } from './sync.js';

/** The settings as read (strings and lines), before they are checked and turned into SyncUpstreamOptions. */
export interface RunSyncOptions extends Pick<
  SyncUpstreamOptions,
  | 'upstream'
  | 'token'
  | 'base'
  | 'branchTemplate'
  | 'labels'
  | 'maxAgeDays'
  | 'reportFailures'
  | 'dryRun'
  | 'workspace'
  | 'serverUrl'
  | 'repo'
  | 'eventName'
  | 'event'
  | 'feature'
  | 'sha'
  | 'runUrl'
> {
  /** Token for the upstream (default: `token`). */
  upstreamToken?: string;
  method: string;
  /** Subscriptions: lines of feature paths, or a path to subscriptions.json (relative to the workspace). */
  subscriptions: string;
  /** `upstream/path => cousin/path` lines. */
  pathMap: string[];
  apiUrl?: string;
  /** How a setting is named to the user: `input "method"` in the action, `--method` in the CLI. */
  setting: (name: string) => string;
}

export async function runSync(o: RunSyncOptions, log: Log): Promise<SyncUpstreamOutcome> {
  if (!o.upstream || !isRepoName(o.upstream))
    throw new UserError(`${o.setting('upstream')} must be the owner/name of the upstream repository, got "${o.upstream}"`);
  if (!o.token) throw new UserError(`${o.setting('token')} is empty: give a token that may push branches and open pull requests here`);
  if (!Number.isInteger(o.maxAgeDays) || o.maxAgeDays < 0) throw new UserError(`${o.setting('max-age-days')} must be a whole number >= 0`);
  const { METHODS } = await import('./apply.js');
  if (!(METHODS as string[]).includes(o.method)) throw new UserError(`${o.setting('method')} must be one of ${METHODS.join(', ')}, got "${o.method}"`);
  const { loadSubscriptions } = await import('./subscriptions.js');
  const subscriptions = loadSubscriptions(o.subscriptions, o.workspace);
  const { parsePathMap, syncUpstream } = await import('./sync.js');
  const pathMap = parsePathMap(o.pathMap);

  const { createClient } = await import('../github/client.js');
  const warn = (m: string) => log.info(m);
  const upstreamToken = o.upstreamToken || o.token;
  const client = createClient({ token: o.token, apiUrl: o.apiUrl, warn });
  const upstreamClient = upstreamToken === o.token ? client : createClient({ token: upstreamToken, apiUrl: o.apiUrl, warn });
  return syncUpstream({
    client,
    upstreamClient,
    token: o.token,
    upstreamToken,
    serverUrl: o.serverUrl,
    repo: o.repo,
    upstream: o.upstream,
    eventName: o.eventName,
    event: o.event,
    feature: o.feature,
    sha: o.sha,
    subscriptions,
    pathMap,
    method: o.method as 'copy',
    base: o.base,
    branchTemplate: o.branchTemplate,
    labels: o.labels,
    maxAgeDays: o.maxAgeDays,
    reportFailures: o.reportFailures,
    dryRun: o.dryRun,
    workspace: o.workspace,
    runUrl: o.runUrl,
    log,
  });
}
