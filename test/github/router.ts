// A tiny method + path-pattern router. `:name` is one segment, `*name` the rest of the path.
import type { Ctx } from './http.js';

export type Handler = (ctx: Ctx) => Promise<void> | void;

interface Route {
  method: string;
  re: RegExp;
  keys: string[];
  handler: Handler;
}

export class Router {
  private routes: Route[] = [];

  on(method: string, pattern: string, handler: Handler) {
    const keys: string[] = [];
    const src = pattern
      .split('/')
      .map((seg) => {
        if (seg.startsWith(':')) {
          keys.push(seg.slice(1));
          return '([^/]+)';
        }
        if (seg.startsWith('*')) {
          keys.push(seg.slice(1));
          return '(.+)';
        }
        return seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      })
      .join('/');
    this.routes.push({ method: method.toUpperCase(), re: new RegExp(`^${src}/?$`), keys, handler });
    return this;
  }

  /** The route for method+path; `methodMismatch` tells a known path with another verb (GitHub answers 404 there too). */
  match(method: string, path: string): { handler: Handler; params: Record<string, string> } | undefined {
    for (const r of this.routes) {
      if (r.method !== method.toUpperCase() && !(method.toUpperCase() === 'HEAD' && r.method === 'GET')) continue;
      const m = r.re.exec(path);
      if (!m) continue;
      const params: Record<string, string> = {};
      r.keys.forEach((k, i) => {
        try {
          params[k] = decodeURIComponent(m[i + 1]);
        } catch {
          params[k] = m[i + 1];
        }
      });
      return { handler: r.handler, params };
    }
    return undefined;
  }
}
