/**
 * One reading of a repository reference, wherever one is read (the CLI's `origin` remote, a
 * manifest's `upstream.repo`, a webhook payload, a dispatch's `client_payload.upstream`):
 *
 *   owner/name
 *   https://host[:port]/owner/name[.git][/]     (http too; user info ignored)
 *   ssh://[user@]host[:port]/owner/name[.git]
 *   git://host/owner/name[.git]
 *   [user@]host:owner/name[.git]                 (scp-like, what `git@github.com:` remotes are)
 *
 * Anything else (file paths, nested groups such as GitLab's, query strings) is not a GitHub
 * repository and gives `undefined`. No I/O, no dependencies: cheap to load on any path.
 */
export interface RepoRef {
  /**
   * Where the repository lives, lower case; absent for `owner/name` (the GitHub server in use).
   * For http(s) URLs the port is kept (`127.0.0.1:8080`); ssh, git and scp-like addresses name
   * the machine only (their port is not the web server's).
   */
  host?: string;
  /** How the reference was written. */
  scheme?: 'http' | 'https' | 'ssh' | 'git';
  owner: string;
  name: string;
  /** `owner/name`, spelled as written. Compare with `sameRepo`/`key` (GitHub names ignore case). */
  fullName: string;
}

const SEGMENT = /^[A-Za-z0-9_.-]+$/;

export function parseRepoRef(value: string): RepoRef | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (!text || /\s|\0/.test(text)) return undefined;
  if (!/[:@]/.test(text)) return fromPath(text);
  let host: string;
  let scheme: RepoRef['scheme'];
  let path: string;
  const scp = /^(?:[^@/:]+@)?([A-Za-z0-9.-]+):(?!\/\/)([^:]+)$/.exec(text);
  if (scp) {
    host = scp[1];
    scheme = 'ssh';
    path = scp[2];
  } else {
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      return undefined;
    }
    const proto = url.protocol.slice(0, -1);
    if (proto !== 'http' && proto !== 'https' && proto !== 'ssh' && proto !== 'git') return undefined;
    if (!url.hostname || url.search || url.hash) return undefined;
    scheme = proto;
    host = proto === 'http' || proto === 'https' ? url.host : url.hostname;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      return undefined;
    }
  }
  const ref = fromPath(path.replace(/^\/+/, ''));
  return ref && { host: host.toLowerCase(), scheme, ...ref };
}

function fromPath(path: string): Omit<RepoRef, 'host' | 'scheme'> | undefined {
  const parts = path.replace(/\/+$/, '').split('/');
  if (parts.length !== 2) return undefined;
  const owner = parts[0];
  const name = parts[1].endsWith('.git') ? parts[1].slice(0, -4) : parts[1];
  if (!SEGMENT.test(owner) || !SEGMENT.test(name) || owner.startsWith('.') || name === '.' || name === '..' || owner.startsWith('-')) return undefined;
  return { owner, name, fullName: `${owner}/${name}` };
}

/** Lower-case `owner/name`: what two spellings of one repository share. */
export function repoKey(ref: Pick<RepoRef, 'fullName'>): string {
  return ref.fullName.toLowerCase();
}

/**
 * True when a reference names a repository on the GitHub server at `serverUrl` (an `owner/name`
 * always does). An http(s) URL must have the server's host and port; ssh and scp-like addresses
 * the server's host name (`git@github.com:` is github.com).
 */
export function onServer(ref: RepoRef, serverUrl: string): boolean {
  if (!ref.host) return true;
  let server: URL;
  try {
    server = new URL(serverUrl);
  } catch {
    return false;
  }
  if (ref.scheme === 'http' || ref.scheme === 'https') return ref.host === server.host.toLowerCase();
  return ref.host === server.hostname.toLowerCase();
}

/**
 * `owner/name` on the server when the reference is there (any spelling: owner/name, https, ssh,
 * scp-like), else undefined.
 */
export function serverRepo(value: string, serverUrl: string): string | undefined {
  const ref = parseRepoRef(value);
  return ref && onServer(ref, serverUrl) ? ref.fullName : undefined;
}

/** True when two references name the same repository of the server (names compared without case). */
export function sameRepo(a: string, b: string, serverUrl: string): boolean {
  const x = serverRepo(a, serverUrl);
  const y = serverRepo(b, serverUrl);
  return !!x && !!y && x.toLowerCase() === y.toLowerCase();
}
