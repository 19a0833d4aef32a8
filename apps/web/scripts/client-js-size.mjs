// Benchmark, not a test: client JavaScript (gzip) each page type loads, read from the static export.
// Next 16 no longer prints first-load sizes, so this sums the <script src> files of a sample page
// of each type (modern browsers: noModule polyfills excluded), and reports chunks loaded only on demand (the search index) separately.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { load } from 'cheerio';
import { OUT_DIR } from './serve.mjs';

const firstIn = (dir) => readdirSync(join(OUT_DIR, dir)).find((f) => f.endsWith('.html'))?.replace(/\.html$/, '');
const PAGE_TYPES = [
  ['home', '/'],
  ['timeline', '/timeline'],
  ['collection index', '/events'],
  ['entity page', `/entities/${firstIn('entities')}`],
  ['record page', `/events/${firstIn('events')}`],
  ['figures (charts)', '/figures'],
  ['source reader', `/sources/${firstIn('sources')}`],
  ['compare', '/compare'],
  ['map', '/map'],
  ['search', '/search'],
  ['data', '/data'],
];

const gz = (file) => gzipSync(readFileSync(file)).length;
const kb = (n) => `${(n / 1024).toFixed(1)} kB`;

const rows = [];
const eager = new Set();
for (const [type, path] of PAGE_TYPES) {
  const htmlFile = join(OUT_DIR, path === '/' ? 'index.html' : `${path}.html`);
  const $ = load(readFileSync(htmlFile, 'utf8'));
  // noModule scripts are legacy polyfills modern browsers never download.
  const scripts = [...new Set($('script[src]:not([nomodule])').map((_, el) => $(el).attr('src')).get().filter((src) => src.startsWith('/_next/')))];
  scripts.forEach((s) => eager.add(s));
  const js = scripts.reduce((sum, src) => sum + gz(join(OUT_DIR, src)), 0);
  rows.push({ 'page type': type, path, 'script files': scripts.length, 'JS gzip': kb(js), 'HTML gzip': kb(gz(htmlFile)) });
}
console.table(rows);

// Chunks no page loads up front are loaded on demand; the one holding the dataset is search's.
const chunksDir = join(OUT_DIR, '_next', 'static', 'chunks');
const lazy = readdirSync(chunksDir, { recursive: true })
  .filter((f) => String(f).endsWith('.js') && !eager.has(`/_next/static/chunks/${String(f)}`))
  .map((f) => ({ file: String(f), text: readFileSync(join(chunksDir, String(f)), 'utf8') }))
  .filter(({ text }) => text.includes('dataVersion'));
for (const { file } of lazy) console.log(`on demand (search index + dataset): ${file} ${kb(gz(join(chunksDir, file)))} gzip`);
