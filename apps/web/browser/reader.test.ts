import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { annotations, records } from '@kztj/core';
import { ANNOTATION_KIND_TAGS } from '../lib/labels';
import { recordPath } from '../lib/paths';
import { startSite, type Site } from './harness';

// Issue 12, item 5 (in part): a reader you can scan on a phone, with kinds named on the spans.
let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(() => site?.close());

const source = () => [...records('sources')].sort((a, b) => annotations(b.id).length - annotations(a.id).length)[0]!;

describe('reader', () => {
  it('starts the article before the legend at 360 px', async () => {
    const page = await site.page();
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(`${site.url}${recordPath('sources', source().id)}`);
    const tops = await page.evaluate(() => ({
      text: document.getElementById('source-text')!.getBoundingClientRect().top + window.scrollY,
      legend: document.querySelector('.legend')!.getBoundingClientRect().top + window.scrollY,
    }));
    expect(tops.text).toBeLessThan(tops.legend);
    // The provenance folds on a phone, its summary naming the publisher; it opens on a wide screen.
    const publisher = source().catalogue?.publisher ?? 'no publisher catalogued';
    expect(await page.locator('#provenance').evaluate((el) => (el as HTMLDetailsElement).open)).toBe(false);
    expect(await page.locator('#provenance > summary').textContent()).toContain(publisher);
    // It started 1,080 px down, below the legend; the page's own facts still come first.
    expect(tops.text, `article text starts at ${Math.round(tops.text)} px`).toBeLessThan(1080);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.reload();
    await expect.poll(() => page.locator('#provenance').evaluate((el) => (el as HTMLDetailsElement).open)).toBe(true);
    expect(page.errors).toEqual([]);
  });

  it('names every highlight’s kind after it, and drops the name with the kind', async () => {
    const page = await site.page();
    await page.goto(`${site.url}${recordPath('sources', source().id)}`);
    const tags = await page.$$eval('#source-text .ann[data-tag]', (els) =>
      els.map((el) => ({ kind: [...el.classList].find((c) => c.startsWith('k-'))!.slice(2), tag: el.getAttribute('data-tag'), shown: getComputedStyle(el, '::after').content })),
    );
    expect(tags.length).toBeGreaterThan(0);
    for (const { kind, tag, shown } of tags) {
      expect(tag).toBe(ANNOTATION_KIND_TAGS[kind as keyof typeof ANNOTATION_KIND_TAGS]);
      expect(shown).toBe(`"${tag}"`);
    }
    // One name per highlighted span, however many segments nesting cuts it into.
    expect(tags.length).toBe(new Set(annotations(source().id).map((a) => `${a.kind}:${a.start}-${a.end}`)).size);
    const kind = tags[0]!.kind;
    await page.locator(`#kind-${kind}`).uncheck();
    expect(await page.locator(`#source-text .ann.k-${kind}[data-tag]`).first().evaluate((el) => getComputedStyle(el, '::after').content)).toBe('none');
  });

  it('offers a skip link past the article to its records', async () => {
    const page = await site.page();
    await page.goto(`${site.url}${recordPath('sources', source().id)}`);
    await page.getByRole('link', { name: 'Skip the article to its records' }).click();
    await expect.poll(() => page.locator('#related-heading').evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(200);
    expect(page.url()).toMatch(/#related-heading$/);
  });
});
