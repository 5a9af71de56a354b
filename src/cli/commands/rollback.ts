import { resolve } from 'node:path';
import { UsageError, type Command } from '../command.js';

export const command: Command = {
  summary: 'put back the previous binary that watch replaced (no token, no network); pins it until watch --unpin',
  usage: 'ghsync rollback NAME --install-dir DIR',
  help: [
    ['NAME', 'the entry to roll back'],
    ['--install-dir DIR', 'the folder ghsync watch installs into (required)'],
  ],
  options: { 'install-dir': { type: 'string' } },
  async run(names, values, out) {
    const [name, ...extra] = names;
    if (!name || extra.length) throw new UsageError('name one entry to roll back');
    if (!values['install-dir']) throw new UsageError('--install-dir DIR is required');
    const { rollback } = await import('../../watch/rollback.js');
    const r = await rollback(resolve(values['install-dir'] as string), name);
    out.result({ name, version: r.version, replaced: r.replaced, binary: r.binary, pinned: true }, () => [
      `${name}: ${r.replaced} -> ${r.version} at ${r.binary} (pinned: ghsync watch --unpin ${name} to follow again)`,
    ]);
    return 0;
  },
};
