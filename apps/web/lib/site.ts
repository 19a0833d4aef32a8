/**
 * The one place the site's public origin is decided. Set KZTJ_SITE_URL when building for a real
 * host (it is listed in apps/web/turbo.json `env`, so turbo passes it through and keys its cache
 * on it); canonical URLs, Open Graph, JSON-LD, sitemap.xml and robots.txt all read it from here.
 */
export const SITE_URL: string = (process.env.KZTJ_SITE_URL ?? 'http://localhost:3000').replace(/\/+$/, '');

export const SITE_NAME = 'kztj';

export const SITE_DESCRIPTION =
  'A verifiable knowledge base of Kazakhstan–Tajikistan relations: events, agreements, figures, quotes and claims, each linked to the words of the article it comes from.';

/** An absolute URL for a site path ("/entities/kazakhstan"). */
export function absoluteUrl(path: string): string {
  return `${SITE_URL}${path.startsWith('/') ? path : `/${path}`}`;
}
