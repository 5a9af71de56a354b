/**
 * Where library code reports progress. The actions log through @actions/core; the CLI prints
 * plain lines (or progress on a TTY, or nothing with --json). Library modules take a Log and
 * never import @actions/core themselves, so the same code runs in both.
 */
export interface Log {
  info(message: string): void;
  warn(message: string): void;
  debug(message: string): void;
  /** Bytes done of a total (downloads, uploads); may be ignored. */
  progress?(label: string, done: number, total?: number): void;
}

export const silentLog: Log = { info() {}, warn() {}, debug() {} };

/** A Log that collects lines, for tests and for --json output. */
export function memoryLog(): Log & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    info: (m) => lines.push(m),
    warn: (m) => lines.push(`warning: ${m}`),
    debug: () => {},
  };
}
