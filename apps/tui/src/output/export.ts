import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COLLECTION_NAMES, dataset, records, type CollectionName } from '@kztj/core';
import { UsageError } from '../errors.js';
import { json } from './table.js';

export const EXPORT_FORMATS = ['json', 'jsonl', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/**
 * json: the whole dataset (or one collection's array); jsonl: one `{collection, record}` a line;
 * csv: the core's own CSV for one collection, read from `csvDir`, byte for byte.
 */
export function exportData(format: ExportFormat, collection: CollectionName | undefined, csvDir: string): string {
  switch (format) {
    case 'json':
      return json(collection ? records(collection) : dataset);
    case 'jsonl': {
      const names = collection ? [collection] : COLLECTION_NAMES;
      return names
        .flatMap((name) => records(name).map((record) => `${JSON.stringify({ collection: name, record })}\n`))
        .join('');
    }
    case 'csv':
      if (!collection) {
        throw new UsageError(`--format csv needs --collection (one table per collection: ${COLLECTION_NAMES.join(', ')})`);
      }
      return readFileSync(join(csvDir, `${collection}.csv`), 'utf8');
  }
}
