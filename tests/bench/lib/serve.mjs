// A small static server for the built site, loopback only, like a plain static host:
//  - gzip for text types (precomputed once per file, level 9), `Vary: Accept-Encoding`
//  - `<dir>/index.html` for directory URLs; `/dir` without its slash redirects to `/dir/`
//  - no SPA fallback: an unknown path is a 404 (with dist/404.html as its body when present)
//  - `Cache-Control: public, max-age=31536000, immutable` for /assets/*, `no-cache` elsewhere
//  - extra mounts: { '/plain/': '/tmp/dir' } serve another folder under a prefix
//  - { tls: { key, cert } }: HTTPS with HTTP/2 (HTTP/1.1 still offered), as real hosts serve
import http from 'node:http';
import http2 from 'node:http2';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

/** @type {Record<string, string>} */
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};
const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml|manifest\+json)|image\/svg)/;
export const GZIP_LEVEL = 9;

/** @typedef {import('node:http').IncomingMessage | import('node:http2').Http2ServerRequest} Request */
/** @typedef {import('node:http').ServerResponse | import('node:http2').Http2ServerResponse} Response */

/**
 * @param {string} rootDir
 * @param {{ mounts?: Record<string, string>, port?: number, tls?: { key: Buffer, cert: Buffer } | null }} [options]
 * @returns {Promise<{ origin: string, stats: typeof stats, close: () => Promise<void> }>}
 */
export function startServer(rootDir, { mounts = {}, port = 0, tls = null } = {}) {
  const root = path.resolve(rootDir);
  const mountList = Object.entries(mounts).map(([prefix, dir]) => [prefix, path.resolve(dir)]);
  /** @type {Map<string, { mtimeMs: number, size: number, raw: Buffer, gzip?: Buffer }>} */
  const cache = new Map();
  const stats = { requests: 0, bytesSent: 0, notFound: /** @type {string[]} */ ([]) };

  /** @param {string} file */
  const load = (file) => {
    const st = fs.statSync(file);
    let c = cache.get(file);
    if (!c || c.mtimeMs !== st.mtimeMs || c.size !== st.size) {
      c = { mtimeMs: st.mtimeMs, size: st.size, raw: fs.readFileSync(file) };
      cache.set(file, c);
    }
    return c;
  };
  /** @param {string} f */
  const isFile = (f) => {
    try {
      return fs.statSync(f).isFile();
    } catch {
      return false;
    }
  };
  /** @param {string} f */
  const isDir = (f) => {
    try {
      return fs.statSync(f).isDirectory();
    } catch {
      return false;
    }
  };

  /**
   * @param {Request} req
   * @param {Response} res
   * @param {string} file
   * @param {number} status
   * @param {string} cacheControl
   */
  function send(req, res, file, status, cacheControl) {
    const type = TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream';
    const c = load(file);
    /** @type {Record<string, string | number>} */
    const headers = { 'content-type': type, 'cache-control': cacheControl, vary: 'Accept-Encoding' };
    let body = c.raw;
    if (COMPRESSIBLE.test(type) && c.raw.length > 0 && /\bgzip\b/.test(String(req.headers['accept-encoding'] || ''))) {
      body = c.gzip ??= zlib.gzipSync(c.raw, { level: GZIP_LEVEL });
      headers['content-encoding'] = 'gzip';
    }
    headers['content-length'] = body.length;
    res.writeHead(status, headers);
    if (req.method === 'HEAD') return res.end();
    res.end(body);
    stats.bytesSent += body.length;
  }

  /**
   * @param {Request} req
   * @param {Response} res
   */
  const handler = (req, res) => {
    stats.requests++;
    if (req.method !== 'GET' && req.method !== 'HEAD') return res.writeHead(405).end();
    let pathname;
    // A server's request always has its URL (a client's request may not: hence the type's undefined).
    try {
      pathname = decodeURIComponent(new URL(/** @type {string} */ (req.url), 'http://127.0.0.1').pathname);
    } catch {
      return res.writeHead(400).end();
    }
    let base = root;
    let rel = pathname;
    for (const [prefix, dir] of mountList) {
      if (pathname === prefix.replace(/\/$/, '') || pathname.startsWith(prefix)) {
        base = dir;
        rel = pathname.slice(prefix.length - 1) || '/';
        break;
      }
    }
    const file = path.join(base, path.normalize(rel));
    if (file !== base && !file.startsWith(base + path.sep)) return res.writeHead(403).end();
    const cacheControl = pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
    if (isDir(file)) {
      if (!pathname.endsWith('/')) {
        const u = new URL(/** @type {string} */ (req.url), 'http://127.0.0.1');
        res.writeHead(301, { location: `${u.pathname}/${u.search}`, 'cache-control': 'no-cache' });
        return res.end();
      }
      const index = path.join(file, 'index.html');
      if (isFile(index)) return send(req, res, index, 200, cacheControl);
    } else if (isFile(file)) return send(req, res, file, 200, cacheControl);
    if (stats.notFound.length < 50) stats.notFound.push(pathname);
    const notFound = path.join(root, '404.html');
    if (isFile(notFound)) return send(req, res, notFound, 404, 'no-cache');
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
  };
  const server = tls ? http2.createSecureServer({ ...tls, allowHTTP1: true }, handler) : http.createServer(handler);
  // An HTTP/2 server has no closeAllConnections(): its sockets are closed by hand.
  const sockets = new Set();
  server.on('secureConnection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const origin = `${tls ? 'https' : 'http'}://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}`;
      resolve({
        origin,
        stats,
        close: () =>
          /** @type {Promise<void>} */ (
            new Promise((r) => {
              if ('closeAllConnections' in server) server.closeAllConnections();
              for (const socket of sockets) socket.destroy();
              server.close(() => r());
            })
          ),
      });
    });
  });
}
