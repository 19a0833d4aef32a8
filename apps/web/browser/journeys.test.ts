import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatSpanAnchor, records, timeline, facets } from '@kztj/core';
import { recordPath } from '../lib/paths';
import { startSite, type Site } from './harness';

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(() => site?.close());

/** Text of the highlighted segments the reader marked for the current hash. */
const markedText = (page: import('playwright-core').Page) =>
  page.$$eval('#source-text .seg.is-target', (els) => els.map((el) => el.textContent).join(''));

describe('journeys', () => {
  it('search → result → record → source reader with the span marked', async () => {
    const page = await site.page();
    const agreement = records('agreements')[0]!;
    await page.goto(`${site.url}/search`);
    await page.fill('#search-q', agreement.title);
    const result = page.locator(`#search-results a[href="${recordPath('agreements', agreement.id)}"]`);
    await result.waitFor();
    expect(page.url()).toContain(`?q=${encodeURIComponent(agreement.title).slice(0, 10)}`);
    expect(await page.locator('#search-results mark').count()).toBeGreaterThan(0);
    await result.click();
    await page.waitForURL(`**${recordPath('agreements', agreement.id)}`);
    await page.getByRole('link', { name: 'See in source →' }).click();
    const span = agreement.evidence[0]!;
    await page.waitForURL(`**${recordPath('sources', span.source)}#${formatSpanAnchor(span)}`);
    await page.locator('.seg.is-target').first().waitFor();
    expect(await markedText(page)).toBe(span.exact);
    // Focus moves to the marked span, so keyboard and screen-reader users land on it too.
    expect(await page.evaluate(() => document.activeElement?.classList.contains('is-target'))).toBe(true);
    expect(page.errors).toEqual([]);
  });

  it('timeline facet → URL → reload keeps the filter', async () => {
    const page = await site.page();
    const all = timeline();
    // A factuality value that holds for some events but not all, so the filter visibly narrows.
    const value = facets(all).factuality.find((f) => f.count < all.length)!;
    await page.goto(`${site.url}/timeline`);
    const box = page.locator(`#facet-factuality-${value.value}`);
    await expect.poll(() => box.isEnabled()).toBe(true);
    await box.check();
    await page.waitForURL(`**/timeline?factuality=${value.value}`);
    const visible = () => page.$$eval('#timeline-events > li:not([hidden])', (els) => els.map((el) => (el as HTMLElement).dataset.factuality));
    await expect.poll(async () => (await visible()).length).toBe(value.count);
    expect(new Set(await visible())).toEqual(new Set([value.value]));
    await page.reload();
    await expect.poll(async () => (await visible()).length).toBe(value.count);
    expect(await page.locator(`#facet-factuality-${value.value}`).isChecked()).toBe(true);
    expect(await page.getByRole('status').first().textContent()).toContain(`${value.count} of ${all.length}`);
    // Back to the unfiltered view through history.
    await box.uncheck();
    await page.waitForURL(/\/timeline$/);
    await page.goBack();
    await expect.poll(async () => (await visible()).length).toBe(value.count);
    expect(page.errors).toEqual([]);
  });

  it('entity page → mention → source with that mention marked', async () => {
    const page = await site.page();
    const entity = [...records('entities')].sort((a, b) => b.evidence.length - a.evidence.length)[0]!;
    await page.goto(`${site.url}${recordPath('entities', entity.id)}`);
    const mentions = page.locator('section[aria-labelledby="mentions-heading"] li');
    expect(await mentions.count()).toBe(entity.evidence.length);
    const second = entity.evidence[1] ?? entity.evidence[0]!;
    await page.locator(`section[aria-labelledby="mentions-heading"] a[href="${recordPath('sources', second.source)}#${formatSpanAnchor(second)}"]`).click();
    await page.waitForURL(`**${recordPath('sources', second.source)}#${formatSpanAnchor(second)}`);
    await page.locator('.seg.is-target').first().waitFor();
    expect(await markedText(page)).toBe(second.exact);
    expect(page.errors).toEqual([]);
  });

  it('marks a hand-made span link that matches no highlight', async () => {
    const page = await site.page();
    const source = records('sources')[0]!;
    const sentence = source.sentences[0]!;
    await page.goto(`${site.url}${recordPath('sources', source.id)}#${sentence.start}-${sentence.end}`);
    await expect.poll(() => page.locator('.seg.is-target').count()).toBeGreaterThan(0);
    expect(page.errors).toEqual([]);
  });

  it('search copes with empty, very long and odd input', async () => {
    const page = await site.page();
    await page.goto(`${site.url}/search`);
    for (const query of ['', '   ', 'x'.repeat(5000), '<script>alert(1)</script>', '%%%', '"\'\\', '🇰🇿 Қазақстан', 'tajikistn', '(((']) {
      await page.fill('#search-q', query);
      await page.waitForTimeout(50);
      await expect.poll(() => page.locator('h1').textContent()).toBe('Search');
    }
    await page.fill('#search-q', 'tajikistn');
    await expect.poll(() => page.locator('#search-results li').count()).toBeGreaterThan(0);
    await page.goto(`${site.url}/search?q=${encodeURIComponent('<b>%')}`);
    expect(await page.inputValue('#search-q')).toBe('<b>%');
    expect(page.errors).toEqual([]);
  });

  it('cite this → the quoted words’ offsets → the reader marks exactly those words', async () => {
    const page = await site.page();
    const claim = records('claims')[0]!;
    const span = claim.evidence[0]!;
    await page.goto(`${site.url}${recordPath('claims', claim.id)}`);
    const cite = page.locator('section[aria-labelledby="cite-heading"]');
    expect(await cite.locator('blockquote').first().textContent()).toBe(`“${span.exact}”`);
    await cite.getByRole('link', { name: `characters ${span.start}–${span.end}` }).click();
    await page.waitForURL(`**${recordPath('sources', span.source)}#${formatSpanAnchor(span)}`);
    await page.locator('.seg.is-target').first().waitFor();
    expect(await markedText(page)).toBe(span.exact);
    expect(page.errors).toEqual([]);
  });

  it('answers an unknown id with the 404 page', async () => {
    const page = await site.page();
    const response = await page.goto(`${site.url}/entities/no-such-entity`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toMatch(/not found/i);
  });
});

describe('keyboard only', () => {
  it('skip link, navigation and search results work from the keyboard with visible focus', async () => {
    const page = await site.page();
    await page.goto(`${site.url}/`);
    await page.keyboard.press('Tab');
    const skip = page.locator('a.skip-link');
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    const box = await skip.boundingBox();
    expect(box && box.y >= 0).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');

    // Tab from the top to the Timeline link and follow it; every stop shows a focus outline.
    await page.goto(`${site.url}/`);
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        return { text: el.textContent, outline: getComputedStyle(el).outlineStyle };
      });
      expect(focused.outline).not.toBe('none');
      if (focused.text === 'Timeline') break;
    }
    await page.keyboard.press('Enter');
    await page.waitForURL('**/timeline');

    // The header search form takes a query to the search page; arrows move into the results.
    await page.focus('#header-q');
    await page.keyboard.type('Astana');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/search?q=Astana');
    await page.locator('#search-results a').first().waitFor();
    await page.focus('#search-q');
    await page.keyboard.press('ArrowDown');
    const href = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).getAttribute('href'));
    expect(href).toMatch(/^\/[a-z]+\/[a-z0-9-]+$/);
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${href}`);
    expect(page.errors).toEqual([]);
  });

  it('toggles a highlight kind in the reader legend with the keyboard', async () => {
    const page = await site.page();
    const source = records('sources')[0]!;
    await page.goto(`${site.url}${recordPath('sources', source.id)}`);
    const kind = await page.locator('.legend input[type=checkbox]').first().getAttribute('id');
    const sample = page.locator(`.ann.k-${kind!.replace('kind-', '')}`).first();
    const before = await sample.evaluate((el) => getComputedStyle(el).backgroundColor + getComputedStyle(el).textDecorationLine);
    await page.focus(`#${kind}`);
    await page.keyboard.press('Space');
    const after = await sample.evaluate((el) => getComputedStyle(el).backgroundColor + getComputedStyle(el).textDecorationLine);
    expect(after).not.toBe(before);
    expect(after).toBe('rgba(0, 0, 0, 0)none');
  });
});
