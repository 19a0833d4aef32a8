// Writes public/favicon.ico from app/icon.svg: browsers and crawlers still ask for /favicon.ico
// whatever the page's <link rel="icon"> says (issue 12, item 10). Run it when the icon changes:
// `node scripts/make-favicon.mjs` (Debian's chromium draws the SVG; the ICO holds that PNG).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const svg = readFileSync(join(here, '..', 'app', 'icon.svg'), 'utf8');
const SIZE = 32;

/** An ICO file with one PNG image: 6-byte header, one 16-byte directory entry, the PNG. */
export function icoFromPng(png, size) {
  const header = Buffer.alloc(22);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(1, 4); // one image
  header.writeUInt8(size % 256, 6);
  header.writeUInt8(size % 256, 7);
  header.writeUInt8(0, 8); // no palette
  header.writeUInt8(0, 9);
  header.writeUInt16LE(1, 10); // colour planes
  header.writeUInt16LE(32, 12); // bits per pixel
  header.writeUInt32LE(png.length, 14);
  header.writeUInt32LE(22, 18); // offset of the image
  return Buffer.concat([header, png]);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const profile = mkdtempSync(join(tmpdir(), 'kztj-favicon-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: SIZE, height: SIZE },
  });
  const page = await context.newPage();
  await page.setContent(`<style>html,body{margin:0;background:transparent}</style><img src="data:image/svg+xml,${encodeURIComponent(svg)}" width="${SIZE}" height="${SIZE}">`);
  await page.locator('img').evaluate((img) => img.decode());
  const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: SIZE, height: SIZE } });
  await context.close();
  rmSync(profile, { recursive: true, force: true });
  mkdirSync(join(here, '..', 'public'), { recursive: true });
  writeFileSync(join(here, '..', 'public', 'favicon.ico'), icoFromPng(png, SIZE));
  console.log(`wrote public/favicon.ico (${SIZE}×${SIZE} PNG in an ICO)`);
}
