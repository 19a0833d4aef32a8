import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSite, type Site } from './harness';

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(() => site?.close());

// Arbitrary query strings through the real search page: in the URL (?q=) and typed into the box.
// Whatever comes in, the page keeps working: no uncaught error, the heading and the box stay, the
// box shows exactly the query, and every result links to a real record page.
describe('the search page with arbitrary queries', () => {
  it('stays sensible for any ?q= and any typed input', async () => {
    const page = await site.page();
    await page.goto(`${site.url}/search`);
    await page.waitForLoadState('networkidle');
    const query = fc.oneof(fc.string({ maxLength: 60 }), fc.string({ unit: 'grapheme', maxLength: 30 }), fc.constantFrom('Rahmon', 'migraton', 'Қазақстан', '%', '#', '&q=x', '../../etc'));
    await fc.assert(
      fc.asyncProperty(query, fc.boolean(), async (q, viaUrl) => {
        if (viaUrl) {
          await page.goto(`${site.url}/search?q=${encodeURIComponent(q)}`);
          await page.waitForLoadState('networkidle');
        } else {
          await page.fill('#search-q', q);
        }
        await expect.poll(() => page.inputValue('#search-q')).toBe(q.replace(/\r\n?/g, '\n').replace(/[\n\r]/g, ''));
        expect(await page.locator('h1').textContent()).toBe('Search');
        const hrefs = await page.locator('#search-results a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
        for (const href of hrefs) expect(href).toMatch(/^\/(sources|entities|events|agreements|figures|quotes|claims)\/[a-z0-9-]+$/);
        expect(page.errors).toEqual([]);
      }),
      { numRuns: 150 },
    );
    await page.close();
  }, 240_000);
});
