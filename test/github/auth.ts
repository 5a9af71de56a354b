// Tokens issued by the stand-in, and how a request's credentials map onto them.
import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Permission, TokenKind, TokenOptions } from './types.js';

export interface TokenRec {
  value: string;
  permission: Permission;
  repos: string[] | null; // null: every repository
  login: string;
  id: number;
  orgOwner?: string[]; // lower-case organization logins (routes/org-hooks.ts)
}

export interface Auth {
  kind: TokenKind;
  token?: TokenRec;
}

const BOT_ID = 41898282; // github-actions[bot]

export class Tokens {
  private byValue = new Map<string, TokenRec>();
  private nextUserId = 5000;

  issue(o: TokenOptions = {}): string {
    // ghs_ is the prefix of installation tokens (what GITHUB_TOKEN is); 36 chars of base62-ish.
    const value = `ghs_${randomBytes(27).toString('base64url').replace(/[-_]/g, 'x').slice(0, 36)}`;
    const login = o.login ?? 'github-actions[bot]';
    this.byValue.set(value, {
      value,
      permission: o.permission ?? 'write',
      repos: o.repos ? o.repos.map((r) => r.toLowerCase()) : null,
      login,
      id: login === 'github-actions[bot]' ? BOT_ID : this.nextUserId++,
      orgOwner: (o.orgOwner ?? []).map((x) => x.toLowerCase()),
    });
    return value;
  }

  /** Read credentials the ways GitHub accepts: `token X`, `Bearer X`, and Basic with the token as password (or user). */
  authenticate(req: IncomingMessage): Auth {
    const header = req.headers.authorization;
    if (!header) return { kind: 'none' };
    const m = /^(\S+)\s+(.+)$/.exec(header.trim());
    if (!m) return { kind: 'bad' };
    const scheme = m[1].toLowerCase();
    let candidates: string[];
    if (scheme === 'token' || scheme === 'bearer') candidates = [m[2].trim()];
    else if (scheme === 'basic') {
      const decoded = Buffer.from(m[2].trim(), 'base64').toString();
      const i = decoded.indexOf(':');
      candidates = i < 0 ? [decoded] : [decoded.slice(i + 1), decoded.slice(0, i)];
    } else return { kind: 'bad' };
    for (const c of candidates) {
      const t = this.byValue.get(c);
      if (t) return { kind: t.permission, token: t };
    }
    return { kind: 'bad' };
  }
}

export function covers(t: TokenRec | undefined, fullName: string): boolean {
  return !!t && (t.repos === null || t.repos.includes(fullName.toLowerCase()));
}

/**
 * True when the request carries more than one Authorization header. Node keeps only the first
 * in `req.headers`, so the raw list is what tells (headersDistinct would too, from Node 18.3).
 */
export function duplicateAuthorization(req: IncomingMessage): boolean {
  let n = 0;
  for (let i = 0; i < req.rawHeaders.length; i += 2) if (req.rawHeaders[i].toLowerCase() === 'authorization') n++;
  return n > 1;
}
