// A renamed (or transferred) repository's old name. GitHub's API redirects requests to it: GET and
// HEAD with 301, every other method with 307 ("repeat the request verbatim there"; docs.github.com
// "Repository redirects" and "HTTP redirects"), with a `{message, url, documentation_url}` body.
// GitHub's Location is the `/repositories/{id}/...` form, which the stand-in has no routes for: it
// points at the same path under the new name instead, which a client follows the same way.
// The old name stops redirecting once a repository of that name exists again, as on GitHub.
import { HttpError } from '../http.js';
import type { Store } from '../state.js';

const DOC = 'https://docs.github.com/rest/guides/best-practices-for-using-the-rest-api#follow-redirects';

/** Old full name (lower case) -> the repository's name now. */
export type Renames = Map<string, string>;

/** Throws the redirect when `apiPath` (after /api/v3) names a repository by an old name. */
export function redirectRenamed(renames: Renames, store: Store, method: string, apiPath: string, apiUrl: string, search: string): void {
  const m = /^\/repos\/([^/]+)\/([^/]+)(\/.*)?$/.exec(apiPath);
  if (!m) return;
  const old = `${decodeURIComponent(m[1])}/${decodeURIComponent(m[2])}`;
  const now = renames.get(old.toLowerCase());
  if (!now || store.repo(old) || !store.repo(now)) return;
  const status = method === 'GET' || method === 'HEAD' ? 301 : 307;
  const location = `${apiUrl}/repos/${now}${m[3] ?? ''}${search}`;
  throw new HttpError(status, { message: status === 301 ? 'Moved Permanently' : 'Temporary Redirect', url: location, documentation_url: DOC }, { location });
}
