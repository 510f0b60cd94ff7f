/**
 * A minimal static file server for the built app (dist/), on a free localhost port, optionally under a
 * sub-path, to test what any static host would serve.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.gexf': 'application/xml',
  '.graphml': 'application/xml',
};

export interface StaticServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** Serve the folder under this path prefix, e.g. '/news/graph/'. */
  base?: string;
  /** Extra routes (path → body) and headers for every response. */
  routes?: Record<string, { body: string | Buffer; type: string }>;
  headers?: Record<string, string>;
}

export async function serveStatic(root: string, options: ServeOptions = {}): Promise<StaticServer> {
  const base = options.base ?? '/';
  const dir = resolve(root);
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    for (const [k, v] of Object.entries(options.headers ?? {})) res.setHeader(k, v);
    const route = options.routes?.[path];
    if (route) {
      res.writeHead(200, { 'content-type': route.type });
      res.end(route.body);
      return;
    }
    if (!path.startsWith(base)) {
      res.writeHead(404).end('not found');
      return;
    }
    let file = normalize(join(dir, path.slice(base.length)));
    if (!file.startsWith(dir)) {
      res.writeHead(403).end('forbidden');
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    server,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
