// A link checker over the prerendered HTML: every internal href and src resolves to a file the
// static server would serve, and every #fragment to an element id on the target page.
import { beforeAll, describe, expect, it } from 'vitest';
import { COLLECTION_NAMES, formatSpanAnchor, records } from '@kztj/core';
import { recordPath } from '../lib/paths';
import { absoluteUrl } from '../lib/site';
import { assertBuilt, fileFor, pages, parse } from './site-output';

beforeAll(assertBuilt);

const ORIGIN = new URL(absoluteUrl('/')).origin;
/** The only external sites the pages may link to. */
// Wikidata, and each article's own address at its publisher (from the catalogue, however many there are).
const EXTERNAL_ALLOWED = ['https://www.wikidata.org', ...records('sources').flatMap((s) => (s.catalogue ? [new URL(s.catalogue.url).origin] : []))];

interface Link {
  page: string;
  url: URL;
}

function collectLinks(): Link[] {
  const links: Link[] = [];
  for (const [path, file] of pages()) {
    const $ = parse(file);
    $('a[href], link[href], script[src], img[src]').each((_, el) => {
      const value = $(el).attr('href') ?? $(el).attr('src')!;
      links.push({ page: path, url: new URL(value, `${ORIGIN}${path}`) });
    });
  }
  return links;
}

function hasId(file: string, id: string): boolean {
  const $ = parse(file);
  return $('[id]').filter((_, el) => $(el).attr('id') === id).length > 0;
}

describe('links in the built site', () => {
  const links = collectLinks();

  it('found links to check', () => {
    expect(links.length).toBeGreaterThan(500);
  });

  it('resolves every internal link to a served file', () => {
    const broken = links
      .filter((l) => l.url.origin === ORIGIN && !['/sitemap.xml', '/robots.txt'].includes(l.url.pathname) ? !fileFor(l.url.pathname) : false)
      .map((l) => `${l.page} → ${l.url.pathname}`);
    expect([...new Set(broken)]).toEqual([]);
  });

  it('resolves every #fragment to an element on the target page', () => {
    const broken = links
      .filter((l) => l.url.origin === ORIGIN && l.url.hash.length > 1)
      .filter((l) => {
        const file = fileFor(l.url.pathname);
        return !file || !hasId(file, decodeURIComponent(l.url.hash.slice(1)));
      })
      .map((l) => `${l.page} → ${l.url.pathname}${l.url.hash}`);
    expect([...new Set(broken)]).toEqual([]);
  });

  it('links outside the site only to allowed hosts', () => {
    const external = links.filter((l) => l.url.origin !== ORIGIN).map((l) => l.url.origin);
    for (const origin of external) expect(EXTERNAL_ALLOWED).toContain(origin);
  });

  it('links every record page to each of its evidence spans in the reader, and each span exists there', () => {
    const hrefs = new Set(links.map((l) => `${l.page} ${l.url.pathname}${l.url.hash}`));
    for (const collection of COLLECTION_NAMES) {
      if (collection === 'sources') continue;
      for (const record of records(collection)) {
        const page = recordPath(collection, record.id);
        for (const span of record.evidence) {
          const target = `${recordPath('sources', span.source)}#${formatSpanAnchor(span)}`;
          expect(hrefs.has(`${page} ${target}`), `${page} links to ${target}`).toBe(true);
          expect(hasId(fileFor(recordPath('sources', span.source))!, formatSpanAnchor(span)), target).toBe(true);
        }
      }
    }
  });
});
