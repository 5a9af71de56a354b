import { isAbsolute, join } from 'node:path';
import { UserError } from '../runtime/errors.js';
import type { GitHub } from '../github/client.js';
import type { Log } from '../runtime/log.js';
import { changedFiles, type ChangeRange, ZERO_SHA } from './changes.js';
import { dispatchAll, planDispatches, type DispatchResult } from './dispatch.js';
import { loadEcosystem } from './ecosystem.js';
import { Pacer } from './pacer.js';

export interface DispatchCousinsOptions {
  client: GitHub;
  /** Path of ecosystem.json (relative to `workspace`). */
  ecosystem: string;
  range: ChangeRange;
  eventType: string;
  dryRun: boolean;
  concurrency: number;
  /** The monorepo checkout (for ecosystem.json and for compares over the API's file limit). */
  workspace: string;
  defaultBranch?: string;
  log: Log;
}

export interface DispatchCousinsResult {
  dispatched: DispatchResult[];
  /** Changed features some cousin subscribes to. */
  features: string[];
  files: number;
  via: string;
  notes: string[];
  /** Rate-limit refusals seen and waited out. */
  refusals: number;
}

/** The whole monorepo side: ecosystem, changed files, matching, fan-out. */
export async function dispatchCousins(o: DispatchCousinsOptions): Promise<DispatchCousinsResult> {
  const file = isAbsolute(o.ecosystem) ? o.ecosystem : join(o.workspace, o.ecosystem);
  const cousins = await loadEcosystem(file);
  const { range, log } = o;
  if (range.deleted) {
    log.info(`${range.ref || 'the ref'} was deleted: nothing to dispatch`);
    return { dispatched: [], features: [], files: 0, via: 'deleted ref', notes: [], refusals: 0 };
  }
  if (!/^[0-9a-f]{40}$/.test(range.head)) {
    throw new UserError(`head commit ${JSON.stringify(range.head)} is not a 40-hex SHA (set the "head" input, or run on push / pull_request)`);
  }
  const changes = await changedFiles({ client: o.client, range, workspace: o.workspace, defaultBranch: o.defaultBranch, log });
  for (const n of changes.notes) (changes.partial ? log.warn : log.info)(n);
  log.info(`${changes.files.length} changed files (${changes.via})`);
  const { plans, features } = planDispatches(cousins, changes.files, o.eventType);
  if (!plans.length) log.info(`no subscribed feature changed; ${cousins.length} cousins, nothing to dispatch`);
  const pacer = new Pacer();
  if (!o.dryRun) pacer.install(o.client);
  const dispatched = await dispatchAll({
    client: o.client,
    plans,
    fields: { commitSha: range.head, sourceRepo: range.repo, ref: range.ref, before: range.base ?? ZERO_SHA },
    concurrency: o.concurrency,
    dryRun: o.dryRun,
    log,
  });
  return { dispatched, features, files: changes.files.length, via: changes.via, notes: changes.notes, refusals: pacer.refusals };
}
