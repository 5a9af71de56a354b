/**
 * The manifest's defaults and repository-name rule without the YAML parser, so code that only
 * needs these (a tool-cache hit) does not load it. manifest.ts re-exports them.
 */
export const DEFAULT_TAG = '{name}-{version}';
export const DEFAULT_ASSET = '{bin}-{os}-{arch}.tar.gz';

const REPO_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\/[A-Za-z0-9._-]+$/;

/** True for `owner/name`. */
export function isRepoName(value: string): boolean {
  return REPO_NAME.test(value) && !value.endsWith('.git') && !value.includes('..');
}
