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
