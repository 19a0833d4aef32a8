import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { dataset } from '@kztj/core';
import { SITE_DESCRIPTION, SITE_NAME, SITE_URL } from '../lib/site';
import { SiteNav } from './_components/site-nav';
import './globals.css';

export const metadata: Metadata = {
  metadataBase: new URL(SITE_URL),
  title: { default: `${SITE_NAME} — Kazakhstan–Tajikistan relations, checked against the source`, template: `%s · ${SITE_NAME}` },
  description: SITE_DESCRIPTION,
  applicationName: SITE_NAME,
  openGraph: { siteName: SITE_NAME, type: 'website', locale: 'en_GB' },
};

export const viewport: Viewport = {
  colorScheme: 'light dark',
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#f3f1ea' },
    { media: '(prefers-color-scheme: dark)', color: '#1f2226' },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">Skip to content</a>
        <header className="site-header">
          <div className="site-header__inner">
            <a className="site-logo" href="/">kztj</a>
            <SiteNav />
            <form className="header-search" action="/search" method="get" role="search" aria-label="Site">
              <label className="visually-hidden" htmlFor="header-q">Search records</label>
              <input id="header-q" type="search" name="q" placeholder="Search…" autoComplete="off" />
              <button type="submit">Search</button>
            </form>
          </div>
        </header>
        <main id="main" tabIndex={-1}>{children}</main>
        <footer className="site-footer">
          <div className="site-footer__inner">
            <p>
              Built from {dataset.sources.length} news articles. Every fact links to the words it comes from. Data version {dataset.dataVersion} —{' '}
              <a href="/data">download the data</a>.
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}
