/**
 * Rewrites only the `version` values of `versions.yml` (or `.json`): the YAML document locates
 * each version scalar, and just that scalar's source bytes are replaced, in its own quoting
 * style. Comments, order, blank lines, long lines and every other byte stay as they were (a
 * re-serialised document would re-wrap and re-quote).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { isScalar, parseDocument, Scalar } from 'yaml';
import { UserError } from '../runtime/errors.js';
import { parseManifest } from '../manifest/manifest.js';

/** name -> new version */
export type VersionUpdates = Record<string, string>;

/** The text with the given entries' versions replaced. Throws a UserError naming the entry it cannot edit. */
export function rewriteVersions(text: string, updates: VersionUpdates, file = 'versions.yml'): string {
  const doc = parseDocument(text, { keepSourceTokens: true });
  const edits: { start: number; end: number; text: string; name: string }[] = [];
  for (const [name, version] of Object.entries(updates)) {
    const node = doc.getIn(['binaries', name, 'version'], true);
    if (!isScalar(node) || !node.range) throw new UserError(`${file}: entry "${name}" has no version value to update`);
    const [start, end] = node.range;
    edits.push({ start, end, text: render(node, version, file.endsWith('.json')), name });
  }
  // Apply from the end so earlier offsets stay valid.
  let out = text;
  for (const e of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);

  // The result must read back as the versions we meant (and still be a valid manifest).
  const check = parseManifest(out, file);
  for (const [name, version] of Object.entries(updates)) {
    if (check.binaries[name]?.version !== version) throw new UserError(`${file}: entry "${name}": rewriting the version did not read back as "${version}"`);
  }
  return out;
}

/** The new value in the style the old one was written in. */
function render(node: Scalar, value: string, json: boolean): string {
  const plainOk = /^[A-Za-z0-9_][A-Za-z0-9_.+/-]*$/.test(value) && !/^(true|false|null|yes|no|on|off|~)$/i.test(value);
  switch (node.type) {
    case Scalar.QUOTE_SINGLE:
      return `'${value.replace(/'/g, "''")}'`;
    case Scalar.PLAIN:
      if (!json && plainOk) return value;
      return JSON.stringify(value);
    default:
      return JSON.stringify(value);
  }
}

/** Rewrites the file in place; returns whether it changed. */
export async function updateManifestFile(file: string, updates: VersionUpdates): Promise<boolean> {
  if (!Object.keys(updates).length) return false;
  const before = await readFile(file, 'utf8');
  const after = rewriteVersions(before, updates, file);
  if (after === before) return false;
  await writeFile(file, after);
  return true;
}
