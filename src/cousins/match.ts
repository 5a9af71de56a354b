import { compileGlob, globBase } from './glob.js';

/**
 * Subscriptions: a path prefix that matches at a path-segment boundary
 * (`features/webpush/flask` covers `features/webpush/flask/app.py` but not
 * `features/webpush/flask-old/x`), or a glob when it holds any of `*?[{`.
 */
export const GLOB_CHARS = /[*?[{]/;

export function isGlob(subscription: string): boolean {
  return GLOB_CHARS.test(subscription);
}

/** Drops a trailing slash so `features/x/` and `features/x` mean the same folder. */
export function normalizeSubscription(subscription: string): string {
  return subscription.trim().replace(/\/+$/, '');
}

/** Every ancestor folder of a path, shortest first, then the path itself. */
function selfAndAncestors(path: string): string[] {
  const parts = path.split('/');
  return parts.map((_, i) => parts.slice(0, i + 1).join('/'));
}

/** Every ancestor folder of a file, shortest first (not the file itself). */
function ancestors(path: string): string[] {
  return selfAndAncestors(path).slice(0, -1);
}

export interface Subscription {
  /** As written. */
  pattern: string;
  /**
   * The feature a changed file belongs to under this subscription, or undefined when it does not
   * match. For a prefix that is the subscription itself; for a glob it is the shortest folder (or
   * the file) the glob matches, so `features/*\/flask` turns `features/webpush/flask/app.py` into
   * the feature `features/webpush/flask` — a folder sync-upstream can mirror.
   */
  featureOf(path: string): string | undefined;
  /** True when this subscription covers a whole feature path (used on the cousin side). */
  covers(feature: string): boolean;
  /**
   * The subscribed feature a covered path belongs to: the subscription itself for a prefix, the
   * shortest folder (or the path) the glob matches for a glob; undefined when not covered.
   */
  featureFor(path: string): string | undefined;
}

export function compileSubscription(pattern: string): Subscription {
  const sub = normalizeSubscription(pattern);
  if (!isGlob(sub)) {
    const under = (p: string) => p === sub || p.startsWith(`${sub}/`);
    return { pattern, featureOf: (p) => (under(p) ? sub : undefined), covers: under, featureFor: (p) => (under(p) ? sub : undefined) };
  }
  // `x/**` would otherwise make every file its own feature; the folder `x/...` is meant.
  const folderGlob = sub.replace(/\/\*\*$/, '');
  // Our own matcher, not picomatch's RegExp: the paths are attacker-chosen and a backtracking
  // RegExp is exponential in the number of `*` (see glob.ts).
  const folder = compileGlob(folderGlob);
  const whole = compileGlob(sub);
  const base = globBase(sub);
  return {
    pattern,
    featureOf(p) {
      for (const candidate of ancestors(p)) if (folder(candidate)) return candidate;
      // A glob over files (`features/*.md`, `features/webpush/**/*.py`): the file matched but no
      // folder did; the feature is the glob's static folder (or the file's own folder without one).
      if (whole(p) || folder(p)) return base || p.split('/').slice(0, -1).join('/') || p;
      return undefined;
    },
    covers: (feature) => selfAndAncestors(feature).some((c) => folder(c) || whole(c)),
    featureFor: (feature) => selfAndAncestors(feature).find((c) => folder(c) || whole(c)),
  };
}

/** Features (in subscription order, no duplicates) that a set of changed files touches. */
export function matchFeatures(subscriptions: string[], files: Iterable<string>): string[] {
  const compiled = subscriptions.map(compileSubscription);
  const found = new Map<number, Set<string>>();
  for (const file of files) {
    compiled.forEach((s, i) => {
      const feature = s.featureOf(file);
      if (feature !== undefined) {
        if (!found.has(i)) found.set(i, new Set());
        found.get(i)!.add(feature);
      }
    });
  }
  const out: string[] = [];
  for (let i = 0; i < compiled.length; i++) {
    for (const f of [...(found.get(i) ?? [])].sort()) if (!out.includes(f)) out.push(f);
  }
  return out;
}

/** True when any subscription covers the feature (exact, a parent folder, or a glob). */
export function isSubscribed(subscriptions: string[], feature: string): boolean {
  return subscriptions.map(compileSubscription).some((s) => s.covers(feature));
}

/**
 * The features one dispatch syncs (sync-upstream makes one branch and one PR each): listed paths
 * are grouped by the subscribed feature covering them (the narrowest, where several do), and
 * each group is that subscribed feature, whatever the payload lists: 30 listed sub-paths of one
 * subscription make one branch and one PR, and so do 30 dispatches listing one sub-path each
 * (a dispatch for `features/x/flask` under a `features` subscription syncs `features`).
 * Unsubscribed paths are left out; order is the payload's, without duplicates.
 */
export function subscribedFeatures(subscriptions: string[], listed: string[]): string[] {
  const compiled = subscriptions.map(compileSubscription);
  const owners = new Set<string>();
  for (const path of new Set(listed)) {
    const candidates = compiled.map((s) => s.featureFor(path)).filter((f): f is string => f !== undefined);
    if (!candidates.length) continue;
    const owner = candidates.reduce((a, b) => (b.length > a.length ? b : a));
    owners.add(owner);
  }
  return [...owners];
}
