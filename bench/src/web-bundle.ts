/**
 * Client JavaScript per page type, gzipped, from the site's static export (apps/web/out) or, failing
 * that, the prerendered pages in apps/web/.next. Next 16 no longer prints first-load sizes, so the
 * pages' own <script> tags are the measure: what a browser downloads to run a page.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageType {
  /** Route pattern: "/", "/events", "/events/[id]". */
  route: string;
  pages: number;
  /** Gzipped bytes of client JS per page: median and largest over the pages of this type. */
  medianBytes: number;
  maxBytes: number;
}

export interface WebBundle {
  dir: string;
  /** JS every page loads (framework and shared chunks), gzipped bytes: the baseline. */
  sharedBytes: number;
  types: PageType[];
}

const SCRIPT = /<script\b[^>]*\bsrc="([^"]+\.js)"/g;
const PRELOAD = /<link\b[^>]*\bas="script"[^>]*\bhref="([^"]+\.js)"|<link\b[^>]*\bhref="([^"]+\.js)"[^>]*\bas="script"/g;

async function htmlFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== '_next') out.push(...(await htmlFiles(path)));
    } else if (entry.name.endsWith('.html')) out.push(path);
  }
  return out;
}

/** "events/event-x.html" → "/events/[id]"; "events.html" → "/events"; "index.html" → "/". */
export function routeOf(file: string): string {
  const parts = file.split(sep).join('/').replace(/\.html$/, '').split('/');
  if (parts.length === 1) {
    const name = parts[0]!;
    if (name === 'index') return '/';
    if (name === '404' || name === '_not-found') return '/404';
    return `/${name}`;
  }
  return `/${[...parts.slice(0, -1), '[id]'].join('/')}`;
}

/** Finds the built site, or undefined when the site has not been built. */
export function findWebBuild(webDir: string): { pagesDir: string; nextDir: string } | undefined {
  // nextDir is where "/_next/…" URLs point: out/_next for an export, .next itself otherwise.
  if (existsSync(join(webDir, 'out', 'index.html'))) return { pagesDir: join(webDir, 'out'), nextDir: join(webDir, 'out', '_next') };
  const server = join(webDir, '.next', 'server', 'app');
  if (existsSync(join(server, 'index.html'))) return { pagesDir: server, nextDir: join(webDir, '.next') };
  return undefined;
}

export async function measureWebBundle(webDir: string): Promise<WebBundle | undefined> {
  const build = findWebBuild(webDir);
  if (!build) return undefined;
  const gzipped = new Map<string, number>();
  const sizeOf = async (src: string): Promise<number> => {
    const cached = gzipped.get(src);
    if (cached !== undefined) return cached;
    const bytes = gzipSync(await readFile(join(build.nextDir, src.replace(/^\/_next\//, ''))), { level: 9 }).length;
    gzipped.set(src, bytes);
    return bytes;
  };

  const pages: Array<{ route: string; scripts: Set<string> }> = [];
  for (const file of await htmlFiles(build.pagesDir)) {
    const html = await readFile(file, 'utf8');
    const scripts = new Set<string>();
    for (const m of html.matchAll(SCRIPT)) if (m[1]!.startsWith('/_next/')) scripts.add(m[1]!);
    for (const m of html.matchAll(PRELOAD)) {
      const src = m[1] ?? m[2];
      if (src?.startsWith('/_next/')) scripts.add(src);
    }
    pages.push({ route: routeOf(relative(build.pagesDir, file)), scripts });
  }
  if (pages.length === 0) return undefined;

  const shared = [...pages[0]!.scripts].filter((src) => pages.every((p) => p.scripts.has(src)));
  let sharedBytes = 0;
  for (const src of shared) sharedBytes += await sizeOf(src);

  const byRoute = new Map<string, number[]>();
  for (const page of pages) {
    let bytes = 0;
    for (const src of page.scripts) bytes += await sizeOf(src);
    byRoute.set(page.route, [...(byRoute.get(page.route) ?? []), bytes]);
  }
  const types = [...byRoute]
    .map(([route, sizes]) => {
      const sorted = [...sizes].sort((a, b) => a - b);
      return { route, pages: sizes.length, medianBytes: sorted[Math.ceil(sorted.length / 2) - 1]!, maxBytes: sorted.at(-1)! };
    })
    .sort((a, b) => a.route.localeCompare(b.route));
  return { dir: relative(webDir, build.pagesDir) || '.', sharedBytes, types };
}
