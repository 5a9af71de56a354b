import { UserError } from '../runtime/errors.js';

const UNITS: Record<string, number> = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** `500ms`, `30s`, `5m`, `24h`, `3d` (a bare number is seconds) in milliseconds; `flag` names the option in the error. */
export function parseDuration(text: string, flag: string): number {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h|d)?$/.exec(text.trim());
  if (!m) throw new UserError(`${flag} takes a duration such as 30s, 5m or 24h, got "${text}"`);
  return Math.round(Number(m[1]) * UNITS[m[2] ?? 's']);
}
