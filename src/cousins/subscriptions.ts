import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { UserError } from '../runtime/errors.js';

/** Non-empty, non-comment lines of a multiline setting. */
export function settingLines(value: string): string[] {
  return value
    .split('\n')
    .map((s) => s.trim())
    .filter((s) => s && !s.startsWith('#'));
}

/**
 * The `subscriptions` setting: feature paths one per line, or a single path to a
 * subscriptions.json (an array, or {"subscriptions": [...]}) relative to the workspace.
 */
export function loadSubscriptions(value: string, workspace: string): string[] {
  const lines = settingLines(value);
  if (lines.length === 1 && /\.json$/i.test(lines[0])) {
    const file = isAbsolute(lines[0]) ? lines[0] : join(workspace, lines[0]);
    if (!existsSync(file)) throw new UserError(`${lines[0]}: not found (set "subscriptions" to the feature paths, one per line, or to a subscriptions.json)`);
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(file, 'utf8'));
    } catch (err) {
      throw new UserError(`${lines[0]}: not valid JSON (${(err as Error).message})`);
    }
    const list = Array.isArray(data) ? data : (data as { subscriptions?: unknown })?.subscriptions;
    if (!Array.isArray(list) || !list.every((s) => typeof s === 'string' && s.trim())) {
      throw new UserError(`${lines[0]}: must be a JSON array of feature paths, e.g. ["features/webpush/flask"]`);
    }
    return list.map((s: string) => s.trim());
  }
  if (!lines.length) throw new UserError('"subscriptions" is empty: list the feature paths this repository follows');
  return lines;
}
