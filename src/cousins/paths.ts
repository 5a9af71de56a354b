/**
 * Paths that come from configuration or from an untrusted payload and are used inside a
 * repository: relative, forward slashes, no way out of the repository and no way into `.git`.
 * Returns why a path is refused, or undefined when it is fine.
 */
export function pathProblem(path: unknown): string | undefined {
  if (typeof path !== 'string' || path.length === 0) return 'is empty';
  if (path.includes('\0')) return 'contains a NUL byte';
  if (/[\x00-\x1f\x7f]/.test(path)) return 'contains a control character';
  if (path.startsWith('/')) return 'is absolute (starts with "/")';
  if (/^[A-Za-z]:/.test(path) || path.includes('\\')) return 'contains a backslash or a drive letter';
  if (path.includes('..')) return 'contains ".."';
  const segments = path.replace(/\/+$/, '').split('/');
  if (segments.some((s) => s === '' || s === '.')) return 'has an empty or "." segment';
  if (segments.some((s) => s.toLowerCase() === '.git')) return 'points into .git';
  if (path.length > 1024) return 'is longer than 1024 characters';
  return undefined;
}

/** A short, printable rendering of an untrusted value for a one-line message. */
export function show(value: unknown, max = 120): string {
  if (typeof value !== 'string') {
    const text = value === undefined ? 'undefined' : (JSON.stringify(value) ?? String(value));
    return text.length > max ? `${text.slice(0, max)}…` : text;
  }
  let text = value;
  text = text.replace(/[\x00-\x1f\x7f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
  if (text.length > max) text = `${text.slice(0, max)}…`;
  return JSON.stringify(text);
}
