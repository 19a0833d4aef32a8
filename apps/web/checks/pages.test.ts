import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { COLLECTION_NAMES, collectionSpec, fieldReasoning, indexColumns, recordColumns, recordFields, records, titleOf, type FieldValue, type RecordRef, type Source } from '@kztj/core';

/** The words of a value a reader must find on the page, whatever markup carries them. */
function visibleParts(value: FieldValue): string[] {
  switch (value.kind) {
    case 'links':
      return value.links.map((l) => l.name);
    case 'participants':
      return value.participants.map((l) => l.name);
    case 'roles':
      return value.roles.map((r) => r.title);
    case 'reports':
      return value.reports.map((r) => r.sourceLabel);
    case 'disagreements':
      return value.disagreements.flatMap((d) => d.values.map((v) => v.value));
    case 'date':
      return [value.text.replace(/, inferred$/, '')];
    default:
      return [value.text];
  }
}
import { spanHref } from '../lib/links';
import { recordPath } from '../lib/paths';
import { OUT, assertBuilt, fileFor, pages, parse } from './site-output';

beforeAll(assertBuilt);

const ROUTES = ['/', '/timeline', '/entities', '/events', '/agreements', '/figures', '/quotes', '/claims', '/sources', '/compare', '/map', '/search', '/data'];

describe('prerendered pages', () => {
  it('has every top-level route', () => {
    for (const route of ROUTES) expect(fileFor(route), route).toBeDefined();
  });

  it('marks the current section in the navigation, and only that one', () => {
    const cases: Array<[path: string, section: string | undefined]> = [
      ['/timeline', '/timeline'],
      [recordPath('entities', records('entities')[0]!.id), '/entities'],
      [recordPath('sources', records('sources')[0]!.id), '/sources'],
      ['/', undefined],
    ];
    for (const [path, section] of cases) {
      const $ = parse(fileFor(path)!);
      const current = $('nav[aria-label="Main"] a[aria-current="page"]').map((_, a) => $(a).attr('href')).get();
      expect(current, path).toEqual(section ? [section] : []);
    }
  });

  it('has one page per record, titled with the record title', () => {
    for (const collection of COLLECTION_NAMES) {
      for (const record of records(collection)) {
        const file = fileFor(recordPath(collection, record.id));
        expect(file, `${collection}/${record.id}`).toBeDefined();
        const $ = parse(file!);
        const title = titleOf({ collection, record } as RecordRef);
        expect($('title').text(), `${collection}/${record.id}`).toContain(title);
        expect($('h1').first().text().length).toBeGreaterThan(0);
      }
    }
  });

  it('lists every record on its collection index', () => {
    for (const collection of COLLECTION_NAMES) {
      const $ = parse(fileFor(`/${collection}`)!);
      const hrefs = new Set($('a[href]').map((_, a) => $(a).attr('href')).get());
      for (const record of records(collection)) expect(hrefs.has(recordPath(collection, record.id)), `${collection}/${record.id}`).toBe(true);
    }
  });

  it('has a real 404 page', () => {
    const $ = parse(join(OUT, '404.html'));
    expect($('h1').text()).toMatch(/not found/i);
    expect($('meta[name="robots"]').attr('content')).toMatch(/noindex/);
  });

  it('gives every page a title, description, canonical URL and Open Graph card', () => {
    for (const [path, file] of pages()) {
      if (path === '/404' || path === '/_not-found') continue;
      const $ = parse(file);
      expect($('title').text(), path).not.toBe('');
      expect($('meta[name="description"]').attr('content'), path).toBeTruthy();
      // Issue 12, item 10: entity descriptions ended in "..".
      expect($('meta[name="description"]').attr('content'), path).not.toMatch(/\.\.(\s|$)/);
      expect($('link[rel="canonical"]').attr('href'), path).toMatch(/^https?:\/\//);
      expect($('meta[property="og:title"]').attr('content'), path).toBeTruthy();
      expect($('html').attr('lang'), path).toBe('en');
      expect($('a.skip-link[href="#main"]').length, path).toBe(1);
      expect($('main#main').length, path).toBe(1);
      expect($('link[rel="icon"]').length, path).toBeGreaterThan(0);
    }
  });

  it('gives every page exactly one h1', () => {
    for (const [path, file] of pages()) expect(parse(file)('h1').length, path).toBe(1);
  });
});

describe('JSON-LD', () => {
  it('parses on every page that has it, with a schema.org context and a type', () => {
    let seen = 0;
    for (const [path, file] of pages()) {
      const $ = parse(file);
      $('script[type="application/ld+json"]').each((_, el) => {
        const data = JSON.parse($(el).text()) as Record<string, unknown>;
        expect(data['@context'], path).toBe('https://schema.org');
        expect(typeof data['@type'], path).toBe('string');
        seen += 1;
      });
    }
    expect(seen).toBeGreaterThan(records('entities').length);
  });

  it('describes every entity, with its Wikidata QID as sameAs where known', () => {
    for (const entity of records('entities')) {
      const $ = parse(fileFor(recordPath('entities', entity.id))!);
      const data = JSON.parse($('script[type="application/ld+json"]').first().text()) as { name: string; sameAs?: string[] };
      expect(data.name).toBe(entity.name);
      if (entity.wikidata) expect(data.sameAs).toContain(`https://www.wikidata.org/wiki/${entity.wikidata}`);
      else expect(data.sameAs).toBeUndefined();
    }
  });
});

describe('source reader', () => {
  it('renders each article text exactly, with highlights at the offsets the core gives', () => {
    for (const source of records('sources')) {
      const $ = parse(fileFor(recordPath('sources', source.id))!);
      const reader = $('#source-text');
      expect(reader.text()).toBe(source.text);
      reader.find('.seg').each((_, el) => {
        const start = Number($(el).attr('data-start'));
        const end = Number($(el).attr('data-end'));
        expect($(el).text()).toBe(source.text.slice(start, end));
      });
    }
  });
});

describe('sitemap, robots and downloads', () => {
  it('lists every page in sitemap.xml, and only pages that exist', () => {
    const xml = readFileSync(join(OUT, 'sitemap.xml'), 'utf8');
    const urls = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    for (const url of urls) expect(fileFor(url), url).toBeDefined();
    for (const [path] of pages()) {
      if (path === '/404' || path === '/_not-found') continue;
      expect(urls, path).toContain(path);
    }
  });

  it('points robots.txt at the sitemap', () => {
    expect(readFileSync(join(OUT, 'robots.txt'), 'utf8')).toMatch(/Sitemap: https?:\/\/\S+\/sitemap\.xml/);
  });

  it('serves the core raw files byte for byte', () => {
    const raw = (specifier: string) => readFileSync(fileURLToPath(import.meta.resolve(specifier)));
    expect(readFileSync(join(OUT, 'data', 'dataset.json')).equals(raw('@kztj/core/dataset.json'))).toBe(true);
    expect(readFileSync(join(OUT, 'data', 'kztj.schema.json')).equals(raw('@kztj/core/kztj.schema.json'))).toBe(true);
    for (const collection of COLLECTION_NAMES) {
      expect(readFileSync(join(OUT, 'data', 'csv', `${collection}.csv`)).equals(raw(`@kztj/core/csv/${collection}.csv`)), collection).toBe(true);
    }
  });
});

describe('record pages', () => {
  it('shows every field the core gives a record, in the core\'s words (entities too)', () => {
    for (const collection of COLLECTION_NAMES) {
      if (collection === 'sources') continue;
      for (const record of records(collection)) {
        const ref = { collection, record } as RecordRef;
        const $ = parse(fileFor(recordPath(collection, record.id))!);
        for (const field of recordFields(ref)) {
          // The registry's lede stands above the facts.
          if (field.key === collectionSpec(collection).lede) continue;
          const dd = $(`dd[data-field="${field.key}"]`);
          expect(dd.length, `${record.id} ${field.key}`).toBe(1);
          const shown = dd.clone();
          shown.find('details.reasoning').remove();
          for (const part of visibleParts(field.value)) expect(shown.text(), `${record.id} ${field.key}`).toContain(part);
          // An inferred value is marked, with its reasoning one step away (a details element).
          expect(dd.find('details.reasoning').length, `${record.id} ${field.key}`).toBe(fieldReasoning(field.value).length);
        }
      }
    }
  });

  it('lists the evidence of every report under its article', () => {
    for (const collection of ['events', 'agreements', 'figures', 'claims'] as const) {
      for (const record of records(collection)) {
        const $ = parse(fileFor(recordPath(collection, record.id))!);
        expect($('section[aria-labelledby="evidence-heading"] section.report').length, record.id).toBe(record.reports.length);
      }
    }
  });

  it('puts quotation marks only around direct quotes, in the page and its description', () => {
    for (const quote of records('quotes')) {
      const $ = parse(fileFor(recordPath('quotes', quote.id))!);
      const description = $('meta[name="description"]').attr('content') ?? '';
      const shown = $('.lede').text();
      if (quote.kind === 'direct') {
        expect(description, quote.id).toContain(`“${quote.text}”`);
        expect(shown, quote.id).toContain(`“${quote.text}”`);
      } else {
        expect(description, quote.id).not.toMatch(/[“”]/);
        expect(shown, quote.id).not.toMatch(/[“”]/);
        expect($('h1').text(), quote.id).not.toMatch(/[“”]/);
      }
    }
  });
});

describe('cite this', () => {
  it('gives every record its permalink and, per article, the quoted words, offsets, article and publisher', () => {
    for (const collection of COLLECTION_NAMES) {
      for (const record of records(collection)) {
        const $ = parse(fileFor(recordPath(collection, record.id))!);
        const cite = $('section[aria-labelledby="cite-heading"]');
        expect(cite.length, record.id).toBe(1);
        const canonical = $('link[rel="canonical"]').attr('href')!;
        expect(cite.find(`a[href="${recordPath(collection, record.id)}"]`).text(), record.id).toBe(canonical);
        if (collection === 'sources') {
          const source = record as Source;
          const text = cite.find('.cite-text').text();
          expect(text, record.id).toContain(source.sha256);
          if (source.catalogue) for (const part of [source.catalogue.publisher, source.catalogue.url]) expect(text, record.id).toContain(part);
          continue;
        }
        const evidence = (record as { evidence: Array<{ source: string; start: number; end: number; exact: string }> }).evidence;
        const articles = [...new Set(evidence.map((s) => s.source))];
        const figures = cite.find('figure.citation');
        expect(figures.map((_, f) => $(f).attr('data-source')).get(), record.id).toEqual(articles);
        figures.each((_, f) => {
          const span = evidence.find((s) => s.source === $(f).attr('data-source'))!;
          expect([Number($(f).attr('data-start')), Number($(f).attr('data-end'))], record.id).toEqual([span.start, span.end]);
          expect($(f).find('blockquote').text(), record.id).toBe(`“${span.exact}”`);
          expect($(f).find(`figcaption a[href="${spanHref(span)}"]`).text(), record.id).toBe(`characters ${span.start}–${span.end}`);
          const source = records('sources').find((s) => s.id === span.source)!;
          if (source.catalogue) {
            expect($(f).find('figcaption').text(), record.id).toContain(source.catalogue.publisher);
            expect($(f).find(`figcaption a[href="${source.catalogue.url}"]`).length, record.id).toBe(1);
          }
          expect($(f).find('.cite-text').text(), record.id).toContain(canonical);
        });
      }
    }
  });
});

describe('index tables', () => {
  const TABLES = ['events', 'agreements', 'figures', 'quotes', 'claims'] as const;

  it('have the core\'s columns, one row per record, every cell in the core\'s words', () => {
    for (const collection of TABLES) {
      const $ = parse(fileFor(`/${collection}`)!);
      const table = $(`table#${collection}-table`);
      expect(table.length, collection).toBe(1);
      expect(table.find('thead th').map((_, th) => $(th).text()).get(), collection).toEqual(['Title', ...indexColumns(collection).map((c) => c.label)]);
      const rows = table.find('tbody tr');
      expect(rows.map((_, tr) => $(tr).attr('data-id')).get(), collection).toEqual(records(collection).map((r) => r.id));
      rows.each((i, tr) => {
        const ref = { collection, record: records(collection)[i]! } as RecordRef;
        const cells = $(tr).find('td');
        expect(cells.first().text(), ref.record.id).toBe(titleOf(ref));
        recordColumns(ref).forEach((cell, j) => {
          const shown = cells.eq(j + 1).clone();
          shown.find('details.reasoning').remove();
          if (!cell.value) expect(shown.text(), `${ref.record.id} ${cell.key}`).toBe('—');
          else for (const part of visibleParts(cell.value)) expect(shown.text(), `${ref.record.id} ${cell.key}`).toContain(part);
          expect(cells.eq(j + 1).attr('data-label')).toBe(cell.label);
        });
        const facets = JSON.parse($(tr).attr('data-facets')!) as Record<string, string[]>;
        for (const cell of recordColumns(ref).filter((c) => c.facet)) expect(facets[cell.key], ref.record.id).toEqual(cell.facets.map((f) => f.value));
      });
    }
  });

  it('show agreements with status and parties, claims with their holders', () => {
    expect(indexColumns('agreements').map((c) => c.key)).toEqual(expect.arrayContaining(['status', 'parties']));
    expect(indexColumns('claims').map((c) => c.key)).toContain('holders');
    const $ = parse(fileFor('/agreements')!);
    const agreement = records('agreements')[0]!;
    const row = $(`tr[data-id="${agreement.id}"]`);
    expect(row.find('td[data-label="Status"]').text()).toContain(agreement.status);
    for (const party of agreement.parties) expect(row.find(`td[data-label="Parties"] a[href="${recordPath('entities', party.id)}"]`).length).toBe(1);
  });

  it('say, before any script runs, that filtering needs JavaScript, with the controls disabled', () => {
    for (const collection of TABLES) {
      const $ = parse(fileFor(`/${collection}`)!);
      expect($('.index-controls fieldset').attr('disabled'), collection).toBeDefined();
      expect($('.index-controls [role="status"]').text(), collection).toMatch(/need JavaScript; all \d+ \w+ are listed/);
      expect($(`.index-downloads a[href="/data/${collection}.json"]`).length, collection).toBe(1);
      expect($(`.index-downloads a[href="/data/csv/${collection}.csv"]`).length, collection).toBe(1);
    }
  });
});

describe('source pages', () => {
  it('say what comes before the article body (a file\'s date line) instead of leaving it unexplained', () => {
    for (const source of records('sources')) {
      const note = parse(fileFor(recordPath('sources', source.id))!)('[data-preamble]');
      if (source.bodyStart === 0) expect(note.length, source.id).toBe(0);
      else expect(note.text(), source.id).toContain(`“${source.text.slice(0, source.bodyStart).trim()}” (characters 0–${source.bodyStart})`);
    }
    expect(records('sources').some((s) => s.bodyStart > 0)).toBe(true);
  });

  it('show the publisher\'s facts apart from the text\'s own date', () => {
    for (const source of records('sources')) {
      const $ = parse(fileFor(recordPath('sources', source.id))!);
      const fromText = $('section[aria-labelledby="from-text-heading"]');
      expect(fromText.length, source.id).toBe(1);
      if (!source.catalogue) continue;
      const catalogue = $('section[aria-labelledby="catalogue-heading"]');
      expect(catalogue.text(), source.id).toContain(source.catalogue.publisher);
      expect(catalogue.text(), source.id).toContain(source.catalogue.date.how);
      expect(catalogue.find(`a[href="${source.catalogue.url}"]`).length, source.id).toBe(1);
      expect(fromText.text(), source.id).not.toContain(source.catalogue.publisher);
    }
  });

  it('never give machines a publication date more precise than the page gives people', () => {
    for (const source of records('sources')) {
      const $ = parse(fileFor(recordPath('sources', source.id))!);
      const data = JSON.parse($('script[type="application/ld+json"]').first().text()) as { datePublished?: string };
      if (data.datePublished === undefined) continue;
      const known = [source.catalogue?.date, source.date.basis === 'stated' ? source.date : undefined]
        .filter((d) => d !== undefined)
        .filter((d) => d.earliest === d.latest)
        .map((d) => d.earliest);
      expect(known, source.id).toContain(data.datePublished);
    }
  });
});
