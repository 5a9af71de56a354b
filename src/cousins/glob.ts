/**
 * Glob matching whose cost is bounded, for subscriptions matched against paths an attacker picks
 * (file names in a push, features in a payload). picomatch compiles a glob to a backtracking
 * RegExp: `*a*a*a*a*a*a*a*a*a*b` against 40 `a`s took 7.7 s, and every extra `*a` multiplies it.
 * Here a segment is matched by the two-pointer wildcard algorithm (one backtrack point, at most
 * pattern × segment steps) and `**` by a memoised walk over segments (pattern segments × path
 * segments states), so one match costs at most about |pattern| × |path| steps per alternative.
 *
 * The syntax is the subset subscriptions use: `*`, `?`, `[abc]`, `[a-z]`, `[!x]`/`[^x]`,
 * `{a,b}` (nested; at most MAX_ALTERNATIVES), `**` as a whole segment (zero or more folders),
 * and `\` escaping the next character. Dot files match like any other (picomatch's `dot: true`).
 */

/** Brace alternatives one glob may expand to. */
export const MAX_ALTERNATIVES = 64;
/** Longest glob accepted. */
export const MAX_GLOB_LENGTH = 1024;

export class GlobError extends Error {
  override name = 'GlobError';
}

type Token = { kind: 'char'; c: string } | { kind: 'any' } | { kind: 'star' } | { kind: 'class'; negated: boolean; ranges: Array<[string, string]> };
type Segment = { kind: 'globstar' } | { kind: 'tokens'; tokens: Token[] };

/** Steps taken by every matcher so far (tests and benchmarks read it to bound the work). */
export const globWork = { steps: 0 };

/** Splits `s` at top-level commas of the brace group that starts at `open`; undefined when it has none. */
function braceGroup(s: string, open: number): { close: number; parts: string[] } | undefined {
  let depth = 0;
  let start = open + 1;
  const parts: string[] = [];
  for (let i = open; i < s.length; i++) {
    const c = s[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '[') {
      const end = classEnd(s, i);
      if (end > 0) i = end;
      continue;
    }
    if (c === '{') depth++;
    else if (c === '}') {
      depth--;
      if (depth === 0) {
        parts.push(s.slice(start, i));
        return parts.length > 1 ? { close: i, parts } : undefined;
      }
    } else if (c === ',' && depth === 1) {
      parts.push(s.slice(start, i));
      start = i + 1;
    }
  }
  throw new GlobError(`unbalanced "{" in ${JSON.stringify(s)}`);
}

/** Index of the `]` closing the class opened at `open`, or -1. */
function classEnd(s: string, open: number): number {
  let i = open + 1;
  if (s[i] === '!' || s[i] === '^') i++;
  if (s[i] === ']') i++; // a leading ] is literal
  for (; i < s.length; i++) {
    if (s[i] === '\\') i++;
    else if (s[i] === ']') return i;
    else if (s[i] === '/') return -1;
  }
  return -1;
}

/** Brace expansion, capped at MAX_ALTERNATIVES results. */
export function expandBraces(glob: string): string[] {
  const out: string[] = [];
  const work = [glob];
  while (work.length) {
    const s = work.pop()!;
    let found: { open: number; close: number; parts: string[] } | undefined;
    for (let i = 0; i < s.length && !found; i++) {
      if (s[i] === '\\') i++;
      else if (s[i] === '[') {
        const end = classEnd(s, i);
        if (end > 0) i = end;
      } else if (s[i] === '{') {
        const g = braceGroup(s, i);
        if (g) found = { open: i, ...g };
      }
    }
    if (!found) out.push(s);
    else for (const p of found.parts.reverse()) work.push(s.slice(0, found.open) + p + s.slice(found.close + 1));
    if (out.length + work.length > MAX_ALTERNATIVES) throw new GlobError(`${JSON.stringify(glob)} expands to more than ${MAX_ALTERNATIVES} alternatives`);
  }
  return out;
}

function parseSegment(seg: string): Segment {
  if (seg === '**') return { kind: 'globstar' };
  const tokens: Token[] = [];
  const chars = Array.from(seg);
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    if (c === '\\') {
      if (i + 1 < chars.length) tokens.push({ kind: 'char', c: chars[++i] });
      continue;
    }
    if (c === '*') {
      // `**` inside a segment is one `*`; consecutive stars are one too.
      if (tokens[tokens.length - 1]?.kind !== 'star') tokens.push({ kind: 'star' });
      continue;
    }
    if (c === '?') {
      tokens.push({ kind: 'any' });
      continue;
    }
    if (c === '[') {
      let j = i + 1;
      const negated = chars[j] === '!' || chars[j] === '^';
      if (negated) j++;
      const ranges: Array<[string, string]> = [];
      let closed = false;
      for (let first = true; j < chars.length; j++, first = false) {
        let lo = chars[j];
        if (lo === ']' && !first) {
          closed = true;
          break;
        }
        if (lo === '\\' && j + 1 < chars.length) lo = chars[++j];
        let hi = lo;
        if (chars[j + 1] === '-' && j + 2 < chars.length && chars[j + 2] !== ']') {
          hi = chars[j + 2] === '\\' && j + 3 < chars.length ? chars[(j += 3)] : chars[(j += 2)];
        }
        ranges.push([lo, hi]);
      }
      if (!closed) throw new GlobError(`unclosed "[" in ${JSON.stringify(seg)}`);
      tokens.push({ kind: 'class', negated, ranges });
      i = j;
      continue;
    }
    tokens.push({ kind: 'char', c });
  }
  return { kind: 'tokens', tokens };
}

function tokenMatches(t: Token, c: string): boolean {
  switch (t.kind) {
    case 'char':
      return t.c === c;
    case 'any':
      return true;
    case 'class':
      return t.ranges.some(([lo, hi]) => c >= lo && c <= hi) !== t.negated;
    default:
      return false;
  }
}

/** Two-pointer wildcard match of one segment: at most |tokens| × |chars| steps. */
function matchSegment(tokens: Token[], chars: string[]): boolean {
  if (!chars.length) return false; // an empty segment never matches (a `*` needs a name)
  let ti = 0;
  let ci = 0;
  let starT = -1;
  let starC = 0;
  while (ci < chars.length) {
    globWork.steps++;
    const t = tokens[ti];
    if (t && t.kind === 'star') {
      starT = ti++;
      starC = ci;
    } else if (t && tokenMatches(t, chars[ci])) {
      ti++;
      ci++;
    } else if (starT >= 0) {
      ti = starT + 1;
      ci = ++starC;
    } else return false;
  }
  while (tokens[ti]?.kind === 'star') ti++;
  return ti === tokens.length;
}

function matchSegments(pattern: Segment[], path: string[][]): boolean {
  // memo[i * (S + 1) + j]: 0 unknown, 1 no, 2 yes; each state is decided once.
  const S = path.length;
  const memo = new Uint8Array((pattern.length + 1) * (S + 1));
  const go = (i: number, j: number): boolean => {
    const key = i * (S + 1) + j;
    if (memo[key]) return memo[key] === 2;
    globWork.steps++;
    let ok: boolean;
    if (i === pattern.length) ok = j === S;
    else {
      const seg = pattern[i];
      if (seg.kind === 'globstar') ok = go(i + 1, j) || (j < S && go(i, j + 1));
      else ok = j < S && matchSegment(seg.tokens, path[j]) && go(i + 1, j + 1);
    }
    memo[key] = ok ? 2 : 1;
    return ok;
  };
  return go(0, 0);
}

/** Compiles a glob into a matcher of `/`-separated paths; throws GlobError for a bad or too large glob. */
export function compileGlob(glob: string): (path: string) => boolean {
  if (glob.length > MAX_GLOB_LENGTH) throw new GlobError(`longer than ${MAX_GLOB_LENGTH} characters`);
  const alternatives = expandBraces(glob).map((alt) => alt.split('/').map(parseSegment));
  return (path) => {
    const segments = path.split('/').map((s) => Array.from(s));
    return alternatives.some((alt) => matchSegments(alt, segments));
  };
}

/** The folder before the first segment with a glob character (`features/*\/flask` → `features`). */
export function globBase(glob: string): string {
  const segments = glob.split('/');
  const i = segments.findIndex((s) => /[*?[{\\]/.test(s));
  return (i < 0 ? segments : segments.slice(0, i)).join('/');
}
