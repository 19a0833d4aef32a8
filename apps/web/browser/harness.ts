// Starts the built site and a headless chromium for one test file, and stops both afterwards.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
// @ts-expect-error -- a plain .mjs script without type declarations
import { serve } from '../scripts/serve.mjs';

export const CHROMIUM = '/usr/bin/chromium';
export const ARTIFACTS = join(dirname(fileURLToPath(import.meta.url)), '..', 'test-artifacts');

// The flags TOOLCHAIN.md gives for Debian's chromium; the networking ones keep it off the closed network.
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface Site {
  url: string;
  context: BrowserContext;
  /** A fresh page that records uncaught page errors in `errors`. */
  page(): Promise<Page & { errors: Error[] }>;
  close(): Promise<void>;
}

export async function startSite({ javaScriptEnabled = true } = {}): Promise<Site> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: install Debian's chromium (apt-get install -y chromium).`);
  const { server, url } = (await serve({ port: 0 })) as { server: Server; url: string };
  const profile = mkdtempSync(join(tmpdir(), 'kztj-chromium-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: ARGS, javaScriptEnabled, viewport: { width: 1280, height: 900 } });
  mkdirSync(ARTIFACTS, { recursive: true });
  return {
    url,
    context,
    async page() {
      const page = (await context.newPage()) as Page & { errors: Error[] };
      page.errors = [];
      page.on('pageerror', (error) => page.errors.push(error));
      return page;
    },
    async close() {
      await context.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
