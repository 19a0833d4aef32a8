import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSite, type Site } from './harness';
import { PAGE_TYPES } from './pages';

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(() => site?.close());

// The server sends a strict Content-Security-Policy (inline scripts only by hash). A page that
// breaks it loses its interactivity silently, so every page type is loaded and any violation the
// browser reports fails the test.
describe.each(PAGE_TYPES)('%s (%s) under the Content-Security-Policy', (_name, path) => {
  it('loads and hydrates with no policy violation', async () => {
    const page = await site.page();
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        (window as unknown as { __csp: string[] }).__csp ??= [];
        (window as unknown as { __csp: string[] }).__csp.push(`${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    const response = await page.goto(`${site.url}${path}`);
    await page.waitForLoadState('networkidle');
    const headers = response!.headers();
    expect(headers['content-security-policy']).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')*;/);
    expect(headers['content-security-policy']).not.toMatch(/unsafe-inline'[^;]*script|script-src[^;]*unsafe/);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    const reported = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
    expect([...violations, ...reported]).toEqual([]);
    expect(page.errors).toEqual([]);
    await page.close();
  });
});

describe('an inline script the build did not make', () => {
  it('is blocked by the policy', async () => {
    const page = await site.page();
    await page.goto(`${site.url}/`);
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true;';
      document.body.append(script);
      return (window as unknown as { __injected?: boolean }).__injected === true;
    });
    expect(ran).toBe(false);
    await page.close();
  });
});
