import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSite, type Site } from './harness';

// Issue 12, item 8 (the map part): labels that do not hide each other and stay readable at 360 px.
let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(() => site?.close());

/** Runs in the page: pairs of map labels whose rendered boxes overlap, and the smallest label height. */
function labels() {
  const texts = [...document.querySelectorAll('svg.map text')].map((el) => ({ name: el.textContent ?? '', box: el.getBoundingClientRect() }));
  const clashes: string[] = [];
  for (const [i, a] of texts.entries()) {
    for (const b of texts.slice(i + 1)) {
      const overlap = a.box.left < b.box.right && b.box.left < a.box.right && a.box.top < b.box.bottom && b.box.top < a.box.bottom;
      if (overlap) clashes.push(`${a.name} / ${b.name}`);
    }
  }
  return { count: texts.length, clashes, smallest: Math.min(...texts.map((t) => t.box.height)) };
}

describe('map', () => {
  it.each([360, 768, 1280])('keeps every label clear of the others and at least 11 px tall at %i px', async (width) => {
    const page = await site.page();
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`${site.url}/map`);
    const found = await page.evaluate(labels);
    expect(found.count).toBeGreaterThan(5);
    expect(found.clashes).toEqual([]);
    expect(found.smallest, `smallest label at ${width}px`).toBeGreaterThanOrEqual(11);
    await page.close();
  });

  it('scrolls sideways by keyboard on a phone instead of shrinking', async () => {
    const page = await site.page();
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(`${site.url}/map`);
    const region = page.getByRole('region', { name: /Map, scrolls sideways/ });
    await region.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  });
});

describe('figure charts', () => {
  it('link every bar to its record, with text at least 10 px tall at 360 px, inside the chart', async () => {
    const page = await site.page();
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(`${site.url}/figures`);
    const charts = await page.$$eval('figure svg[role="group"]', (svgs) =>
      svgs.map((svg) => {
        const frame = svg.getBoundingClientRect();
        const texts = [...svg.querySelectorAll('text')].map((t) => t.getBoundingClientRect());
        return {
          bars: svg.querySelectorAll('rect').length,
          links: [...svg.querySelectorAll('a')].map((a) => a.getAttribute('href')),
          smallest: Math.min(...texts.map((r) => r.height)),
          outside: texts.filter((r) => r.right > frame.right + 1 || r.left < frame.left - 1).length,
        };
      }),
    );
    expect(charts.length).toBeGreaterThan(0);
    for (const chart of charts) {
      expect(chart.links.length).toBe(chart.bars);
      for (const href of chart.links) expect(href).toMatch(/^\/figures\/[a-z0-9-]+$/);
      expect(chart.smallest).toBeGreaterThanOrEqual(10);
      expect(chart.outside).toBe(0);
    }
  });
});
