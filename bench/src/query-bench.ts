/**
 * The query workload: what the site and the TUI ask the core, timed against plain iteration of the
 * same dataset. Used for the real dataset and, unchanged, for every synthetic scale level.
 */
import type * as Core from '@kztj/core';
import { collectGarbage, sample, summarize, summarizeGroups, type Summary } from './sample.js';

export type CoreModule = typeof Core;

/** Representative queries by kind; every kind should be present so slow paths are not missed. */
export interface QuerySet {
  exact: string[];
  typo: string[];
  prefix: string[];
  'multi-word': string[];
  nonsense: string[];
  /** A word most records contain: the most results to rank. */
  common: string[];
}

export const QUERY_KINDS = ['exact', 'typo', 'prefix', 'multi-word', 'nonsense', 'common'] as const satisfies readonly (keyof QuerySet)[];

/** Queries on the seeds' data. */
export const REAL_QUERIES: QuerySet = {
  exact: ['Tajikistan', 'Rahmon'],
  typo: ['Tajikstan', 'Nazarbaev'],
  prefix: ['Kaz', 'Samar'],
  'multi-word': ['water consortium Central Asia', 'declaration on allied cooperation'],
  nonsense: ['qzxv wplk', '§§ 42 ¿?'],
  common: ['cooperation'],
};

/** Queries on a synthetic corpus, built from words the generator guarantees. */
export function syntheticQueries(vocabulary: { country: string; person: string; organisation: string }): QuerySet {
  // One letter dropped: an edit distance of 1, which MiniSearch's fuzzy 0.2 forgives in a 7-letter
  // word (a swap of two letters is distance 2 and would find nothing, measuring only a miss).
  const typo = (word: string) => `${word.slice(0, 3)}${word.slice(4)}`;
  return {
    exact: [vocabulary.country, vocabulary.person],
    typo: [typo(vocabulary.country), typo(vocabulary.person)],
    prefix: [vocabulary.country.slice(0, 4), vocabulary.person.slice(0, 4)],
    'multi-word': [`trade agreement ${vocabulary.country}`, vocabulary.organisation.toLowerCase()],
    nonsense: ['qzxv wplk', '§§ 42 ¿?'],
    common: ['cooperation'],
  };
}

export interface QueryResults {
  records: number;
  /** Heap retained after import (the dataset), in bytes. */
  heapDataset: number;
  /** First search(): builds the id index and the MiniSearch index. */
  firstSearchMs: number;
  /** Heap the search index adds, in bytes. */
  heapSearchIndex: number;
  search: Record<(typeof QUERY_KINDS)[number] | 'all', Summary>;
  /** Baseline for search: one pass over every record's evidence with String.includes. */
  scan: Summary;
  /** Baseline for the other queries: one pass over every record of every collection. */
  iterate: Summary;
  timeline: Summary;
  timelineByCountry: Summary;
  /** First related(): builds the sentence index. */
  relatedFirstMs: number;
  related: Summary;
  segments: Summary;
  mentions: Summary;
  heapAll: number;
}

function every(core: CoreModule, visit: (record: { id: string; evidence: readonly { exact: string }[] }) => void): void {
  for (const collection of core.COLLECTION_NAMES) for (const record of core.records(collection)) visit(record);
}

/** Up to `count` items spread evenly over the list, so samples cover every collection. */
function spread<T>(items: readonly T[], count: number): T[] {
  if (items.length <= count) return [...items];
  return Array.from({ length: count }, (_, i) => items[Math.floor((i * items.length) / count)]!);
}

export function runQueries(core: CoreModule, queries: QuerySet, heapBefore: number, budgetMs = 250): QueryResults {
  collectGarbage();
  const heapDataset = process.memoryUsage().heapUsed - heapBefore;

  const t0 = performance.now();
  core.search(queries.exact[0]!);
  const firstSearchMs = performance.now() - t0;
  collectGarbage();
  const heapSearchIndex = process.memoryUsage().heapUsed - heapBefore - heapDataset;

  const search = {} as QueryResults['search'];
  const allTimes: number[][] = [];
  for (const kind of QUERY_KINDS) {
    const perQuery = queries[kind].map((q) => sample(() => core.search(q), { budgetMs }));
    search[kind] = summarizeGroups(perQuery);
    allTimes.push(...perQuery);
  }
  search.all = summarizeGroups(allTimes);
  const allQueries = QUERY_KINDS.flatMap((kind) => queries[kind]);
  const scan = summarizeGroups(
    allQueries.map((q) =>
      sample(() => {
        const needle = q.toLowerCase();
        let hits = 0;
        every(core, (record) => {
          for (const span of record.evidence) if (span.exact.toLowerCase().includes(needle)) hits++;
        });
        return hits;
      }, { budgetMs }),
    ),
  );
  const iterate = summarize(
    sample(() => {
      let length = 0;
      every(core, (record) => (length += record.id.length));
      return length;
    }, { budgetMs }),
  );

  const timeline = summarize(sample(() => core.timeline(), { budgetMs }));
  const country = core.records('entities').find((e) => e.type === 'country');
  const timelineByCountry = summarize(sample(() => core.timeline({ country: country?.codes?.alpha2 ?? country?.name ?? 'none' }), { budgetMs }));

  const ids = spread(core.allIds(), 40);
  const r0 = performance.now();
  core.related(ids[0]!);
  const relatedFirstMs = performance.now() - r0;
  const related = summarizeGroups(ids.map((id) => sample(() => core.related(id), { minRuns: 1, maxRuns: 5, budgetMs: budgetMs / 10 })));

  const sources = spread(core.records('sources').map((s) => s.id), 10);
  const segments = summarizeGroups(sources.map((id) => sample(() => core.segments(id), { minRuns: 1, maxRuns: 5, budgetMs: budgetMs / 5 })));
  // The most-mentioned entity: the heaviest entity page.
  const busiest = [...core.records('entities')].sort((a, b) => b.evidence.length - a.evidence.length)[0];
  const mentions = summarize(sample(() => core.mentions(busiest?.id ?? ''), { minRuns: 3, budgetMs }));

  collectGarbage();
  return {
    records: core.allIds().length,
    heapDataset,
    firstSearchMs,
    heapSearchIndex,
    search,
    scan,
    iterate,
    timeline,
    timelineByCountry,
    relatedFirstMs,
    related,
    segments,
    mentions,
    heapAll: process.memoryUsage().heapUsed - heapBefore,
  };
}
