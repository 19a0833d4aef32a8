// Serves the static export in out/ — what `npm start` runs. next start cannot serve an
// `output: 'export'` build, so sirv does: clean URLs (/events/x → events/x.html) and the real
// 404 page with status 404 for anything else.
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

export const OUT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'out');

/** Headers every response carries. */
export const BASE_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};

const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/g;

/**
 * sha256 hashes (base64) of the inline scripts a page runs. Next's static export inlines its
 * bootstrap and RSC payload as <script> elements; hashing them lets the policy forbid every other
 * inline script without 'unsafe-inline'. JSON-LD blocks are data, never run, so they are skipped.
 */
export function inlineScriptHashes(html) {
  const hashes = [];
  for (const [, attributes, body] of html.matchAll(INLINE_SCRIPT)) {
    if (/\stype=["']?application\/(ld\+)?json/i.test(attributes)) continue;
    hashes.push(createHash('sha256').update(body, 'utf8').digest('base64'));
  }
  return hashes;
}

/** The Content-Security-Policy for a page whose inline scripts have these hashes. */
export function contentSecurityPolicy(hashes) {
  return [
    "default-src 'self'",
    `script-src 'self' ${hashes.map((h) => `'sha256-${h}'`).join(' ')}`.trim(),
    // React renders style attributes (map and chart sizes); they cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

function* htmlFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(path);
    else if (entry.name.endsWith('.html')) yield path;
  }
}

/** URL path → policy for every page of the export, computed once at start-up. */
function pagePolicies(dir) {
  const policies = new Map();
  for (const file of htmlFiles(dir)) {
    const policy = contentSecurityPolicy(inlineScriptHashes(readFileSync(file, 'utf8')));
    const path = `/${relative(dir, file).split(sep).join('/')}`;
    const clean = path.replace(/\.html$/, '');
    for (const key of [path, clean, clean.replace(/(^|\/)index$/, '$1') || '/']) policies.set(key, policy);
  }
  return policies;
}

/** The 404 page as built and as compress.mjs precompressed it, so unknown paths are not sent raw. */
function notFoundBodies(dir) {
  const page = join(dir, '404.html');
  const bodies = { identity: readFileSync(page) };
  if (existsSync(`${page}.br`)) bodies.br = readFileSync(`${page}.br`);
  if (existsSync(`${page}.gz`)) bodies.gzip = readFileSync(`${page}.gz`);
  return bodies;
}

/** Brotli, then gzip, as the client accepts them and the files exist; else the page as it is. */
export function pickEncoding(bodies, acceptEncoding = '') {
  const accepted = new Set(String(acceptEncoding).split(',').map((part) => part.split(';')[0].trim().toLowerCase()));
  for (const encoding of ['br', 'gzip']) if (bodies[encoding] && accepted.has(encoding)) return { encoding, body: bodies[encoding] };
  return { encoding: 'identity', body: bodies.identity };
}

/** Starts a server on host:port (port 0 picks a free one); resolves with the server and its URL. */
export function serve({ port = 3000, host = '127.0.0.1', dir = OUT_DIR } = {}) {
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error(`No built site in ${dir}: run \`npm run build -w @kztj/web\` first.`);
  }
  const notFound = notFoundBodies(dir);
  const policies = pagePolicies(dir);
  const setHeaders = (res, pathname) => {
    for (const [name, value] of Object.entries(BASE_HEADERS)) res.setHeader(name, value);
    // sirv sends text/csv without a charset (the core's CSVs are UTF-8: Cyrillic names, “quotes”)
    // and no type at all for .ico.
    if (pathname.endsWith('.csv')) res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    if (pathname.endsWith('.ico')) res.setHeader('Content-Type', 'image/x-icon');
    const policy = policies.get(pathname) ?? policies.get(pathname.replace(/\/$/, ''));
    if (policy) res.setHeader('Content-Security-Policy', policy);
  };
  const assets = sirv(dir, { extensions: ['html'], dev: false, etag: true, gzip: true, brotli: true, setHeaders });
  const server = createServer((req, res) => {
    assets(req, res, () => {
      const { encoding, body } = pickEncoding(notFound, req.headers['accept-encoding']);
      res.writeHead(404, {
        ...BASE_HEADERS,
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Security-Policy': policies.get('/404'),
        Vary: 'Accept-Encoding',
        ...(encoding === 'identity' ? {} : { 'Content-Encoding': encoding }),
      });
      res.end(body);
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      resolve({ server, url: `http://${host === '127.0.0.1' ? 'localhost' : host}:${actual}` });
    });
  });
}

/** PORT from the environment: a whole number 0–65535 (0: any free port), 3000 when unset. */
export function portFrom(env) {
  const raw = env.PORT ?? '3000';
  if (!/^\d{1,5}$/.test(raw.trim()) || Number(raw) > 65535) throw new Error(`PORT must be a whole number from 0 to 65535, got "${raw}"`);
  return Number(raw);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const host = process.env.HOST || '127.0.0.1';
  try {
    const port = portFrom(process.env);
    const { server, url } = await serve({ port, host });
    console.log(`kztj site ready on ${url}`);
    const stop = () => server.close(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
