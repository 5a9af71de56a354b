/**
 * An error the user can act on: its message is shown as the one-line failure of a step
 * (never a stack trace). Anything else that escapes is a bug and is reported as such.
 */
export class UserError extends Error {
  override name = 'UserError';
}

/** The message of any thrown value, on one line. */
export function oneLine(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return text.replace(/\s*\n\s*/g, ' ').trim();
}
