import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COLLECTION_NAMES, formatSpanAnchor, records } from '@kztj/core';
import { recordPath } from '../lib/paths';
import { startSite, type Site } from './harness';

let site: Site;
beforeAll(async () => {
  site = await startSite({ javaScriptEnabled: false });
});
afterAll(() => site?.close());

describe('with JavaScript disabled', () => {
  it('shows entity pages in full: roles, mentions and related records', async () => {
    const page = await site.page();
    const entity = [...records('entities')].sort((a, b) => b.evidence.length - a.evidence.length)[0]!;
    await page.goto(`${site.url}${recordPath('entities', entity.id)}`);
    expect(await page.locator('h1').textContent()).toBe(entity.name);
    expect(await page.locator('section[aria-labelledby="mentions-heading"] li mark').count()).toBe(entity.evidence.length);
  });

  it('shows the article text and scrolls to a linked span', async () => {
    const page = await site.page();
    const source = records('sources')[0]!;
    const span = records('events').flatMap((e) => e.evidence).find((s) => s.source === source.id)!;
    await page.goto(`${site.url}${recordPath('sources', source.id)}#${formatSpanAnchor(span)}`);
    expect(await page.locator('#source-text').textContent()).toBe(source.text);
    const anchor = page.locator(`[id="${formatSpanAnchor(span)}"]`);
    expect(await anchor.count()).toBe(1);
    const top = await anchor.evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(900);
    // :target marks where the span starts without any script (issue 12, item 5).
    expect(await anchor.evaluate((el) => getComputedStyle(el, '::before').content)).toBe('"▶"');
  });

  it('lists every event on the timeline and every record of an index', async () => {
    const page = await site.page();
    await page.goto(`${site.url}/timeline`);
    // The filter never hydrates, so it stays disabled rather than pretending to work.
    expect(await page.locator('.facets fieldset:not([disabled])').count()).toBe(0);
    expect(await page.locator('#timeline-events > li:visible').count()).toBe(records('events').filter((e) => e.date).length);
    await page.goto(`${site.url}/claims?kind=opinion`);
    // A static server cannot filter: every row is listed, the controls are disabled and say why.
    expect(await page.locator('tbody tr:visible').count()).toBe(records('claims').length);
    expect(await page.locator('.index-controls select').first().isDisabled()).toBe(true);
    expect(await page.locator('.index-controls input').first().isDisabled()).toBe(true);
    expect(await page.locator('.index-controls [role="status"]').textContent()).toBe(`Filtering and sorting need JavaScript; all ${records('claims').length} claims are listed.`);
    expect(await page.locator('.index-downloads a').first().getAttribute('href')).toBe('/data/claims.json');
  });

  it('gives search a fallback: every record listed', async () => {
    const page = await site.page();
    await page.goto(`${site.url}/search?q=astana`);
    // Playwright's text queries skip <noscript>, so read it through plain selectors.
    expect(await page.locator('main noscript p').first().textContent()).toContain('needs JavaScript');
    const links = page.locator('main noscript a');
    expect(await links.count()).toBe(COLLECTION_NAMES.reduce((n, c) => n + records(c).length, 0));
    expect(await links.first().isVisible()).toBe(true);
  });
});
