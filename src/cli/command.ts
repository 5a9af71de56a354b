import type { ParseArgsConfig } from 'node:util';
import type { CliOutput } from './output.js';

export type Options = NonNullable<ParseArgsConfig['options']>;
export type Values = Record<string, string | boolean | string[] | undefined>;

/** One `ghsync <command>`: its help text, its options, and what it does. Returns the exit code. */
export interface Command {
  summary: string;
  usage: string;
  /** Option descriptions for --help, in order. */
  help: Array<[flag: string, text: string]>;
  options: Options;
  run(positionals: string[], values: Values, out: CliOutput): Promise<number>;
}

/** Options every command takes. */
export const COMMON_OPTIONS: Options = {
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
  verbose: { type: 'boolean', short: 'v', default: false },
  repo: { type: 'string' },
  manifest: { type: 'string' },
};

export const COMMON_HELP: Array<[string, string]> = [
  ['--repo owner/name', 'repository (default: GITHUB_REPOSITORY, or the "origin" remote)'],
  ['--manifest FILE', 'versions manifest (default: versions.yml)'],
  ['--json', 'print one JSON document on stdout, nothing else'],
  ['-v, --verbose', 'say where each step looks and why (debug lines on stderr)'],
  ['-h, --help', 'this help'],
];

export class UsageError extends Error {
  override name = 'UsageError';
}
