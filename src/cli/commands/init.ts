import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { isRepoName } from '../../manifest/manifest.js';
import { UsageError, type Command } from '../command.js';

export const command: Command = {
  summary: 'scaffold versions.yml, ecosystem.json or subscriptions.json and the workflows (never overwrites)',
  usage: 'ghsync init [--monorepo | --cousin OWNER/REPO] [--dir DIR]',
  help: [
    ['(no flag)', 'versions.yml, .github/workflows/ci.yml (ensure all) and upstream.yml (check-upstream)'],
    ['--monorepo', 'also ecosystem.json and .github/workflows/dispatch-cousins.yml'],
    ['--cousin OWNER/REPO', 'subscriptions.json and .github/workflows/sync-upstream.yml syncing from OWNER/REPO'],
    ['--dir DIR', 'where to write (default: the current folder)'],
  ],
  options: { monorepo: { type: 'boolean', default: false }, cousin: { type: 'string' }, dir: { type: 'string' } },
  async run(_names, values, out) {
    const t = await import('../templates.js');
    const cousin = values.cousin as string | undefined;
    if (cousin !== undefined && !isRepoName(cousin)) throw new UsageError(`--cousin takes owner/name, got "${cousin}"`);
    if (cousin && values.monorepo) throw new UsageError('--monorepo and --cousin are two sides: pick one');
    const files: Array<[string, string]> = cousin
      ? [
          ['subscriptions.json', t.SUBSCRIPTIONS_JSON],
          ['.github/workflows/sync-upstream.yml', t.syncUpstreamYml(cousin)],
        ]
      : [
          ['versions.yml', t.VERSIONS_YML],
          ['.github/workflows/ci.yml', t.CI_YML],
          ['.github/workflows/upstream.yml', t.UPSTREAM_YML],
          ...(values.monorepo
            ? ([
                ['ecosystem.json', t.ECOSYSTEM_JSON],
                ['.github/workflows/dispatch-cousins.yml', t.DISPATCH_YML],
              ] as Array<[string, string]>)
            : []),
        ];
    const base = (values.dir as string | undefined) ?? process.cwd();
    const done: Array<{ file: string; action: 'created' | 'kept' }> = [];
    for (const [file, text] of files) {
      const path = join(base, file);
      await mkdir(dirname(path), { recursive: true });
      try {
        // 'wx': an existing file is never touched, even one created a moment ago by someone else.
        await writeFile(path, text, { flag: 'wx' });
        done.push({ file, action: 'created' });
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
        done.push({ file, action: 'kept' });
      }
    }
    out.result({ files: done }, () => done.map((d) => `${d.action === 'created' ? 'created' : 'kept (exists)'} ${d.file}`));
    return 0;
  },
};
