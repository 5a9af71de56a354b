// A forwarding HTTP proxy on 127.0.0.1, as a corporate proxy is to a self-hosted runner: plain
// HTTP requests with an absolute URI (`GET http://host:port/path`) and CONNECT tunnels (what
// HTTPS, and tunnelling agents, use). `hosts` maps names only the proxy can resolve (e.g.
// `github.invalid` -> 127.0.0.1), so a request that bypasses the proxy cannot reach them.
// `rewrite: [from, to]` presents a server under another name: URLs in JSON bodies and Location
// headers that pass through are rewritten (the local GitHub renders its 127.0.0.1 URLs), and
// CONNECT tunnels are then served by the proxy itself as plain HTTP, so they are rewritten too.
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';

export interface ProxyHit {
  kind: 'forward' | 'connect' | 'tunnelled';
  /** host:port the client asked for. */
  target: string;
  /** Path (forward requests only). */
  path?: string;
}

export interface ForwardProxy {
  url: string;
  hits: ProxyHit[];
  close(): Promise<void>;
}

export interface ForwardProxyOptions {
  /** Names only the proxy resolves -> address. */
  hosts?: Record<string, string>;
  /** Replace `from` with `to` in JSON bodies and Location headers going back to the client. */
  rewrite?: [from: string, to: string];
}

export async function startForwardProxy(o: ForwardProxyOptions = {}): Promise<ForwardProxy> {
  const hosts = o.hosts ?? {};
  const hits: ProxyHit[] = [];
  const sockets = new Set<Socket>();
  const resolve = (host: string) => hosts[host.toLowerCase()] ?? host;

  const forward = (req: IncomingMessage, res: ServerResponse) => {
    let target: URL;
    const tunnelled = (req.socket as Socket & { tunnelled?: boolean }).tunnelled;
    try {
      // Absolute URI from a client, or origin-form inside a CONNECT tunnel we serve ourselves.
      target = tunnelled ? new URL(req.url ?? '/', `http://${req.headers.host}`) : new URL(req.url ?? '');
      if (target.protocol !== 'http:') throw new Error('not http');
    } catch {
      res.writeHead(400).end('absolute http:// URI expected');
      return;
    }
    hits.push({ kind: tunnelled ? 'tunnelled' : 'forward', target: target.host, path: target.pathname });
    const headers = { ...req.headers };
    delete headers['proxy-connection'];
    delete headers['proxy-authorization'];
    if (o.rewrite) delete headers['accept-encoding'];
    const up = request(
      { host: resolve(target.hostname), port: target.port || 80, method: req.method, path: `${target.pathname}${target.search}`, headers },
      (answer) => {
        const out = { ...answer.headers };
        if (!o.rewrite) {
          res.writeHead(answer.statusCode ?? 502, out);
          answer.pipe(res);
          return;
        }
        const [from, to] = o.rewrite;
        if (typeof out.location === 'string') out.location = out.location.split(from).join(to);
        if (!/json/.test(String(out['content-type'] ?? ''))) {
          res.writeHead(answer.statusCode ?? 502, out);
          answer.pipe(res);
          return;
        }
        const chunks: Buffer[] = [];
        answer.on('data', (c: Buffer) => chunks.push(c));
        answer.on('end', () => {
          const body = Buffer.from(Buffer.concat(chunks).toString('utf8').split(from).join(to));
          delete out['transfer-encoding'];
          out['content-length'] = String(body.length);
          res.writeHead(answer.statusCode ?? 502, out).end(body);
        });
      },
    );
    up.on('error', () => (res.headersSent ? res.destroy() : res.writeHead(502).end('proxy: upstream unreachable')));
    req.pipe(up);
  };

  const server = createServer(forward);
  server.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) => {
    const [host, port] = (req.url ?? '').split(':');
    hits.push({ kind: 'connect', target: req.url ?? '' });
    if (o.rewrite) {
      // Serve the tunnel ourselves (plain HTTP inside), so the rewriting applies to it too.
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      (client as Socket & { tunnelled?: boolean }).tunnelled = true;
      if (head.length) client.unshift(head);
      server.emit('connection', client);
      return;
    }
    const up = connect(Number(port) || 443, resolve(host), () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) up.write(head);
      up.pipe(client);
      client.pipe(up);
    });
    sockets.add(up);
    up.on('close', () => sockets.delete(up));
    up.on('error', () => client.end('HTTP/1.1 502 Bad Gateway\r\n\r\n'));
    client.on('error', () => up.destroy());
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    hits,
    close: () =>
      new Promise<void>((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  };
}
