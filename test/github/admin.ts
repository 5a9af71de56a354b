// A small JSON control API under /_admin for a stand-in started as its own process
// (tsx test/github/main.ts): the same setup calls tests make in-process. Loopback only, no auth,
// never logged in `requests`, never subject to faults.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { LocalGitHub, FaultSpec } from './types.js';

async function body(req: IncomingMessage): Promise<any> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const text = Buffer.concat(chunks).toString();
  return text ? JSON.parse(text) : {};
}

function send(res: ServerResponse, status: number, data: unknown) {
  const text = data === undefined ? '' : JSON.stringify(data);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': String(Buffer.byteLength(text)) });
  res.end(text);
}

/** `{regex: "...", flags?: "..."}` or a plain string, since a RegExp does not travel in JSON. */
function toPath(p: unknown): RegExp | string {
  if (p && typeof p === 'object' && 'regex' in p) return new RegExp(String((p as any).regex), (p as any).flags ?? '');
  return String(p);
}

export function adminHandler(gh: LocalGitHub) {
  return async (req: IncomingMessage, res: ServerResponse, path: string, query: URLSearchParams) => {
    try {
      const m = req.method ?? 'GET';
      if (m === 'POST' && path === '/_admin/repos') {
        const b = await body(req);
        await gh.createRepo(b.fullName, b);
        return send(res, 201, { fullName: b.fullName, gitUrl: gh.gitUrl(b.fullName) });
      }
      if (m === 'POST' && path === '/_admin/tokens') return send(res, 201, { token: gh.token(await body(req)) });
      if (m === 'POST' && path === '/_admin/commit') {
        const b = await body(req);
        const files: Record<string, string | Buffer | null> = {};
        for (const [k, v] of Object.entries(b.files ?? {})) {
          files[k] = v && typeof v === 'object' && 'base64' in (v as object) ? Buffer.from(String((v as any).base64), 'base64') : (v as string | null);
        }
        const sha = await gh.commit(b.fullName, { ...b, files, date: b.date ? new Date(b.date) : undefined });
        return send(res, 201, { sha });
      }
      if (m === 'POST' && path === '/_admin/tag') {
        const b = await body(req);
        await gh.tag(b.fullName, b.tag, b);
        return send(res, 201, {});
      }
      if (m === 'POST' && path === '/_admin/faults') {
        const b = await body(req);
        gh.faults.add({ ...(b as FaultSpec), path: toPath(b.path) });
        return send(res, 201, {});
      }
      if (m === 'POST' && path === '/_admin/secondary-limit') {
        const b = await body(req);
        gh.faults.secondaryLimit({ ...b, path: toPath(b.path) });
        return send(res, 201, {});
      }
      if (m === 'DELETE' && path === '/_admin/faults') {
        gh.faults.clear();
        return send(res, 204, undefined);
      }
      if (m === 'GET' && path === '/_admin/requests') return send(res, 200, gh.requests);
      const st = /^\/_admin\/state\/(releases|assets|dispatches|pulls|issues|labels)$/.exec(path);
      if (m === 'GET' && st) return send(res, 200, gh.state[st[1] as 'releases'](query.get('repo') ?? ''));
      send(res, 404, { message: 'Not Found' });
    } catch (e) {
      send(res, 400, { message: e instanceof Error ? e.message : String(e) });
    }
  };
}
