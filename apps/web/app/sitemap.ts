import type { MetadataRoute } from 'next';
import { COLLECTION_NAMES, records } from '@kztj/core';
import { collectionPath, recordPath } from '../lib/paths';
import { absoluteUrl } from '../lib/site';

export const dynamic = 'force-static';

const PAGES = ['/', '/timeline', '/compare', '/map', '/search', '/data'];

export default function sitemap(): MetadataRoute.Sitemap {
  return [
    ...PAGES.map((path) => ({ url: absoluteUrl(path) })),
    ...COLLECTION_NAMES.flatMap((c) => [
      { url: absoluteUrl(collectionPath(c)) },
      ...records(c).map((r) => ({ url: absoluteUrl(recordPath(c, r.id)) })),
    ]),
  ];
}
