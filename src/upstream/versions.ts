/**
 * Tag names -> comparable versions. The newest version is the highest semantic version, never
 * the newest by date and never lexical order (`v2.10.3` < `v2.10.24`).
 *
 * Without a `tag-pattern` a tag must be a full semantic version with an optional leading `v`
 * (`v1.2.3`, `1.2.3-rc.1`). With one, the pattern must match and its groups, joined with dots
 * (`^curl-(\d+)_(\d+)_(\d+)$`: `curl-8_21_0` is 8.21.0), or the whole match without groups, are
 * the version; there, `1.2` and `1` are read as `1.2.0` and `1.0.0`, so `release-1.2`,
 * `go1.22.0` or `component/v1.2.3` work through a pattern and never by accident.
 *
 * A monorepo pin without a pattern (`version: pdata/v1.30.0`) reads only the tags of its own
 * component: `pdata/` then a full semantic version (so not `pdata/xpdata/v0.1.0`, not `v0.9.0`).
 */
import semver from 'semver';

export type UpdateType = 'major' | 'minor' | 'patch' | 'prerelease' | 'commit' | 'none';

export interface TagVersion {
  /** The tag (or release tag) name as the upstream has it. */
  tag: string;
  /** The version text the tag yields (the pattern's groups joined with dots, or the tag). */
  text: string;
  version: semver.SemVer;
}

const SEMVER_LOOSE_PARTS = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/;

const SEMVER_TEXT = 'v?\\d+\\.\\d+\\.\\d+(?:-[0-9A-Za-z.-]+)?(?:\\+[0-9A-Za-z.-]+)?';

/**
 * The tag pattern (already validated by the manifest parser); without one, a pin with slashes
 * (a monorepo's full tag) yields `^<its prefix>(<semver>)$`.
 */
export function compilePattern(pattern: string | undefined, pinned?: string): RegExp | undefined {
  if (pattern) return new RegExp(pattern);
  const slash = pinned?.lastIndexOf('/') ?? -1;
  if (!pinned || slash < 0) return undefined;
  const prefix = pinned.slice(0, slash + 1).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${prefix}(${SEMVER_TEXT})$`);
}

/**
 * The version text of a match: the groups that took part, joined with dots (SPEC §7). A later
 * group that is not a number is a prerelease or build part: `-rc.1` and `+meta` are appended as
 * they are, `rc.1` after a `-`. No group took part: the whole match.
 */
function matchText(m: RegExpExecArray): string {
  const groups = m.slice(1).filter((g): g is string => g !== undefined && g !== '');
  if (!groups.length) return m[0];
  return groups.reduce((acc, g) => acc + (/^\d+$/.test(g) ? `.${g}` : /^[-+]/.test(g) ? g : `-${g}`));
}

/** The version of a tag, or undefined when the tag is not a version (it is then skipped). */
export function parseTag(tag: string, pattern?: RegExp): TagVersion | undefined {
  if (pattern) {
    const m = pattern.exec(tag);
    if (!m) return undefined;
    const text = matchText(m);
    const version = coerce(text);
    return version ? { tag, text, version } : undefined;
  }
  const version = semver.parse(tag.replace(/^v(?=\d)/, ''));
  return version ? { tag, text: tag, version } : undefined;
}

/** `1.2` -> 1.2.0, `v3` -> 3.0.0, `1.2.3-rc.1` stays; anything else is not a version. */
function coerce(text: string): semver.SemVer | undefined {
  const m = SEMVER_LOOSE_PARTS.exec(text.trim());
  if (!m) return undefined;
  const [, major, minor = '0', patch = '0', pre = '', build = ''] = m;
  return semver.parse(`${Number(major)}.${Number(minor)}.${Number(patch)}${pre}${build}`) ?? undefined;
}

/**
 * The version the manifest pins. Tried as a tag first (the usual `version: v2.10.24`), then
 * leniently (`version: 1.2.3` for a tag `component/v1.2.3`).
 */
export function parsePinned(version: string, pattern?: RegExp): semver.SemVer | undefined {
  return parseTag(version, pattern)?.version ?? parseTag(version)?.version ?? coerce(version);
}

/** Same version, build metadata ignored. */
export function sameVersion(a: semver.SemVer, b: semver.SemVer): boolean {
  return semver.compare(a, b) === 0;
}

/** The highest version, ties broken towards a tag that spells it like `prefer` (then shortest). */
export function highest(tags: TagVersion[], prefer?: string): TagVersion | undefined {
  let best: TagVersion | undefined;
  for (const t of tags) {
    if (!best) {
      best = t;
      continue;
    }
    const c = semver.compare(t.version, best.version);
    if (c > 0) best = t;
    else if (c === 0 && prefer !== undefined && t.tag === prefer) best = t;
  }
  return best;
}

/** Highest part that changed from `current` to `latest`, or `none` when latest is not newer. */
export function updateType(current: semver.SemVer, latest: semver.SemVer): UpdateType {
  if (semver.compare(latest, current) <= 0) return 'none';
  if (latest.major !== current.major) return 'major';
  if (latest.minor !== current.minor) return 'minor';
  if (latest.patch !== current.patch) return 'patch';
  return 'prerelease';
}

/**
 * How to write `latest` into the manifest, in the style of the pinned value: the tag itself when
 * the pin is a tag name, group 1's text when the pin is that, else the bare version (with a `v`
 * when the pin had one).
 */
export function pinFor(pinned: string, pattern: RegExp | undefined, current: TagVersion | undefined, latest: TagVersion): string {
  if (current && pinned === current.tag) return latest.tag;
  if (current && pinned === current.text) return latest.text;
  if (!current && pattern && parseTag(pinned, pattern)) return latest.tag;
  const bare = latest.version.version;
  return /^v\d/.test(pinned) ? `v${bare}` : bare;
}
