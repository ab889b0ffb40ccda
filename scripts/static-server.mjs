// The static file server of `npm start` and the tests: sirv over the built
// site, on loopback only. It serves what `npm run build` wrote, as any
// careful static host could:
// - the precompressed .br and .gz files beside each asset, by the request's
//   Accept-Encoding (sirv picks them; `Vary: Accept-Encoding` follows);
// - validators (ETag, Last-Modified), and a Cache-Control by kind of file:
//   content-hashed bundles (src/bundle/) are immutable for a year, every
//   other file is revalidated on each use (a 304 when unchanged);
// - the strict Content-Security-Policy the pages are built to run under,
//   on every response that can become a document or a worker;
// - the cross-origin headers an embed on another origin needs: a module
//   script and the .wasm it fetches are CORS requests, so every response
//   allows any origin to read it (the site is public, and no response
//   depends on cookies).
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import sirv from 'sirv';

export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

// Files whose names carry a hash of their content: a new build writes new
// names, so a cached copy can never be stale.
export const VERSIONED_PATH = /^\/src\/bundle\//;
export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

// Responses that cannot become a document or a worker, whose policy is
// the page's: the .wasm, the stylesheet and the content-hashed bundles (a
// page's module scripts; the lab's Workers run src/lab-worker.js, outside
// them). They go without the Content-Security-Policy header, which would
// only add its bytes to each of them.
export const NO_POLICY_PATH = /^\/src\/bundle\/|\.(wasm|css)$/;

// Headers every response carries, 404s and 304s included (the policy on
// all but NO_POLICY_PATH).
export const COMMON_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Access-Control-Allow-Origin': '*',
  'Cross-Origin-Resource-Policy': 'cross-origin',
};

function notFound(request, response) {
  response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': REVALIDATE });
  response.end('Not found\n');
}

// Serves `root` on 127.0.0.1. Port 0 picks a free port. Resolves to
// { url, close }.
export function startServer({ root, port = 0, host = '127.0.0.1' }) {
  const serve = sirv(resolve(root), {
    // Files are looked up on each request rather than listed once at the
    // start, so a rebuild while the server runs is served as it is.
    dev: true,
    etag: true,
    gzip: true,
    brotli: true,
    dotfiles: false,
    onNoMatch: notFound,
    setHeaders(response, pathname) {
      // Type declarations are read as text, not as MPEG transport streams.
      if (pathname.endsWith('.ts')) response.setHeader('Content-Type', 'text/plain; charset=utf-8');
    },
  });
  const server = createServer((request, response) => {
    for (const [name, value] of Object.entries(COMMON_HEADERS)) response.setHeader(name, value);
    const { pathname } = new URL(request.url, 'http://localhost');
    if (!NO_POLICY_PATH.test(pathname)) response.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    response.setHeader('Cache-Control', VERSIONED_PATH.test(pathname) ? IMMUTABLE : REVALIDATE);
    if (request.method === 'OPTIONS') {
      // A preflight: only simple GETs are served, so nothing more to allow.
      response.writeHead(204, { 'Access-Control-Allow-Methods': 'GET, HEAD' });
      response.end();
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('Method not allowed\n');
      return;
    }
    serve(request, response);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const { port: actualPort } = server.address();
      resolvePromise({
        url: `http://${host}:${actualPort}/`,
        close: () => new Promise((done) => {
          server.close(done);
          server.closeAllConnections?.();
        }),
      });
    });
  });
}
