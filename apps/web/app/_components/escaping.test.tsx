import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { EvidenceItem } from './evidence-list';
import { JsonLd } from './json-ld';

const HOSTILE = '</blockquote><script>alert("x")</script><img src=x onerror=alert(1)>';

// Record text comes from articles, and one day from articles nobody has vetted: it must always
// reach the page as text, never as markup.
describe('record text containing markup', () => {
  it('renders as text in evidence', () => {
    const html = renderToStaticMarkup(<EvidenceItem span={{ source: 'not-a-source', start: 0, end: HOSTILE.length, exact: HOSTILE, prefix: '', suffix: '' }} />);
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
  });

  it('cannot close the JSON-LD script element, and still parses back to the same data', () => {
    const html = renderToStaticMarkup(<JsonLd data={{ '@type': 'Thing', name: HOSTILE }} />);
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    const json = html.replace(/^<script type="application\/ld\+json">/, '').replace(/<\/script>$/, '');
    expect(JSON.parse(json).name).toBe(HOSTILE);
  });

  it('is never injected as HTML anywhere else in the site', () => {
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (/\.tsx?$/.test(entry.name) && !entry.name.includes('.test.') && /dangerouslySetInnerHTML|\.innerHTML\s*=/.test(readFileSync(path, 'utf8'))) offenders.push(path);
      }
    };
    for (const dir of ['app', 'lib']) walk(join(__dirname, '..', '..', dir));
    expect(offenders.map((p) => p.replace(/.*apps\/web\//, ''))).toEqual(['app/_components/json-ld.tsx']);
  });
});
