import * as core from './runner.js';
import { oneLine, UserError } from './errors.js';

/**
 * Runs an action's body the way every entry point should: a UserError becomes a one-line
 * failure; anything else is a bug, reported on one line with the stack only in debug logs.
 */
export async function runStep(body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (err) {
    if (!(err instanceof UserError) && err instanceof Error && err.stack) core.debug(err.stack);
    core.setFailed(oneLine(err));
  }
}

/** A boolean input that must be `true` or `false` (any case); empty means the default. */
export function booleanInput(name: string, fallback: boolean): boolean {
  const raw = core.getInput(name).trim().toLowerCase();
  if (raw === '') return fallback;
  if (raw === 'true') return true;
  if (raw === 'false') return false;
  throw new UserError(`input "${name}" must be true or false, got "${raw}"`);
}

/** A positive whole-number input; empty means the default. */
export function integerInput(name: string, fallback: number, min = 1): number {
  const raw = core.getInput(name).trim();
  if (raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) throw new UserError(`input "${name}" must be a whole number >= ${min}, got "${raw}"`);
  return value;
}

/** A multi-line or comma-separated list input. */
export function listInput(name: string): string[] {
  return core
    .getInput(name)
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The token input, masked in logs before anything else can print it. */
export function tokenInput(name = 'token', required = false): string {
  const token = core.getInput(name, { required }).trim();
  if (token) core.setSecret(token);
  return token;
}
