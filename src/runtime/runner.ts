/**
 * The Actions runner protocol (workflow commands on stdout, file commands in GITHUB_OUTPUT,
 * GITHUB_ENV, GITHUB_PATH, GITHUB_STEP_SUMMARY) with the same names as @actions/core, for the
 * subset our actions use.
 *
 * Why not @actions/core itself: version 3 loads its OIDC HTTP client (undici) on import, which
 * made a bundle that only reads an input start 3.5x slower than bare `node`. Entry points import
 * this module instead, so a tool-cache hit never pays for an HTTP stack it does not use.
 */
import { randomUUID } from 'node:crypto';
import { appendFileSync, readFileSync } from 'node:fs';
import { EOL } from 'node:os';
import { delimiter as PATH_DELIMITER } from 'node:path';

export interface InputOptions {
  required?: boolean;
  trimWhitespace?: boolean;
}

export function getInput(name: string, options?: InputOptions): string {
  const value = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
  if (options?.required && !value) throw new Error(`Input required and not supplied: ${name}`);
  return options?.trimWhitespace === false ? value : value.trim();
}

export function getMultilineInput(name: string, options?: InputOptions): string[] {
  return getInput(name, options)
    .split('\n')
    .map((s) => (options?.trimWhitespace === false ? s : s.trim()))
    .filter((s) => s !== '');
}

function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function command(name: string, message: string, properties: Record<string, string> = {}): void {
  const props = Object.entries(properties)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${escapeProperty(v)}`)
    .join(',');
  process.stdout.write(`::${name}${props ? ` ${props}` : ''}::${escapeData(message)}${EOL}`);
}

/** Appends `key<<DELIM ... DELIM` to a file command, or falls back to the old stdout command. */
function fileCommand(envName: string, key: string, value: string): boolean {
  const file = process.env[envName];
  if (!file) return false;
  const delim = `ghadelimiter_${randomUUID()}`;
  if (key.includes(delim) || value.includes(delim)) throw new Error('Unexpected input: value contains the delimiter');
  appendFileSync(file, `${key}<<${delim}${EOL}${value}${EOL}${delim}${EOL}`, 'utf8');
  return true;
}

function toValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

export function setOutput(name: string, value: unknown): void {
  if (!fileCommand('GITHUB_OUTPUT', name, toValue(value))) {
    process.stdout.write(EOL);
    command('set-output', toValue(value), { name });
  }
}

export function exportVariable(name: string, value: unknown): void {
  process.env[name] = toValue(value);
  if (!fileCommand('GITHUB_ENV', name, toValue(value))) command('set-env', toValue(value), { name });
}

export function addPath(dir: string): void {
  const file = process.env.GITHUB_PATH;
  if (file) appendFileSync(file, `${dir}${EOL}`, 'utf8');
  else command('add-path', dir);
  process.env.PATH = `${dir}${PATH_DELIMITER}${process.env.PATH ?? ''}`;
}

export function setSecret(secret: string): void {
  if (secret) command('add-mask', secret);
}

export function isDebug(): boolean {
  return process.env.RUNNER_DEBUG === '1';
}

export function debug(message: string): void {
  command('debug', message);
}

/**
 * A plain log line. The runner reads any stdout line that starts (after blanks) with `::` as a
 * workflow command, so a message holding such a line (a file name with a newline, a payload
 * value) is written between `::stop-commands::` and its random end token, as GitHub documents
 * for untrusted output: it shows as text and never becomes an annotation or a command.
 */
export function info(message: string): void {
  if (/(^|[\r\n])[^\S\r\n]*::/.test(message)) {
    const token = `sync-${randomUUID()}`;
    process.stdout.write(`::stop-commands::${token}${EOL}${message}${EOL}::${token}::${EOL}`);
    return;
  }
  process.stdout.write(message + EOL);
}

export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
}

function annotation(kind: string, message: string | Error, props?: AnnotationProperties): void {
  const text = message instanceof Error ? message.message : message;
  const p: Record<string, string> = {};
  if (props?.title) p.title = props.title;
  if (props?.file) p.file = props.file;
  if (props?.startLine !== undefined) p.line = String(props.startLine);
  command(kind, text, p);
}

export function warning(message: string | Error, props?: AnnotationProperties): void {
  annotation('warning', message, props);
}

export function notice(message: string | Error, props?: AnnotationProperties): void {
  annotation('notice', message, props);
}

export function error(message: string | Error, props?: AnnotationProperties): void {
  annotation('error', message, props);
}

export function setFailed(message: string | Error): void {
  process.exitCode = 1;
  error(message);
}

export function startGroup(name: string): void {
  command('group', name);
}

export function endGroup(): void {
  command('endgroup', '');
}

type Cell = string | { data: string; header?: boolean; colspan?: string; rowspan?: string };

/** The job summary, with @actions/core's builder methods (the ones we use). */
class Summary {
  private buffer = '';

  private wrap(tag: string, content: string | null, attrs: Record<string, string> = {}): string {
    const a = Object.entries(attrs)
      .map(([k, v]) => ` ${k}="${v}"`)
      .join('');
    return content === null ? `<${tag}${a}>` : `<${tag}${a}>${content}</${tag}>`;
  }

  addRaw(text: string, addEOL = false): this {
    this.buffer += text;
    return addEOL ? this.addEOL() : this;
  }

  addEOL(): this {
    return this.addRaw(EOL);
  }

  addHeading(text: string, level: number | string = 1): this {
    const n = Number(level);
    const tag = n >= 1 && n <= 6 ? `h${n}` : 'h1';
    return this.addRaw(this.wrap(tag, text)).addEOL();
  }

  addCodeBlock(code: string, lang?: string): this {
    return this.addRaw(this.wrap('pre', this.wrap('code', code), lang ? { lang } : {})).addEOL();
  }

  addList(items: string[], ordered = false): this {
    return this.addRaw(this.wrap(ordered ? 'ol' : 'ul', items.map((i) => this.wrap('li', i)).join(''))).addEOL();
  }

  addTable(rows: Cell[][]): this {
    const body = rows
      .map((row) =>
        this.wrap(
          'tr',
          row
            .map((cell) => {
              if (typeof cell === 'string') return this.wrap('td', cell);
              const attrs: Record<string, string> = {};
              if (cell.colspan) attrs.colspan = cell.colspan;
              if (cell.rowspan) attrs.rowspan = cell.rowspan;
              return this.wrap(cell.header ? 'th' : 'td', cell.data, attrs);
            })
            .join(''),
        ),
      )
      .join('');
    return this.addRaw(this.wrap('table', body)).addEOL();
  }

  addLink(text: string, href: string): this {
    return this.addRaw(this.wrap('a', text, { href })).addEOL();
  }

  addDetails(label: string, content: string): this {
    return this.addRaw(this.wrap('details', this.wrap('summary', label) + content)).addEOL();
  }

  addSeparator(): this {
    return this.addRaw(this.wrap('hr', null)).addEOL();
  }

  stringify(): string {
    return this.buffer;
  }

  isEmptyBuffer(): boolean {
    return this.buffer.length === 0;
  }

  emptyBuffer(): this {
    this.buffer = '';
    return this;
  }

  /** Appends the buffer to GITHUB_STEP_SUMMARY (a no-op off the runner) and empties it. */
  async write(): Promise<this> {
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (file) appendFileSync(file, this.buffer, 'utf8');
    return this.emptyBuffer();
  }
}

export const summary = new Summary();

/**
 * The event payload at GITHUB_EVENT_PATH (what @actions/github calls `context.payload`): an empty
 * object when there is none or it cannot be read. Untrusted: callers validate what they use.
 */
export function readEvent(): Record<string, unknown> {
  const file = process.env.GITHUB_EVENT_PATH;
  if (!file) return {};
  try {
    const data: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
