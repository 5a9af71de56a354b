import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every path under `dir`, relative with forward slashes, sorted; links are listed, never followed. */
export function tree(dir: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    out.push(prefix + e.name);
    if (e.isDirectory()) out.push(...tree(join(dir, e.name), `${prefix}${e.name}/`));
  }
  return out.sort();
}
