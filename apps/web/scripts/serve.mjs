// Serves the static export in out/ — what `npm start` runs. next start cannot serve an
// `output: 'export'` build, so sirv does: clean URLs (/events/x → events/x.html) and the real
// 404 page with status 404 for anything else.
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

export const OUT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'out');

/** Starts a server on host:port (port 0 picks a free one); resolves with the server and its URL. */
export function serve({ port = 3000, host = '127.0.0.1', dir = OUT_DIR } = {}) {
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error(`No built site in ${dir}: run \`npm run build -w @kztj/web\` first.`);
  }
  const notFound = readFileSync(join(dir, '404.html'));
  const assets = sirv(dir, { extensions: ['html'], dev: false, etag: true, gzip: true, brotli: true });
  const server = createServer((req, res) => {
    assets(req, res, () => {
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(notFound);
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

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const port = Number(process.env.PORT ?? 3000);
  const host = process.env.HOST ?? '127.0.0.1';
  try {
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
