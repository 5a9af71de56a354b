import { UserError } from '../runtime/errors.js';

/** The placeholders a tag or asset template may use. */
export const PLACEHOLDERS = ['name', 'version', 'bin', 'os', 'arch'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];
export type TemplateVars = Partial<Record<Placeholder, string>>;

const PATTERN = /\{([^{}]*)\}/g;

/** The placeholders named in a template; throws on an unknown one. */
export function placeholdersOf(template: string): Placeholder[] {
  const found: Placeholder[] = [];
  for (const match of template.matchAll(PATTERN)) {
    const key = match[1];
    if (!(PLACEHOLDERS as readonly string[]).includes(key)) {
      throw new UserError(`unknown placeholder {${key}} in "${template}" (allowed: ${PLACEHOLDERS.map((p) => `{${p}}`).join(' ')})`);
    }
    found.push(key as Placeholder);
  }
  return found;
}

/** Fills a template; an unknown placeholder or one without a value is an error. */
export function render(template: string, vars: TemplateVars): string {
  placeholdersOf(template);
  return template.replace(PATTERN, (_, key: Placeholder) => {
    const value = vars[key];
    if (value === undefined) throw new UserError(`no value for {${key}} in "${template}"`);
    return value;
  });
}
