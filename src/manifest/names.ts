/**
 * The manifest's defaults, name rules and file reading without the YAML parser, so code that only
 * needs these (a tool-cache hit, a failing input check) does not load it. manifest.ts re-exports them.
 */
import { readFile } from 'node:fs/promises';
import { UserError } from '../runtime/errors.js';

/** The manifest file's text, or one line saying why it cannot be read. */
export async function readManifestText(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UserError(
      code === 'ENOENT'
        ? `${file}: manifest not found (set the "manifest" input, or create versions.yml)`
        : `${file}: cannot read manifest (${code ?? String(err)})`,
    );
  }
}
export const DEFAULT_TAG = '{name}-{version}';
export const DEFAULT_ASSET = '{bin}-{os}-{arch}.tar.gz';

const REPO_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\/[A-Za-z0-9._-]+$/;

/** True for `owner/name`. */
export function isRepoName(value: string): boolean {
  return REPO_NAME.test(value) && !value.endsWith('.git') && !value.includes('..');
}

/**
 * Why `tag` is not a valid tag name, or undefined: git's rules (`git check-ref-format`) and
 * GitHub's (a short name, never a full `refs/...` ref).
 */
export function badTagName(tag: string): string | undefined {
  if (!tag) return 'it is empty';
  if (/^refs\//.test(tag)) return 'it starts with "refs/" (a tag is named without it)';
  const bad = /[\x00-\x20\x7f~^:?*[\\]/.exec(tag);
  if (bad) return `it contains ${bad[0].charCodeAt(0) <= 0x20 || bad[0] === '\x7f' ? 'a space or control character' : `"${bad[0]}"`}`;
  if (tag.includes('..')) return 'it contains ".."';
  if (tag.includes('@{') || tag === '@') return 'it contains "@{" or is "@"';
  if (tag.startsWith('-')) return 'it starts with "-"';
  if (tag.startsWith('/') || tag.endsWith('/') || tag.includes('//')) return 'it has an empty path component';
  if (tag.endsWith('.')) return 'it ends with "."';
  for (const part of tag.split('/')) {
    if (part.startsWith('.')) return `its component "${part}" starts with "."`;
    if (part.endsWith('.lock')) return `its component "${part}" ends with ".lock"`;
  }
  return undefined;
}

/**
 * Why `version` cannot be a pinned version, or undefined (SPEC §2): any non-empty string without
 * spaces, including a monorepo's full tag with slashes (`comp/v1.2.3`). One with a slash is a
 * tag name, so it must be a valid one (no `..`, no empty component, no `.lock`...); a backslash
 * is never a tag character and would be a path separator on Windows.
 */
export function badVersion(version: string): string | undefined {
  if (!version) return 'it is empty';
  if (/[\s\x00-\x1f\x7f]/.test(version)) return 'it contains a space or control character';
  if (version.includes('\\')) return 'it contains "\\"';
  if (version.includes('/')) {
    const why = badTagName(version);
    if (why) return `${why} (a version with "/" is a monorepo tag, so it must be a valid tag name)`;
  }
  return undefined;
}

/** Why `name` is not a plain file name (an asset or binary name), or undefined. */
export function badFileName(name: string): string | undefined {
  if (!name || name === '.' || name === '..') return 'it is not a file name';
  if (/[/\\]/.test(name)) return 'it contains a path separator';
  if (/[\x00-\x1f\x7f]/.test(name)) return 'it contains a control character';
  return undefined;
}
