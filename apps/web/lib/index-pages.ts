import type { CollectionName } from '@kztj/core';

/** The collections whose index is the generic table route, app/[collection]/page.tsx, with each page's lede. */
export const INDEX_PAGES = {
  events: 'Visits, meetings, signings, proposals and other events the articles report, each with its factuality: happened, planned, expected or will not happen.',
  agreements: 'Declarations, memoranda, programmes and contracts, planned or signed, with their status and parties.',
  quotes: 'Direct quotes, verbatim, and clearly marked reported speech, each with its speaker.',
  claims: 'Statements that are neither events nor figures: attributed opinions, stated facts and assessments, with who holds them.',
} as const satisfies Partial<Record<CollectionName, string>>;

export type IndexCollection = keyof typeof INDEX_PAGES;

export const isIndexCollection = (name: string): name is IndexCollection => Object.hasOwn(INDEX_PAGES, name);
