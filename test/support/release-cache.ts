/** Shared setup for the release-cache end-to-end tests: a local GitHub, a workspace, a manifest. */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startGitHub } from '../github/index.js';
import { launch, tempDir, type LaunchOptions, type LaunchResult } from './launcher.js';

export type GitHubStandIn = Awaited<ReturnType<typeof startGitHub>>;

export const REPO = 'acme/project';
export const SHA = 'c0ffee0000000000000000000000000000000001';

/** A build command that writes a tiny shell "binary" printing `<name> <version>`. */
export function fakeBuild(bin = 'tool', extra = ''): string {
  return `printf '#!/bin/sh\\necho "%s %s${extra}"\\n' "$SYNC_NAME" "$SYNC_VERSION" > "$SYNC_OUT/${bin}" && chmod +x "$SYNC_OUT/${bin}"`;
}

export interface World {
  gh: GitHubStandIn;
  token: string;
  readToken: string;
  ws: string;
  cleanup: () => Promise<void>;
  run(action: string, opts?: LaunchOptions & { token?: string }): Promise<LaunchResult>;
  manifest(yaml: string): void;
  /** Downloads an asset through storage (no token) and unpacks it with the system tar. */
  unpack(repo: string, assetName: string, tag?: string): Promise<string>;
}

export async function world(opts: { repo?: string; private?: boolean; immutable?: boolean } = {}): Promise<World> {
  const gh = await startGitHub();
  const repo = opts.repo ?? REPO;
  await gh.createRepo(repo, { private: opts.private, immutableReleases: opts.immutable });
  await gh.commit(repo, { files: { 'README.md': '# project\n' } });
  const token = gh.token({ permission: 'write' });
  const readToken = gh.token({ permission: 'read' });
  const dir = await tempDir('sync-rc-');
  const ws = join(dir.path, 'ws');
  mkdirSync(ws, { recursive: true });
  const w: World = {
    gh,
    token,
    readToken,
    ws,
    cleanup: async () => {
      await gh.close();
      await dir.cleanup();
    },
    run(action, o = {}) {
      const { token: tok, ...rest } = o;
      return launch(action, {
        repository: repo,
        sha: SHA,
        workspace: ws,
        githubToken: tok ?? token,
        ...rest,
        env: { ...gh.env(), SYNC_RETRY_BASE_MS: '10', SYNC_RATE_LIMIT_UNIT_MS: '10', ...rest.env },
      });
    },
    manifest(yaml) {
      writeFileSync(join(ws, 'versions.yml'), yaml);
    },
    async unpack(r, assetName, tag) {
      const pool = tag ? (gh.state.releases(r).find((x) => x.tag_name === tag)?.assets ?? []) : gh.state.assets(r);
      const asset = pool.find((a) => a.name === assetName);
      if (!asset) throw new Error(`no asset ${assetName}`);
      const out = join(dir.path, `unpacked-${asset.id}`);
      mkdirSync(out, { recursive: true });
      const file = join(dir.path, `${asset.id}.tgz`);
      // Async: the stand-in serves from this very process, a sync child would block it.
      await promisify(execFile)('curl', ['-sfL', '-o', file, asset.browser_download_url]);
      await promisify(execFile)('tar', ['xzf', file, '-C', out]);
      return out;
    },
  };
  return w;
}

export function read(path: string): string {
  return readFileSync(path, 'utf8');
}
