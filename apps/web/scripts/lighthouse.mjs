// Runs Lighthouse 12.8 (default mobile profile, simulated throttling) with Debian's chromium on the
// built site and prints the four category scores per page. A script, not a test: scores vary a
// little between runs and machines; record them in README.md.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { OUT_DIR, serve } from './serve.mjs';

const firstIn = (dir) => readdirSync(join(OUT_DIR, dir)).filter((f) => f.endsWith('.html')).sort()[0].replace(/\.html$/, '');
const entity = process.env.LH_ENTITY ?? 'kazakhstan';
const PAGES = [
  ['home', '/'],
  ['timeline', '/timeline'],
  ['entity page', `/entities/${readdirSync(join(OUT_DIR, 'entities')).includes(`${entity}.html`) ? entity : firstIn('entities')}`],
  ['source reader', `/sources/${firstIn('sources')}`],
  ...(process.env.LH_ALL ? [['search', '/search'], ['map', '/map'], ['figures', '/figures'], ['compare', '/compare']] : []),
];
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const { server, url } = await serve({ port: 0 });
const userDataDir = mkdtempSync(join(tmpdir(), 'kztj-lh-'));
const chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: FLAGS, userDataDir });
const rows = [];
try {
  for (const [name, path] of PAGES) {
    const result = await lighthouse(`${url}${path}`, { port: chrome.port, output: 'json', logLevel: 'error' });
    const { categories, audits } = result.lhr;
    const score = (key) => Math.round((categories[key]?.score ?? 0) * 100);
    rows.push({
      page: name,
      path,
      performance: score('performance'),
      accessibility: score('accessibility'),
      'best practices': score('best-practices'),
      seo: score('seo'),
      LCP: audits['largest-contentful-paint']?.displayValue,
      TBT: audits['total-blocking-time']?.displayValue,
      CLS: audits['cumulative-layout-shift']?.displayValue,
    });
    const failed = Object.values(categories)
      .flatMap((c) => c.auditRefs.filter((ref) => ref.weight > 0).map((ref) => audits[ref.id]))
      .filter((a) => a && a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative');
    if (process.env.LH_VERBOSE) for (const a of failed) console.log(`  ${name}: ${a.id} ${a.score} ${a.displayValue ?? ''}`);
  }
} finally {
  await chrome.kill();
  server.close();
  rmSync(userDataDir, { recursive: true, force: true });
}
console.table(rows);
