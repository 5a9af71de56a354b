import { lstat, mkdir, rename, symlink, unlink } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { UserError } from '../../runtime/errors.js';
import { UsageError, type Command } from '../command.js';

/** A value inside single quotes for sh (and fish, which reads '\'' the same way here). */
export function shQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

export const command: Command = {
  summary: 'put the ensured binaries on PATH: print what to eval, or --link them into one folder',
  usage: 'ghsync path [name...] [--link DIR] [--shell sh|fish]      eval "$(ghsync path)"',
  help: [
    ['name...', 'entries (default: all); run "ghsync ensure --all" first'],
    ['--link DIR', 'link every binary into DIR (e.g. .bin) and print the PATH line for DIR only'],
    ['--shell sh|fish', 'syntax of the printed line (default: sh, also right for bash and zsh)'],
  ],
  options: { link: { type: 'string' }, shell: { type: 'string', default: 'sh' } },
  async run(names, values, out) {
    const shell = values.shell as string;
    if (shell !== 'sh' && shell !== 'fish') throw new UsageError(`--shell must be sh or fish, got "${shell}"`);
    const manifestFile = (values.manifest as string | undefined) ?? 'versions.yml';
    const { loadCliManifest } = await import('../../releases/coverage.js');
    const { resolveTarget } = await import('../../artifact/target.js');
    const { toolCacheRoot, findTool } = await import('../../artifact/tool-cache.js');
    const manifest = await loadCliManifest(manifestFile);
    for (const n of names) if (!manifest.binaries[n]) throw new UserError(`${manifestFile}: no entry "${n}"`);
    const root = toolCacheRoot();
    const found: Array<{ name: string; version: string; binary: string }> = [];
    const missing: string[] = [];
    for (const name of names.length ? names : Object.keys(manifest.binaries)) {
      const t = await resolveTarget({ name, manifest });
      const dir = findTool(root, t.name, t.version, t.platform);
      if (dir) found.push({ name, version: t.version, binary: join(dir, t.exe) });
      else missing.push(`${name} ${t.version}`);
    }
    let dirs: string[];
    if (values.link) {
      const linkDir = resolve(values.link as string);
      await mkdir(linkDir, { recursive: true });
      for (const f of found) await linkInto(linkDir, f.binary);
      dirs = [linkDir];
    } else {
      dirs = [...new Set(found.map((f) => dirname(f.binary)))];
    }
    const line = !dirs.length
      ? ''
      : shell === 'fish'
        ? `set -gx PATH ${dirs.map(shQuote).join(' ')} $PATH`
        : `export PATH=${dirs.map(shQuote).join(':')}:"$PATH"`;
    if (missing.length) out.log.warn(`not ensured yet: ${missing.join(', ')} (run "ghsync ensure --all")`);
    out.result({ path: dirs, line, binaries: found, missing }, () => (line ? [line] : []));
    return missing.length ? 1 : 0;
  },
};

/** DIR/<bin> → the tool cache binary; replaced by a rename so the name is never missing. */
async function linkInto(dir: string, target: string): Promise<void> {
  const dest = join(dir, basename(target));
  const st = await lstat(dest).catch(() => undefined);
  if (st && !st.isSymbolicLink()) throw new UserError(`${dest} exists and is not a link: move it away, or choose another --link folder`);
  const tmp = join(dir, `.${basename(target)}.ghsync-${process.pid}`);
  await unlink(tmp).catch(() => undefined);
  await symlink(target, tmp);
  await rename(tmp, dest);
}
