/**
 * `git ls-remote` without git: the refs of a remote over the smart HTTP protocol, in one round
 * trip (GET info/refs, protocol v0), no clone and no API quota. Protocol v2 (`ls-refs` with ref
 * prefixes, two round trips) is there for servers with huge ref lists. Non-HTTP URLs (ssh, git,
 * file, scp-like) fall back to spawning `git ls-remote` with an argument array.
 */
import { git } from '../git/git.js';
import { readBody, send, type HttpResponse } from '../net/http.js';
import { GaveUp, Retryable, withRetries } from '../net/retry.js';
import { UserError } from '../runtime/errors.js';

export interface RemoteRefs {
  /** Full ref name -> object id (for an annotated tag, the tag object). */
  refs: Map<string, string>;
  /** Full ref name -> the commit an annotated tag points to (from the `^{}` lines). */
  peeled: Map<string, string>;
  /** Symbolic refs the server told about, e.g. HEAD -> refs/heads/main. */
  symrefs: Map<string, string>;
  /** HTTP requests (or git processes) it took. */
  roundTrips: number;
}

export interface LsRemoteOptions {
  /** Sent as Basic auth, only to a URL whose origin is `authOrigin` (never to another host). */
  token?: string;
  /** Origin (scheme://host[:port]) the token belongs to, e.g. GITHUB_SERVER_URL. */
  authOrigin?: string;
  /** 0 (default): one GET. 2: GET + POST ls-refs, filtered by `refPrefixes`. */
  protocol?: 0 | 2;
  refPrefixes?: string[];
  /** Retries of a 5xx / network failure (default 2). */
  retries?: number;
  timeoutMs?: number;
}

/** A remote that could not be listed; the message says why in one line. */
export class LsRemoteError extends UserError {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'LsRemoteError';
  }
}

/** The commit a ref ends at: the peeled id of an annotated tag, else the ref's own id. */
export function commitOf(remote: RemoteRefs, ref: string): string | undefined {
  return remote.peeled.get(ref) ?? remote.refs.get(ref);
}

export async function lsRemote(url: string, opts: LsRemoteOptions = {}): Promise<RemoteRefs> {
  if (/^https?:\/\//i.test(url)) return lsRemoteHttp(url, opts);
  return lsRemoteGit(url);
}

// ---- pkt-line ---------------------------------------------------------------------------------

export type Pkt = { type: 'data'; data: Buffer } | { type: 'flush' | 'delim' | 'end' };

/** Splits a pkt-line stream (4 hex digits of length including themselves, 0000 flush, 0001 delim, 0002 end). */
export function parsePktLines(buf: Buffer): Pkt[] {
  const out: Pkt[] = [];
  let pos = 0;
  while (pos < buf.length) {
    if (pos + 4 > buf.length) throw new LsRemoteError('truncated pkt-line in the server reply');
    const hex = buf.toString('latin1', pos, pos + 4);
    if (!/^[0-9a-f]{4}$/i.test(hex)) throw new LsRemoteError(`bad pkt-line length "${hex}" in the server reply`);
    const len = parseInt(hex, 16);
    if (len === 0) out.push({ type: 'flush' });
    else if (len === 1) out.push({ type: 'delim' });
    else if (len === 2) out.push({ type: 'end' });
    else if (len < 4) throw new LsRemoteError(`bad pkt-line length ${len} in the server reply`);
    else {
      if (pos + len > buf.length) throw new LsRemoteError('truncated pkt-line in the server reply');
      out.push({ type: 'data', data: buf.subarray(pos + 4, pos + len) });
      pos += len;
      continue;
    }
    pos += 4;
  }
  return out;
}

export function pktLine(text: string): string {
  const len = Buffer.byteLength(text) + 4;
  return len.toString(16).padStart(4, '0') + text;
}

const line = (p: Pkt) => (p.type === 'data' ? p.data.toString('utf8').replace(/\n$/, '') : '');
const OID = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

function emptyRefs(): RemoteRefs {
  return { refs: new Map(), peeled: new Map(), symrefs: new Map(), roundTrips: 0 };
}

/**
 * Parses a v0 ref advertisement (the body of GET info/refs?service=git-upload-pack). Returns
 * `undefined` when the server answered with protocol v2 capabilities instead.
 */
export function parseAdvertisement(body: Buffer): RemoteRefs | undefined {
  const pkts = parsePktLines(body);
  let i = 0;
  // Smart HTTP starts with "# service=git-upload-pack" and a flush.
  if (pkts[i]?.type === 'data' && line(pkts[i]).startsWith('# service=')) {
    i++;
    if (pkts[i]?.type === 'flush') i++;
  }
  if (pkts[i]?.type === 'data' && line(pkts[i]) === 'version 2') return undefined;
  const result = emptyRefs();
  let first = true;
  for (; i < pkts.length; i++) {
    const p = pkts[i];
    if (p.type === 'flush') break;
    if (p.type !== 'data') continue;
    let text = line(p);
    if (text === 'version 1') continue;
    if (first) {
      first = false;
      const nul = text.indexOf('\0');
      if (nul >= 0) {
        for (const cap of text.slice(nul + 1).split(' ')) {
          const m = /^symref=([^:]+):(.+)$/.exec(cap);
          if (m) result.symrefs.set(m[1], m[2]);
        }
        text = text.slice(0, nul);
      }
    }
    const sp = text.indexOf(' ');
    const oid = text.slice(0, sp);
    const ref = text.slice(sp + 1);
    if (!OID.test(oid)) throw new LsRemoteError(`unexpected line in the ref advertisement: ${text.slice(0, 80)}`);
    if (ref === 'capabilities^{}') continue; // an empty repository
    if (ref.endsWith('^{}')) result.peeled.set(ref.slice(0, -3), oid);
    else result.refs.set(ref, oid);
  }
  return result;
}

/** Parses a v2 `ls-refs` reply: `<oid> <ref>[ symref-target:<t>][ peeled:<oid>]` lines. */
export function parseLsRefs(body: Buffer): RemoteRefs {
  const result = emptyRefs();
  for (const p of parsePktLines(body)) {
    if (p.type === 'flush') break;
    if (p.type !== 'data') continue;
    const [oid, ref, ...attrs] = line(p).split(' ');
    if (!OID.test(oid) || !ref) throw new LsRemoteError(`unexpected line in the ls-refs reply: ${line(p).slice(0, 80)}`);
    result.refs.set(ref, oid);
    for (const a of attrs) {
      if (a.startsWith('peeled:')) result.peeled.set(ref, a.slice(7));
      else if (a.startsWith('symref-target:')) result.symrefs.set(ref, a.slice(14));
    }
  }
  return result;
}

/** `git ls-remote` output: `<oid>\t<ref>` lines. */
export function parseLsRemoteOutput(text: string): RemoteRefs {
  const result = emptyRefs();
  for (const l of text.split('\n')) {
    const m = /^([0-9a-f]{40,64})\t(\S+)$/.exec(l.trim());
    if (!m) continue;
    if (m[2].endsWith('^{}')) result.peeled.set(m[2].slice(0, -3), m[1]);
    else result.refs.set(m[2], m[1]);
  }
  return result;
}

// ---- transports -------------------------------------------------------------------------------

/** Shows a URL without any user:password part. */
export function redactUrl(url: string): string {
  return url.replace(/^(\w+:\/\/)[^/@]*@/, '$1');
}

async function lsRemoteHttp(url: string, opts: LsRemoteOptions): Promise<RemoteRefs> {
  const base = url.replace(/\/+$/, '');
  const headers: Record<string, string> = { 'user-agent': 'sync-check-upstream/1 git/2', accept: '*/*' };
  const parsed = new URL(base);
  if (opts.token && opts.authOrigin && parsed.origin === new URL(opts.authOrigin).origin) {
    headers.authorization = `Basic ${Buffer.from(`x-access-token:${opts.token}`).toString('base64')}`;
  }
  let roundTrips = 0;
  const timeoutMs = opts.timeoutMs ?? 30_000;
  // Through src/net's transport: proxies honoured, Authorization dropped on a redirect to another host.
  const request = (path: string, init: { method: string; headers: Record<string, string>; body?: string }) =>
    withRetries(
      async () => {
        roundTrips++;
        let res: HttpResponse;
        try {
          res = await send(`${base}${path}`, {
            ...init,
            headers: { ...headers, ...init.headers },
            redirect: 'follow',
            timeouts: { connectMs: timeoutMs, responseMs: timeoutMs, idleMs: timeoutMs },
          });
        } catch (err) {
          const e = err as { code?: string; message?: string };
          throw new Retryable(`${redactUrl(base)} is unreachable (${e.code ?? e.message})`);
        }
        if (res.status >= 500) {
          res.discard();
          throw new Retryable(`${redactUrl(base)}: git server answered HTTP ${res.status}`);
        }
        if (res.status === 401 || res.status === 403 || res.status === 404) {
          res.discard();
          throw new LsRemoteError(`${redactUrl(base)}: repository not found or not readable with this token (HTTP ${res.status})`, res.status);
        }
        if (res.status < 200 || res.status >= 300) {
          res.discard();
          throw new LsRemoteError(`${redactUrl(base)}: git server answered HTTP ${res.status}`, res.status);
        }
        return res;
      },
      { attempts: (opts.retries ?? 2) + 1 },
    ).catch((err: unknown) => {
      if (err instanceof GaveUp) throw new LsRemoteError(err.message, /HTTP (\d+)/.exec(err.message) ? Number(/HTTP (\d+)/.exec(err.message)![1]) : undefined);
      throw err;
    });

  const v2 = opts.protocol === 2;
  const res = await request('/info/refs?service=git-upload-pack', { method: 'GET', headers: v2 ? { 'git-protocol': 'version=2' } : {} });
  const type = res.header('content-type') ?? '';
  const body = await readBody(res.body, 64 << 20);
  if (!type.startsWith('application/x-git-upload-pack-advertisement')) {
    throw new LsRemoteError(`${redactUrl(base)} is not a smart HTTP git server (content-type "${type || 'none'}")`);
  }
  const v0 = parseAdvertisement(body);
  if (v0) return { ...v0, roundTrips };

  // Protocol v2: one more request, `ls-refs` with peeled tags and symrefs.
  const args = ['peel\n', 'symrefs\n', ...(opts.refPrefixes ?? []).map((p) => `ref-prefix ${p}\n`)];
  const req = pktLine('command=ls-refs\n') + pktLine('agent=sync/1\n') + '0001' + args.map(pktLine).join('') + '0000';
  const res2 = await request('/git-upload-pack', {
    method: 'POST',
    headers: { 'content-type': 'application/x-git-upload-pack-request', accept: 'application/x-git-upload-pack-result', 'git-protocol': 'version=2' },
    body: req,
  });
  const refs = parseLsRefs(await readBody(res2.body, 64 << 20));
  return { ...refs, roundTrips };
}

async function lsRemoteGit(url: string): Promise<RemoteRefs> {
  try {
    const { stdout } = await git(['ls-remote', '--symref', '--', url], { env: { GIT_SSH_COMMAND: process.env.GIT_SSH_COMMAND ?? 'ssh -o BatchMode=yes' } });
    const result = parseLsRemoteOutput(stdout);
    const sym = /^ref: (\S+)\tHEAD$/m.exec(stdout);
    if (sym) result.symrefs.set('HEAD', sym[1]);
    return { ...result, roundTrips: 1 };
  } catch (err) {
    // git names the URL itself ("unable to access 'URL'"): said once, at the front, redacted.
    throw new LsRemoteError(`${redactUrl(url)}: ${(err as Error).message.split(url).join('it')}`);
  }
}
