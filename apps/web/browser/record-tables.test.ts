import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { dateOf, indexColumns, list, records, titleOf, type RecordRef } from '@kztj/core';
import { parseCsv } from '../lib/csv';
import { recordJsonPath, recordPath } from '../lib/paths';
import { startSite, type Site } from './harness';

// Issue 12, item 4: tables like Datasette's. The view (filter, sort) lives in the URL, "JSON · CSV
// of this view" gives exactly the rows shown, and every record page links its own JSON.
let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(() => site?.close());

const visibleIds = (page: import('playwright-core').Page) =>
  page.$$eval('tbody tr:not([hidden])', (rows) => rows.map((r) => (r as HTMLElement).dataset.id));

/** An event type that holds for some events but not all, so filtering shows. */
function narrowingType() {
  const all = records('events');
  return [...new Set(all.map((e) => e.type))].find((t) => list('events', { type: t }).length < all.length)!;
}

describe('record tables', () => {
  it('keep filter and sort in the URL, through a reload and a shared link', async () => {
    const page = await site.page();
    const type = narrowingType();
    const expected = list('events', { type }).map((e) => e.id);
    await page.goto(`${site.url}/events`);
    await expect.poll(() => page.getByLabel('Type', { exact: true }).isEnabled()).toBe(true);
    await page.getByLabel('Type', { exact: true }).selectOption(type);
    await page.getByLabel('Sort by', { exact: true }).selectOption('-date');
    await expect.poll(() => page.url()).toBe(`${site.url}/events?type=${type}&sort=-date`);
    // Latest first; an undated event last (a missing date is not the smallest one).
    const date = (id: string) => dateOf({ collection: 'events', record: records('events').find((e) => e.id === id)! } as RecordRef)?.earliest;
    const latestFirst = [...expected].sort((a, b) => (date(b) ?? '').localeCompare(date(a) ?? '') || 0).sort((a, b) => Number(date(a) === undefined) - Number(date(b) === undefined));
    await expect.poll(() => visibleIds(page)).toEqual(latestFirst);
    expect(await page.locator('th[data-column="date"]').getAttribute('aria-sort')).toBe('descending');
    expect(await page.getByRole('status').textContent()).toContain(`${expected.length} of ${records('events').length} events shown`);

    await page.reload();
    await expect.poll(() => visibleIds(page)).toEqual(latestFirst);
    expect(await page.getByLabel('Type', { exact: true }).inputValue()).toBe(type);

    const shared = await site.page();
    await shared.goto(`${site.url}/events?type=${type}&sort=-date`);
    await expect.poll(() => visibleIds(shared)).toEqual(latestFirst);
    expect([...page.errors, ...shared.errors]).toEqual([]);
  });

  it('filter agreements by party and claims by holder, sort by title', async () => {
    const page = await site.page();
    const agreements = records('agreements');
    const party = agreements.flatMap((a) => a.parties.map((p) => p.id)).find((id) => agreements.some((a) => !a.parties.some((p) => p.id === id))) ?? agreements[0]!.parties[0]!.id;
    await page.goto(`${site.url}/agreements?parties=${party}`);
    await expect.poll(async () => (await visibleIds(page)).sort()).toEqual(agreements.filter((a) => a.parties.some((p) => p.id === party)).map((a) => a.id).sort());

    const claims = records('claims');
    const holder = claims.flatMap((c) => c.holders.map((h) => h.id))[0]!;
    await page.goto(`${site.url}/claims?holders=${holder}&sort=title`);
    const titles = claims.filter((c) => c.holders.some((h) => h.id === holder)).map((c) => titleOf({ collection: 'claims', record: c }));
    await expect.poll(() => page.$$eval('tbody tr:not([hidden]) td:first-child', (cells) => cells.map((c) => c.textContent))).toEqual([...titles].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));
    expect(page.errors).toEqual([]);
  });

  it('say when nothing matches, and name URL filters the table does not have', async () => {
    const page = await site.page();
    await page.goto(`${site.url}/events?q=zzzz-no-such-title`);
    await expect.poll(() => page.getByRole('status').textContent()).toContain(`No events match this view (0 of ${records('events').length})`);
    await page.getByRole('button', { name: 'Show all' }).click();
    await expect.poll(() => visibleIds(page).then((ids) => ids.length)).toBe(records('events').length);
    await expect.poll(() => page.url()).toBe(`${site.url}/events`);

    await page.goto(`${site.url}/events?type=narnia&sort=colour`);
    await expect.poll(() => page.getByRole('status').textContent()).toContain('Ignored, not in this table: type=narnia, sort=colour.');
    expect((await visibleIds(page)).length).toBe(records('events').length);
    expect(page.errors).toEqual([]);
  });

  it('give the JSON and CSV of this view: the rows shown, in their order', async () => {
    const page = await site.page();
    const type = narrowingType();
    await page.goto(`${site.url}/events?type=${type}&sort=title`);
    await expect.poll(() => page.getByText('of this view').count()).toBe(1);
    const ids = await visibleIds(page);
    expect(ids.length).toBe(list('events', { type }).length);

    const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'JSON', exact: true }).click()]);
    expect(json.suggestedFilename()).toBe('events-view.json');
    const records_ = JSON.parse(readFileSync((await json.path())!, 'utf8')) as Array<{ id: string; type: string }>;
    expect(records_.map((r) => r.id)).toEqual(ids);
    expect(records_).toEqual(ids.map((id) => records('events').find((e) => e.id === id)));

    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'CSV', exact: true }).click()]);
    const [header, ...rows] = parseCsv(readFileSync((await csv.path())!, 'utf8'));
    expect(header![0]).toBe('id');
    expect(rows.map((r) => r[0])).toEqual(ids);
    expect(page.errors).toEqual([]);
  });

  it('link the whole collection’s files when the view is the whole table', async () => {
    const page = await site.page();
    await page.goto(`${site.url}/quotes`);
    await expect.poll(() => page.getByText(`of all ${records('quotes').length} quotes`).count()).toBe(1);
    const response = await page.request.get(`${site.url}/data/quotes.json`);
    expect(response.status()).toBe(200);
    expect(((await response.json()) as Array<{ id: string }>).map((q) => q.id)).toEqual(records('quotes').map((q) => q.id));
  });

  it('link every record page to its own JSON', async () => {
    const page = await site.page();
    for (const collection of ['events', 'entities', 'sources', 'agreements'] as const) {
      const record = records(collection)[0]!;
      await page.goto(`${site.url}${recordPath(collection, record.id)}`);
      const href = await page.getByRole('link', { name: 'This record as JSON' }).getAttribute('href');
      expect(href).toBe(recordJsonPath(collection, record.id));
      const response = await page.request.get(`${site.url}${href}`);
      expect(response.headers()['content-type']).toMatch(/^application\/json/);
      expect(await response.json()).toEqual(JSON.parse(JSON.stringify(record)));
    }
    expect(page.errors).toEqual([]);
  });

  it('show the core’s columns as headers', async () => {
    const page = await site.page();
    await page.goto(`${site.url}/claims`);
    expect(await page.$$eval('thead th', (ths) => ths.map((th) => th.textContent))).toEqual(['Title', ...indexColumns('claims').map((c) => c.label)]);
  });
});
