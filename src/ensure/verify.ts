/**
 * The check every binary passes before it is used: its `.version` names the requested entry,
 * version and platform, and the binary's sha256 equals the `checksum` recorded there.
 */
import { lstat, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { UserError } from '../runtime/errors.js';
import { sha256File } from '../artifact/hash.js';
import { parseVersionFile, VERSION_FILE, type VersionInfo } from '../artifact/version-file.js';
import type { Target } from '../artifact/target.js';

export class VerifyError extends UserError {
  override name = 'VerifyError';
}

/** Verifies `dir` (holding the binary and `.version`); `label` names where it came from. */
export async function verifyDir(dir: string, t: Target, label: string, knownSha256?: string): Promise<{ sha256: string; info: Partial<VersionInfo> }> {
  const binary = join(dir, t.exe);
  // lstat: a link is never followed, wherever it points.
  const st = await lstat(binary).catch(() => undefined);
  if (!st?.isFile()) throw new VerifyError(`${label}: no ${t.exe} in it (expected the binary, a regular file, at its top level)`);
  const versionFile = join(dir, VERSION_FILE);
  const text = (await lstat(versionFile).catch(() => undefined))?.isFile() ? await readFile(versionFile, 'utf8').catch(() => undefined) : undefined;
  if (text === undefined) throw new VerifyError(`${label}: no ${VERSION_FILE} file beside ${t.exe}`);
  const info = parseVersionFile(text);
  if (info.version !== t.version) {
    throw new VerifyError(`${label}: version mismatch: expected ${t.version}, ${VERSION_FILE} says ${info.version ?? '(none)'}`);
  }
  if (info.name && info.name !== t.name) throw new VerifyError(`${label}: name mismatch: expected ${t.name}, ${VERSION_FILE} says ${info.name}`);
  if ((info.os && info.os !== t.platform.os) || (info.arch && info.arch !== t.platform.arch)) {
    throw new VerifyError(`${label}: platform mismatch: expected ${t.platform.os}/${t.platform.arch}, ${VERSION_FILE} says ${info.os}/${info.arch}`);
  }
  // knownSha256: this binary was hashed at install and its stat has not changed since (tool-cache.ts).
  const sha256 = knownSha256 ?? (await sha256File(binary));
  if (!info.checksum || info.checksum.toLowerCase() !== sha256) {
    throw new VerifyError(`${label}: checksum mismatch for ${t.exe}: expected ${info.checksum || '(none)'} (${VERSION_FILE}), actual ${sha256}`);
  }
  return { sha256, info };
}
