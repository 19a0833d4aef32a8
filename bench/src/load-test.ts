import { createServer, type Server } from 'node:http';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import autocannon from 'autocannon';

export interface LoadResult {
  label: string;
  requestsPerSecond: number;
  p99Ms: number;
  p50Ms: number;
  total: number;
  errors: number;
  timeouts: number;
  /** Responses with a status other than 2xx, leaving out the 404s that were asked for. */
  unexpected: number;
  intended404: number;
}

/** Paths the site must serve, plus one the site must answer with its 404 page. */
export const SITE_MIX = ['/', '/timeline', '/entities', '/entities/emomali-rahmon', '/events', '/figures', '/compare', '/map', '/search', '/data'];
export const MISSING = '/no-such-page';

function listen(server: Server): Promise<string> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    resolve(`http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`);
  }));
}

/**
 * 100 connections for `seconds` against `url` over `paths` (loopback only; bounded in time).
 * Counts every status, so the intended 404s are told apart from real failures.
 */
export async function load(label: string, url: string, paths: readonly string[], seconds = 10, connections = 100): Promise<LoadResult> {
  if (!/^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?$/.test(url)) throw new Error(`load tests only target loopback, not ${url}`);
  const statuses = new Map<number, number>();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url, connections, duration: seconds, requests: paths.map((path) => ({ method: 'GET' as const, path })) },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on('response', (_client, status) => statuses.set(status, (statuses.get(status) ?? 0) + 1));
  });
  const intended404 = paths.includes(MISSING) ? (statuses.get(404) ?? 0) : 0;
  const unexpected = [...statuses].filter(([status]) => status < 200 || status >= 300).reduce((n, [, c]) => n + c, 0) - intended404;
  return {
    label,
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    total: [...statuses.values()].reduce((a, b) => a + b, 0),
    errors: result.errors,
    timeouts: result.timeouts,
    unexpected,
    intended404,
  };
}

/** The served site against a bare node:http server answering a fixed page, in the same run. */
export async function siteLoad(webDir: string, seconds = 10): Promise<{ baseline: LoadResult; site: LoadResult } | undefined> {
  const serveModule = join(webDir, 'scripts/serve.mjs');
  if (!existsSync(join(webDir, 'out/index.html')) || !existsSync(serveModule)) return undefined;
  const page = '<!doctype html><title>baseline</title><p>baseline</p>';
  const bare = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(page));
  const bareUrl = await listen(bare);
  const { serve } = (await import(pathToFileURL(serveModule).href)) as { serve: (o: { port: number }) => Promise<{ server: Server; url: string }> };
  const { server, url } = await serve({ port: 0 });
  try {
    const baseline = await load('bare node:http, one fixed page', bareUrl, ['/'], seconds);
    const site = await load('served site, 10 pages + a 404', url.replace('localhost', '127.0.0.1'), [...SITE_MIX, MISSING], seconds);
    return { baseline, site };
  } finally {
    bare.close();
    server.close();
    bare.closeAllConnections?.();
    server.closeAllConnections?.();
  }
}
