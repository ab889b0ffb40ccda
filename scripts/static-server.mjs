// A small static file server for the built site, on loopback only. It sends
// the strict Content-Security-Policy the page is built to run under, so
// serving and testing exercise the same rules a careful host would set.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.ts': 'text/plain; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

const CROSS_ORIGIN_TYPES = new Set(['.js', '.mjs', '.wasm', '.json']);

async function resolveFile(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const path = resolve(root, '.' + normalize('/' + decoded));
  if (path !== root && !path.startsWith(root + sep)) return undefined;  // no escaping the root
  const info = await stat(path).catch(() => undefined);
  if (info?.isDirectory()) return resolveFile(root, join(decoded, 'index.html'));
  return info?.isFile() ? path : undefined;
}

// Serves `root` on 127.0.0.1. Port 0 picks a free port. Resolves to
// { url, close }.
export function startServer({ root, port = 0, host = '127.0.0.1' }) {
  const base = resolve(root);
  const server = createServer(async (request, response) => {
    const headers = {
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-cache',
    };
    const { pathname } = new URL(request.url, 'http://localhost');
    const file = request.method === 'GET' || request.method === 'HEAD' ? await resolveFile(base, pathname) : undefined;
    if (!file) {
      response.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('Not found\n');
      return;
    }
    const body = await readFile(file);
    // Modules and the core's .wasm may be loaded by pages of other origins
    // (an <activation-plot> embedded elsewhere): they need CORS.
    if (CROSS_ORIGIN_TYPES.has(extname(file))) headers['Access-Control-Allow-Origin'] = '*';
    response.writeHead(200, { ...headers, 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const { port: actualPort } = server.address();
      resolvePromise({
        url: `http://${host}:${actualPort}/`,
        close: () => new Promise((done) => server.close(done)),
      });
    });
  });
}
