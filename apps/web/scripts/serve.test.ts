import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Server } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { records } from '@kztj/core';
// @ts-expect-error -- a plain .mjs script without type declarations
import { serve } from './serve.mjs';
import { assertBuilt } from '../checks/site-output';

let server: Server;
let base: string;

beforeAll(async () => {
  assertBuilt();
  ({ server, url: base } = (await serve({ port: 0 })) as { server: Server; url: string });
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('the static server behind npm start', () => {
  it('serves pages at clean URLs', async () => {
    const id = records('events')[0]!.id;
    for (const path of ['/', '/timeline', `/events/${id}`, '/sitemap.xml', '/data/dataset.json']) {
      const res = await fetch(`${base}${path}`);
      expect(res.status, path).toBe(200);
    }
  });

  it('answers unknown routes and unknown ids with the 404 page and status 404', async () => {
    for (const path of ['/no-such-page', '/events/no-such-event', '/entities/%00', '/sources/x/y']) {
      const res = await fetch(`${base}${path}`);
      expect(res.status, path).toBe(404);
      expect(await res.text()).toMatch(/Page not found/);
    }
  });
});

describe('what a careful reader notices (issue 12, item 10)', () => {
  it('sends CSVs as UTF-8', async () => {
    const res = await fetch(`${base}/data/csv/entities.csv`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
  });

  it('sends the 404 page compressed when the client accepts it, plain when not', async () => {
    const { gunzipSync, brotliDecompressSync } = await import('node:zlib');
    const { request } = await import('node:http');
    const get = (encoding: string) =>
      new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
        const req = request(`${base}/no-such-page`, { headers: { 'Accept-Encoding': encoding } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
        });
        req.on('error', reject);
        req.end();
      });
    const br = await get('gzip, deflate, br');
    expect([br.status, br.headers['content-encoding'], br.headers.vary]).toEqual([404, 'br', 'Accept-Encoding']);
    expect(brotliDecompressSync(br.body).toString()).toMatch(/Page not found/);
    const gz = await get('gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toMatch(/Page not found/);
    const plain = await get('identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toMatch(/Page not found/);
  });

  it('picks an encoding only when the client accepts it and the file exists', async () => {
    const { pickEncoding } = await import('./serve.mjs' as string);
    const pick = pickEncoding as (b: Record<string, Buffer>, a?: string) => { encoding: string };
    const bodies = { identity: Buffer.from('a'), gzip: Buffer.from('b') };
    expect(pick(bodies, 'br, gzip').encoding).toBe('gzip');
    expect(pick(bodies, 'BR;q=1').encoding).toBe('identity');
    expect(pick(bodies, undefined).encoding).toBe('identity');
  });

  it('answers /favicon.ico with an icon', async () => {
    const res = await fetch(`${base}/favicon.ico`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^image\/(x-icon|vnd\.microsoft\.icon)/);
    const body = Buffer.from(await res.arrayBuffer());
    // ICO header: reserved 0, type 1 (icon), one image.
    expect([body.readUInt16LE(0), body.readUInt16LE(2), body.readUInt16LE(4)]).toEqual([0, 1, 1]);
  });
});

describe('serve without a build', () => {
  it('refuses with a message naming the folder and the command to run', () => {
    const empty = mkdtempSync(join(tmpdir(), 'kztj-empty-out-'));
    try {
      expect(() => serve({ port: 0, dir: empty })).toThrow(`No built site in ${empty}: run \`npm run build -w @kztj/web\` first.`);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});

describe('security headers', () => {
  it('sends a per-page Content-Security-Policy that allows exactly the page\'s own inline scripts', async () => {
    const { inlineScriptHashes } = await import('./serve.mjs' as string);
    const { createHash } = await import('node:crypto');
    for (const path of ['/', '/timeline', '/no-such-page']) {
      const res = await fetch(`${base}${path}`);
      const html = await res.text();
      const policy = res.headers.get('content-security-policy') ?? '';
      const scriptSrc = policy.split('; ').find((d) => d.startsWith('script-src'))!;
      const allowed = [...scriptSrc.matchAll(/'sha256-([^']+)'/g)].map((m) => m[1]);
      const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/g)]
        .filter(([, attributes]) => !/application\/ld\+json/.test(attributes!))
        .map(([, , body]) => createHash('sha256').update(body!).digest('base64'));
      expect(inline.length, path).toBeGreaterThan(0);
      expect(allowed.sort(), path).toEqual([...inline].sort());
      expect((inlineScriptHashes as (h: string) => string[])(html).sort()).toEqual([...inline].sort());
      expect(policy).toMatch(/object-src 'none'.*frame-ancestors 'none'/);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    }
  });

  it('skips JSON-LD data blocks when hashing', async () => {
    const { inlineScriptHashes } = await import('./serve.mjs' as string);
    const hashes = (inlineScriptHashes as (h: string) => string[])('<script type="application/ld+json">{"a":1}</script><script>run()</script><script src="/x.js"></script>');
    expect(hashes).toHaveLength(1);
  });
});
