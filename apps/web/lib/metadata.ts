import type { Metadata } from 'next';
import { SITE_NAME, absoluteUrl } from './site';

/** Per-page metadata with a canonical URL and the matching Open Graph card. */
export function pageMetadata({ title, description, path, type = 'website' }: {
  title: string;
  description: string;
  path: string;
  type?: 'website' | 'article';
}): Metadata {
  return {
    title,
    description,
    alternates: { canonical: path },
    openGraph: { title, description, url: absoluteUrl(path), siteName: SITE_NAME, type, locale: 'en_GB' },
    twitter: { card: 'summary', title, description },
  };
}
