import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { ARTIFACTS, startSite, type Site } from './harness';
import { PAGE_TYPES } from './pages';

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(() => site?.close());

const WIDTHS = [360, 768, 1280];

describe.each(PAGE_TYPES)('%s (%s)', (name, path) => {
  it.each(['light', 'dark'] as const)('has no axe violations in the %s theme', async (scheme) => {
    const page = await site.page();
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`${site.url}${path}`);
    await page.waitForLoadState('networkidle');
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
    const violations = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`);
    expect(violations).toEqual([]);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('fits 360, 768 and 1280 px without sideways scrolling (screenshots in test-artifacts/)', async () => {
    const page = await site.page();
    const dir = join(ARTIFACTS, 'screenshots');
    mkdirSync(dir, { recursive: true });
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${site.url}${path}`);
      await page.waitForLoadState('networkidle');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${name} at ${width}px`).toBeLessThanOrEqual(0);
      await page.screenshot({ path: join(dir, `${name}-${width}.png`), fullPage: true });
    }
    await page.close();
  });
});
