import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatSpanAnchor, records } from '@kztj/core';
import { recordPath } from '../lib/paths';
import { startSite, type Site } from './harness';

// Issue 12, item 10: small things a careful reader notices.
let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(() => site?.close());

describe('small things', () => {
  it('keeps the header to one row at 1280 px and two short rows at 360 px', async () => {
    const page = await site.page();
    const measure = () =>
      page.evaluate(() => {
        const box = (selector: string) => document.querySelector(selector)!.getBoundingClientRect();
        return { header: box('.site-header').height, logo: box('.site-logo').top, search: box('#header-q').top, nav: box('.site-nav').top };
      });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${site.url}/`);
    const wide = await measure();
    expect(Math.abs(wide.search - wide.logo), 'search beside the logo at 1280').toBeLessThan(24);
    expect(wide.header).toBeLessThan(80);
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(`${site.url}/`);
    const narrow = await measure();
    expect(narrow.header, 'header height at 360 (was 205 px)').toBeLessThanOrEqual(110);
    expect(Math.abs(narrow.search - narrow.logo)).toBeLessThan(24);
    // Every navigation link stays reachable: the row scrolls rather than hiding links.
    expect(await page.locator('.site-nav a').count()).toBe(11);
    await page.locator('.site-nav a', { hasText: 'Data' }).focus();
    expect(await page.locator('.site-nav a', { hasText: 'Data' }).isVisible()).toBe(true);
    expect(page.errors).toEqual([]);
  });

  it('says why a #start-end link marks nothing, and keeps quiet for ordinary anchors', async () => {
    const page = await site.page();
    const source = records('sources')[0]!;
    const path = recordPath('sources', source.id);
    await page.goto(`${site.url}${path}#abc-def`);
    await expect.poll(() => page.locator('.span-problem').textContent()).toContain('“#abc-def” names no span');
    await page.goto(`${site.url}${path}#${source.text.length + 10}-${source.text.length + 20}`);
    await expect.poll(() => page.locator('.span-problem').textContent()).toBe(
      `Characters ${source.text.length + 10}–${source.text.length + 20} are not in this article: its text has ${source.text.length} characters.`,
    );
    const span = records('events').flatMap((e) => e.evidence).find((s) => s.source === source.id)!;
    await page.goto(`${site.url}${path}#${formatSpanAnchor(span)}`);
    await page.locator('.seg.is-target').first().waitFor();
    expect(await page.locator('.span-problem').count()).toBe(0);
    await page.goto(`${site.url}${path}#main`);
    await page.waitForLoadState('networkidle');
    expect(await page.locator('.span-problem').count()).toBe(0);
    expect(page.errors).toEqual([]);
  });

  it('lets the keyboard reach and scroll the /data code example', async () => {
    const page = await site.page();
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(`${site.url}/data`);
    const pre = page.locator('pre[role="region"]');
    await pre.focus();
    expect(await pre.evaluate((el) => el === document.activeElement && el.scrollWidth > el.clientWidth)).toBe(true);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => pre.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  });
});
