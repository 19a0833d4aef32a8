// One page of every type, chosen from the data so the suite follows the dataset as it grows.
import { COLLECTION_NAMES, formatSpanAnchor, records } from '@kztj/core';
import { collectionPath, recordPath } from '../lib/paths';

export const PAGE_TYPES: ReadonlyArray<readonly [name: string, path: string]> = [
  ['home', '/'],
  ['timeline', '/timeline'],
  ['compare', '/compare'],
  ['map', '/map'],
  ['search', '/search?q=trade'],
  ['data', '/data'],
  ['not-found', '/no-such-page'],
  ['reader-marked', (() => {
    const span = records('events')[0]!.evidence[0]!;
    return `${recordPath('sources', span.source)}#${formatSpanAnchor(span)}`;
  })()],
  ...COLLECTION_NAMES.flatMap((c) => [
    [`${c}-index`, collectionPath(c)] as const,
    [`${c}-record`, recordPath(c, [...records(c)].sort((a, b) => b.evidence.length - a.evidence.length)[0]!.id)] as const,
  ]),
];
