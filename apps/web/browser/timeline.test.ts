import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { facets, records, timeline } from '@kztj/core';
import { startSite, type Site } from './harness';

// Issue 12, item 7: the timeline's facets and what it says about its own count.
let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(() => site?.close());

const visible = (page: import('playwright-core').Page) => page.locator('#timeline-events > li:not([hidden])').count();

describe('timeline', () => {
  it('shows every facet at 1280×900 without a panel that scrolls inside itself', async () => {
    const page = await site.page();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${site.url}/timeline`);
    await expect.poll(() => page.locator('.facets fieldset:not([disabled])').count()).toBeGreaterThan(0);
    const panel = await page.locator('.facets').evaluate((el) => ({ scroll: el.scrollHeight, client: el.clientHeight, overflow: getComputedStyle(el).overflowY }));
    expect(panel.scroll - panel.client).toBeLessThanOrEqual(1);
    await page.locator('.facets legend', { hasText: 'Factuality' }).scrollIntoViewIfNeeded();
    expect(await page.locator('.facets legend', { hasText: 'Factuality' }).isVisible()).toBe(true);
    expect(page.errors).toEqual([]);
  });

  it('says so when a combination of filters matches nothing', async () => {
    const page = await site.page();
    const events = timeline();
    const all = facets(events);
    const pair = all.type.flatMap((t) => all.factuality.map((f) => [t.value, f.value] as const)).find(([t, f]) => !events.some((e) => e.type === t && e.factuality === f))!;
    expect(pair).toBeDefined();
    await page.goto(`${site.url}/timeline?type=${pair[0]}&factuality=${pair[1]}`);
    await expect.poll(() => page.locator('.no-match').textContent()).toContain('No event matches all of these filters');
    expect(await visible(page)).toBe(0);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => visible(page)).toBe(events.length);
    expect(await page.locator('.no-match').count()).toBe(0);
  });

  it('names a URL value the timeline does not have instead of ticking nothing', async () => {
    const page = await site.page();
    await page.goto(`${site.url}/timeline?country=narnia`);
    await expect.poll(() => page.getByText('Ignored, not on the timeline: country=narnia.').count()).toBe(1);
    expect(await visible(page)).toBe(timeline().length);
    expect(await page.locator('.no-match').count()).toBe(0);
  });

  it('says how many events are undated and where they are', async () => {
    const page = await site.page();
    await page.goto(`${site.url}/timeline`);
    const undated = records('events').length - timeline().length;
    expect(undated).toBeGreaterThan(0);
    expect(await page.locator('[data-undated]').textContent()).toContain(`${timeline().length} of the ${records('events').length} events are dated and shown here; ${undated} the articles give no date for`);
  });
});
