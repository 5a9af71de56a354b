// Helpers for the stand-in's own tests: a tiny HTTP client (no redirects followed, raw status
// and headers), async git, and an OpenAPI response validator built from @octokit/openapi.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { gitEnv } from './git.js';

const exec = promisify(execFile);

export interface Reply {
  status: number;
  headers: Headers;
  body: any;
  text: string;
}

export async function call(
  base: string,
  method: string,
  path: string,
  o: { token?: string; body?: unknown; headers?: Record<string, string>; raw?: BodyInit } = {},
): Promise<Reply> {
  const headers: Record<string, string> = { accept: 'application/vnd.github+json', ...o.headers };
  if (o.token) headers.authorization = `token ${o.token}`;
  let body: BodyInit | undefined = o.raw;
  if (o.body !== undefined) {
    body = JSON.stringify(o.body);
    headers['content-type'] = 'application/json';
  }
  const res = await fetch(path.startsWith('http') ? path : `${base}${path}`, { method, headers, body, redirect: 'manual' });
  const text = await res.text();
  let parsed: any = text;
  if ((res.headers.get('content-type') ?? '').includes('json') && text) parsed = JSON.parse(text);
  return { status: res.status, headers: res.headers, body: parsed, text };
}

/** git with a clean environment, asynchronously (the server runs in this same process). */
export async function runGit(args: string[], cwd?: string, env: Record<string, string> = {}) {
  try {
    const r = await exec('git', args, { cwd, env: gitEnv({ GIT_AUTHOR_NAME: 'T', GIT_AUTHOR_EMAIL: 't@example.com', ...env }), maxBuffer: 64 << 20 });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e: any) {
    return { code: typeof e.code === 'number' ? e.code : 1, stdout: String(e.stdout ?? ''), stderr: String(e.stderr ?? '') };
  }
}

const require = createRequire(import.meta.url);
let spec: any;
let ajv: Ajv | undefined;
const compiled = new Map<string, ValidateFunction>();

/** OpenAPI 3.0 `nullable` → JSON Schema `anyOf [.., null]` (ajv's own `nullable` needs a sibling `type`). */
function denull(s: any): any {
  if (Array.isArray(s)) return s.map(denull);
  if (!s || typeof s !== 'object') return s;
  const out: any = {};
  for (const [k, v] of Object.entries(s)) if (k !== 'nullable' && k !== 'example' && k !== 'examples') out[k] = denull(v);
  if (s.nullable === true) return { anyOf: [out, { type: 'null' }] };
  return out;
}

function load() {
  if (ajv) return;
  spec = JSON.parse(readFileSync(require.resolve('@octokit/openapi/generated/api.github.com.json'), 'utf8'));
  ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
  const addFormats = (addFormatsModule as any).default ?? addFormatsModule;
  addFormats(ajv);
  ajv.addSchema({ $id: 'gh', components: { schemas: denull(spec.components.schemas) } });
}

function resolveResponse(r: any): any {
  while (r && r.$ref) {
    const name = r.$ref.split('/').pop();
    r = spec.components.responses[name];
  }
  return r;
}

/** Validate `body` against the response schema of `METHOD /path/template` for `status`. Returns error text or ''. */
export function validateResponse(method: string, template: string, status: number, body: unknown): string {
  load();
  const key = `${method} ${template} ${status}`;
  let v = compiled.get(key);
  if (!v) {
    const op = spec.paths[template]?.[method.toLowerCase()];
    if (!op) throw new Error(`no operation ${method} ${template}`);
    const resp = resolveResponse(op.responses[String(status)]);
    const schema = resp?.content?.['application/json']?.schema;
    if (!schema) throw new Error(`no JSON schema for ${key}`);
    const rewritten = JSON.parse(JSON.stringify(denull(schema)).replaceAll('"#/components/', '"gh#/components/'));
    v = ajv!.compile(rewritten);
    compiled.set(key, v);
  }
  if (v(body)) return '';
  return ajv!.errorsText(v.errors?.slice(0, 8), { separator: '\n' });
}

/** Validate against a named component schema (e.g. basic-error, validation-error). */
export function validateSchema(name: string, body: unknown): string {
  load();
  const v = ajv!.getSchema(`gh#/components/schemas/${name}`);
  if (!v) throw new Error(`no schema ${name}`);
  return v(body) ? '' : ajv!.errorsText(v.errors, { separator: '\n' });
}
