import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { pages } from '../checks/site-output';
import { startSite, type Site } from './harness';

// Issue 12, item 1: at 360 px titles broke every few letters and dates letter by letter. A word
// is a run of letters and digits; a line may break at spaces and punctuation ("–", "/", "-"), never
// inside such a run. Measured on the rendered text with ranges, so it sees what the reader sees.
const WIDTHS = [360, 768, 1280];

/** Every page of the export that has a table, plus the reader (its legend had "Organisation/s"). */
const TABLE_PAGES = pages()
  .filter(([, file]) => /<table[\s>]/.test(readFileSync(file, 'utf8')) || file.includes('/sources/'))
  .map(([path]) => path)
  .filter((path) => path !== '/sources');

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(() => site?.close());

/** Runs in the page: each word of a table cell, caption or legend label that renders on more than one line. */
function brokenWords(): string[] {
  const broken: string[] = [];
  for (const cell of document.querySelectorAll('main th, main td, main caption, .legend label')) {
    // A visually hidden caption is clipped to 1 px on purpose: nobody reads it as laid out.
    if (cell.closest('.visually-hidden')) continue;
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      for (const match of text.matchAll(/[\p{L}\p{N}]+/gu)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (lines.size > 1) broken.push(`“${match[0]}” in “${(cell.textContent ?? '').trim().slice(0, 60)}”`);
      }
    }
  }
  return broken;
}

/** Runs in the page: how far each table's scroll box is wider than the space it has. */
function tableOverflow(): number[] {
  return [...document.querySelectorAll('main .table-wrap')].map((el) => el.scrollWidth - el.clientWidth);
}

describe('tables read at 360, 768 and 1280 px', () => {
  it('finds the pages to measure', () => {
    expect(TABLE_PAGES).toEqual(expect.arrayContaining(['/events', '/agreements', '/quotes', '/claims', '/figures']));
    expect(TABLE_PAGES.some((p) => p.startsWith('/sources/'))).toBe(true);
  });

  it('measures a broken word where one is forced (the check can fail)', async () => {
    const page = await site.page();
    await page.goto(`${site.url}/events`);
    await page.addStyleTag({ content: 'main td, main th { overflow-wrap: anywhere; } main table { width: 60px !important; table-layout: fixed; }' });
    expect((await page.evaluate(brokenWords)).length).toBeGreaterThan(0);
    await page.close();
  });

  it.each(TABLE_PAGES)('%s: no word splits across lines, no table scrolls sideways', async (path) => {
    const page = await site.page();
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${site.url}${path}`);
      await page.waitForLoadState('networkidle');
      expect(await page.evaluate(brokenWords), `${path} at ${width}px`).toEqual([]);
      for (const overflow of await page.evaluate(tableOverflow)) expect(overflow, `${path} at ${width}px`).toBeLessThanOrEqual(1);
    }
    expect(page.errors).toEqual([]);
    await page.close();
  });
});
