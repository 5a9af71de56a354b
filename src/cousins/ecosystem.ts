import { readFile } from 'node:fs/promises';
import { compileGlob } from './glob.js';
import { UserError } from '../runtime/errors.js';
import { isRepoName } from '../manifest/manifest.js';
import { isGlob, normalizeSubscription } from './match.js';
import { pathProblem, show } from './paths.js';

/** One subscriber of the monorepo, from ecosystem.json. */
export interface Cousin {
  repo: string;
  subscriptions: string[];
  eventType?: string;
}

const KEYS = ['repo', 'subscriptions', 'event_type'];

/** Reads and validates ecosystem.json; every error names the file, the entry index and the key. */
export async function loadEcosystem(file: string): Promise<Cousin[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UserError(code === 'ENOENT' ? `${file}: not found (set the "ecosystem" input)` : `${file}: cannot read (${code})`);
  }
  return parseEcosystem(text, file);
}

export function parseEcosystem(text: string, file = 'ecosystem.json'): Cousin[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new UserError(`${file}: not valid JSON (${(err as Error).message})`);
  }
  if (!Array.isArray(data)) throw new UserError(`${file}: must be a JSON array of {"repo", "subscriptions", "event_type"?} entries`);
  const seen = new Map<string, number>();
  return data.map((entry: unknown, i): Cousin => {
    const fail = (key: string | undefined, what: string): never => {
      throw new UserError(`${file}: entry ${i}${key ? ` "${key}"` : ''}: ${what}`);
    };
    if (!entry || typeof entry !== 'object' || Array.isArray(entry)) fail(undefined, 'must be an object with "repo" and "subscriptions"');
    const e = entry as Record<string, unknown>;
    for (const key of Object.keys(e)) if (!KEYS.includes(key)) fail(key, `unknown key (known: ${KEYS.join(', ')})`);
    if (typeof e.repo !== 'string' || !isRepoName(e.repo)) fail('repo', `must be "owner/name", got ${show(e.repo)}`);
    const repo = e.repo as string;
    const lower = repo.toLowerCase();
    if (seen.has(lower)) fail('repo', `${repo} is already listed at entry ${seen.get(lower)} (merge their subscriptions)`);
    seen.set(lower, i);
    if (!Array.isArray(e.subscriptions) || e.subscriptions.length === 0) fail('subscriptions', 'must be a non-empty array of paths or globs');
    const subscriptions = (e.subscriptions as unknown[]).map((s, j) => {
      if (typeof s !== 'string') return fail('subscriptions', `item ${j} must be a string, got ${show(s)}`);
      const sub = normalizeSubscription(s);
      const problem = pathProblem(sub);
      if (problem) fail('subscriptions', `item ${j} ${show(s)} ${problem}`);
      if (isGlob(sub)) {
        try {
          compileGlob(sub);
        } catch (err) {
          fail('subscriptions', `item ${j} ${show(s)} is not a valid glob (${(err as Error).message})`);
        }
      }
      return sub;
    });
    let eventType: string | undefined;
    if (e.event_type !== undefined) {
      if (typeof e.event_type !== 'string' || e.event_type.length < 1 || e.event_type.length > 100) {
        fail('event_type', `must be a string of 1 to 100 characters, got ${show(e.event_type)}`);
      }
      eventType = e.event_type as string;
    }
    return { repo, subscriptions, ...(eventType ? { eventType } : {}) };
  });
}
