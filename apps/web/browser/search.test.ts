import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { search } from '@kztj/core';
import { startSite, type Site } from './harness';

// Issue 12, item 6, the site's part (marking and suggestions are the core's, shared with the TUI).
let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(() => site?.close());

describe('search page', () => {
  it('loads the search code on the first query, not at page open', async () => {
    const page = await site.page();
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.goto(`${site.url}/search`);
    await page.waitForLoadState('networkidle');
    const atOpen = scripts.length;
    await page.fill('#search-q', 'astana');
    await page.locator('#search-results li').first().waitFor();
    expect(scripts.length, 'scripts fetched by the first query').toBeGreaterThan(atOpen);
    expect(page.errors).toEqual([]);
  });

  it('says when it lists only the first 30 results', async () => {
    const page = await site.page();
    const query = ['kazakhstan', 'tajikistan', 'the'].find((q) => search(q, { limit: 1000 }).length > 30)!;
    expect(query).toBeDefined();
    const total = search(query, { limit: 1000 }).length;
    await page.goto(`${site.url}/search?q=${query}`);
    await expect.poll(() => page.locator('#search-results li').count()).toBe(30);
    expect(await page.getByRole('status').textContent()).toBe(`The first 30 of ${total} results for “${query}”; add a word to narrow them.`);
  });

  it('has one search box', async () => {
    const page = await site.page();
    await page.goto(`${site.url}/search`);
    expect(await page.locator('input[type="search"]:visible').count()).toBe(1);
    await page.goto(`${site.url}/timeline`);
    expect(await page.locator('#header-q').isVisible()).toBe(true);
  });
});
