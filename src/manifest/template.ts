import { UserError } from '../runtime/errors.js';

/** The placeholders a tag or asset template may use. */
export const PLACEHOLDERS = ['name', 'version', 'bin', 'os', 'arch', 'semver', 'exe'] as const;
/** A `download` template (url, path, checksum) may also use `{ext}`, the format's extension. */
export const DOWNLOAD_PLACEHOLDERS = [...PLACEHOLDERS, 'ext'] as const;
export type Placeholder = (typeof DOWNLOAD_PLACEHOLDERS)[number];
export type TemplateVars = Partial<Record<Placeholder, string>>;

const PATTERN = /\{([^{}]*)\}/g;

/** The placeholders named in a template; throws on an unknown one. */
export function placeholdersOf(template: string, allowed: readonly string[] = PLACEHOLDERS): Placeholder[] {
  const found: Placeholder[] = [];
  for (const match of template.matchAll(PATTERN)) {
    const key = match[1];
    if (!allowed.includes(key)) {
      throw new UserError(`unknown placeholder {${key}} in "${template}" (allowed: ${allowed.map((p) => `{${p}}`).join(' ')})`);
    }
    found.push(key as Placeholder);
  }
  return found;
}

/** Fills a template; an unknown placeholder or one without a value is an error. */
export function render(template: string, vars: TemplateVars, allowed: readonly string[] = PLACEHOLDERS): string {
  placeholdersOf(template, allowed);
  return template.replace(PATTERN, (_, key: Placeholder) => {
    const value = vars[key];
    if (value === undefined) throw new UserError(`no value for {${key}} in "${template}"`);
    return value;
  });
}

/** `{semver}`: the version without a leading `v`; of a monorepo tag (`comp/v1.2.3`), its last part's. */
export function semverOf(version: string): string {
  const last = version.slice(version.lastIndexOf('/') + 1);
  return /^v\d/.test(last) ? last.slice(1) : last;
}
