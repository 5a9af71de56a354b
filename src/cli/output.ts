import type { Log } from '../runtime/log.js';
import { cliWords } from './words.js';

/**
 * How the CLI talks: progress lines on a TTY, plain lines otherwise, and with --json nothing but
 * one JSON document on stdout at the end (messages go to stderr so scripts can parse stdout).
 */
export interface CliOutput {
  log: Log;
  json: boolean;
  /** Prints the command's result: the JSON document, or the human lines. */
  result(data: unknown, human: () => string[]): void;
}

export function createOutput(json: boolean, stream: NodeJS.WriteStream = process.stderr): CliOutput {
  const tty = !json && Boolean(stream.isTTY);
  let progressShown = false;
  const clear = () => {
    if (progressShown) {
      stream.write('\r\x1b[K');
      progressShown = false;
    }
  };
  // Library messages speak the actions' language ("re-run the job", inputs): every line said here,
  // warnings and results included, names the CLI's flags instead.
  const line = (text: string) => {
    clear();
    stream.write(`${cliWords(text)}\n`);
  };
  const started = new Map<string, number>();
  const log: Log = {
    info: (m) => (json ? undefined : line(m)),
    warn: (m) => line(`warning: ${m}`),
    debug: (m) => (process.env.SYNC_DEBUG ? line(`debug: ${m}`) : undefined),
    progress: (label, done, total) => {
      if (!tty) return;
      const t0 = started.get(label) ?? Date.now();
      started.set(label, t0);
      const secs = Math.max((Date.now() - t0) / 1000, 0.001);
      const pct = total ? ` ${((100 * done) / total).toFixed(0)}%` : '';
      stream.write(`\r\x1b[K${label}: ${formatBytes(done)}${total ? ` / ${formatBytes(total)}` : ''}${pct} ${formatBytes(done / secs)}/s`);
      progressShown = true;
      if (total !== undefined && done >= total) clear();
    },
  };
  return {
    log,
    json,
    result(data, human) {
      clear();
      if (json) process.stdout.write(`${JSON.stringify(inCliWords(data), null, 2)}\n`);
      else for (const l of human()) process.stdout.write(`${cliWords(l)}\n`);
    },
  };
}

/** Every string of a JSON document (error fields, notes) in the CLI's words. */
function inCliWords(data: unknown): unknown {
  if (typeof data === 'string') return cliWords(data);
  if (Array.isArray(data)) return data.map(inCliWords);
  if (data && typeof data === 'object') return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, inCliWords(v)]));
  return data;
}

export function formatBytes(n: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB'];
  let i = 0;
  while (n >= 1024 && i < units.length - 1) {
    n /= 1024;
    i++;
  }
  return `${n.toFixed(i ? 1 : 0)} ${units[i]}`;
}
