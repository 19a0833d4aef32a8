import { mkdtemp, mkdir, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { measureWebBundle, routeOf } from './web-bundle.js';

describe('routeOf', () => {
  it('names page types by route pattern', () => {
    expect(routeOf('index.html')).toBe('/');
    expect(routeOf('events.html')).toBe('/events');
    expect(routeOf('events/event-2018-visit.html')).toBe('/events/[id]');
    expect(routeOf('_not-found.html')).toBe('/404');
  });
});

describe('measureWebBundle', () => {
  const dirs: string[] = [];
  afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

  it('reports "not built" (undefined) when there is no build', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kztj-web-'));
    dirs.push(dir);
    expect(await measureWebBundle(dir)).toBeUndefined();
  });

  it('sums the gzipped scripts each page loads and finds those every page shares', async () => {
    const web = await mkdtemp(join(tmpdir(), 'kztj-web-'));
    dirs.push(web);
    const chunks = join(web, 'out', '_next', 'static', 'chunks');
    await mkdir(join(web, 'out', 'events'), { recursive: true });
    await mkdir(chunks, { recursive: true });
    const framework = 'console.log("framework");'.repeat(50);
    const events = 'console.log("events page");'.repeat(20);
    await writeFile(join(chunks, 'framework.js'), framework);
    await writeFile(join(chunks, 'events.js'), events);
    const page = (...srcs: string[]) => `<html><head>${srcs.map((s) => `<script src="/_next/static/chunks/${s}" async=""></script>`).join('')}</head></html>`;
    await writeFile(join(web, 'out', 'index.html'), page('framework.js'));
    await writeFile(join(web, 'out', 'events', 'a.html'), page('framework.js', 'events.js'));
    await writeFile(join(web, 'out', 'events', 'b.html'), page('framework.js', 'events.js'));

    const gz = (text: string) => gzipSync(text, { level: 9 }).length;
    const result = await measureWebBundle(web);
    expect(result?.sharedBytes).toBe(gz(framework));
    expect(result?.types).toEqual([
      { route: '/', pages: 1, medianBytes: gz(framework), maxBytes: gz(framework) },
      { route: '/events/[id]', pages: 2, medianBytes: gz(framework) + gz(events), maxBytes: gz(framework) + gz(events) },
    ]);
  });
});
