// Reading the static export in out/ for the build-output checks.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load, type CheerioAPI } from 'cheerio';

export const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'out');

export function assertBuilt(): void {
  if (!existsSync(join(OUT, 'index.html'))) {
    throw new Error(`No static export in ${OUT}: run \`npm run build -w @kztj/web\` (turbo's test task does it first).`);
  }
}

/** Every HTML page of the export as [url path, file], e.g. ["/events/x", ".../out/events/x.html"]. */
export function pages(): Array<[string, string]> {
  const found: Array<[string, string]> = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const file = join(dir, name);
      if (statSync(file).isDirectory()) {
        if (name !== '_next') walk(file);
      } else if (name.endsWith('.html')) {
        const path = `/${relative(OUT, file).split(sep).join('/')}`.replace(/\.html$/, '').replace(/\/index$/, '/');
        found.push([path === '' ? '/' : path, file]);
      }
    }
  };
  walk(OUT);
  return found;
}

/** The file the static server answers a URL path with, or undefined for a 404. */
export function fileFor(path: string): string | undefined {
  const clean = decodeURIComponent(path).replace(/^\/+/, '');
  const candidates = clean === '' ? ['index.html'] : [clean, `${clean}.html`, join(clean, 'index.html')];
  return candidates.map((c) => join(OUT, c)).find((f) => existsSync(f) && statSync(f).isFile());
}

const cache = new Map<string, CheerioAPI>();

/** Parsed as a browser without JavaScript would, so <noscript> content counts as markup. */
export function parse(file: string): CheerioAPI {
  let $ = cache.get(file);
  if (!$) {
    $ = load(readFileSync(file, 'utf8'), { scriptingEnabled: false });
    cache.set(file, $);
  }
  return $;
}
