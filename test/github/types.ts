// Public types of the local GitHub stand-in. Other test suites code against these.

export type Permission = 'write' | 'read';
export type TokenKind = Permission | 'none' | 'bad';

export interface CreateRepoOptions {
  private?: boolean;
  defaultBranch?: string;
  immutableReleases?: boolean;
  archived?: boolean;
}

export interface TokenOptions {
  permission?: Permission;
  repos?: string[];
  login?: string;
  /** Organizations this token's user owns, with the right to their hooks (classic admin:org_hook, or fine-grained org "Webhooks"). */
  orgOwner?: string[];
}

export interface CommitOptions {
  branch?: string;
  files: Record<string, string | Buffer | null>;
  message?: string;
  parent?: string;
  date?: Date;
}

export interface TagOptions {
  sha?: string;
  annotated?: boolean;
  message?: string;
}

// 'hang': the request is read and never answered (the route does not run) until the client goes away.
export type FaultKind = 'status' | 'rate-limit' | 'secondary-rate-limit' | 'truncate' | 'slow' | 'drop-response' | 'reset' | 'hang';

export interface FaultSpec {
  method?: string;
  path: RegExp | string;
  times?: number;
  kind: FaultKind;
  status?: number;
  retryAfter?: number;
  resetIn?: number;
  bytesPerSecond?: number;
  fraction?: number;
}

export interface SecondaryLimitSpec {
  path: RegExp | string;
  method?: string;
  max: number;
  windowMs: number;
  retryAfter?: number;
}

export interface Faults {
  add(f: FaultSpec): void;
  secondaryLimit(o: SecondaryLimitSpec): void;
  clear(): void;
}

/** API-shaped objects (the JSON GitHub would answer, as seen by an admin). */
export interface Asset {
  id: number;
  name: string;
  label: string | null;
  state: 'uploaded' | 'starter';
  content_type: string;
  size: number;
  digest: string | null;
  download_count: number;
  browser_download_url: string;
  url: string;
  [k: string]: unknown;
}

export interface Release {
  id: number;
  tag_name: string;
  target_commitish: string;
  name: string | null;
  body: string | null;
  draft: boolean;
  prerelease: boolean;
  immutable: boolean;
  upload_url: string;
  html_url: string;
  assets: Asset[];
  [k: string]: unknown;
}

export interface Label {
  id: number;
  name: string;
  color: string;
  description: string | null;
  [k: string]: unknown;
}

export interface Pull {
  number: number;
  state: 'open' | 'closed';
  title: string;
  body: string | null;
  html_url: string;
  head: { ref: string; sha: string; label: string; [k: string]: unknown };
  base: { ref: string; sha: string; [k: string]: unknown };
  labels: Label[];
  [k: string]: unknown;
}

export interface Issue {
  number: number;
  state: 'open' | 'closed';
  title: string;
  body: string | null;
  labels: Label[];
  pull_request?: unknown;
  [k: string]: unknown;
}

export interface Dispatch {
  event_type: string;
  client_payload: any;
  at: number;
}

export interface RequestRecord {
  method: string;
  path: string;
  status: number;
  at: number;
  token?: TokenKind;
}

export interface LocalGitHub {
  url: string;
  apiUrl: string;
  graphqlUrl: string;
  root: string;
  env(token?: string): Record<string, string>;
  createRepo(fullName: string, o?: CreateRepoOptions): Promise<void>;
  token(o?: TokenOptions): string;
  gitUrl(fullName: string): string;
  commit(fullName: string, o: CommitOptions): Promise<string>;
  tag(fullName: string, tag: string, o?: TagOptions): Promise<void>;
  faults: Faults;
  state: {
    releases(fullName: string): Release[];
    assets(fullName: string): Asset[];
    dispatches(fullName: string): Dispatch[];
    pulls(fullName: string): Pull[];
    issues(fullName: string): Issue[];
    labels(fullName: string): Label[];
  };
  requests: RequestRecord[];
  /** Extension: emits 'request' with the RequestRecord when a request is over (status 0: no answer was sent). */
  events: import('node:events').EventEmitter;
  /** Extension: resolves with the first finished request matching the predicate (already finished ones count). */
  waitForRequest(match: (r: RequestRecord) => boolean): Promise<RequestRecord>;
  close(): Promise<void>;
}
