import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { list, search, timeline, type CollectionName, type RecordFilter, type RecordRef } from '@kztj/core';
import { UsageError } from './errors.js';
import { requireType } from './filter-values.js';
import { requireCollection, requireFilterReferences, requireRecord, requireSource, requireSpan } from './lookup.js';
import { exportData, type ExportFormat } from './output/export.js';
import { listJson, listPlain } from './output/list.js';
import { searchJson, searchPlain } from './output/search.js';
import { showJson, showPlain } from './output/show.js';
import { sourceJson, sourcePlain } from './output/source.js';

/** What a command produced: stdout text, and an optional note for stderr (e.g. "no matches"). */
export interface CommandOutput {
  stdout: string;
  note?: string;
}

/** The core's filters, plus the output switch. */
export interface FilterOptions extends RecordFilter {
  json?: boolean;
}

function filterOf(options: FilterOptions): RecordFilter {
  const { json: _json, ...filter } = options;
  requireFilterReferences(filter);
  return filter;
}

/** The core throws RangeError for malformed dates: for the command line that is a usage error. */
function withFilter<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof RangeError) throw new UsageError(error.message.replace(/^filter "(\w+)"/, '--$1'));
    throw error;
  }
}

export async function runList(collectionName: string, options: FilterOptions): Promise<CommandOutput> {
  const collection = requireCollection(collectionName);
  await requireType(collection, options.type);
  const refs = withFilter(() => list(collection, filterOf(options))).map((record) => ({ collection, record }) as RecordRef);
  if (options.json) return { stdout: listJson(refs) };
  return { stdout: listPlain(refs), note: refs.length === 0 ? `no ${collection} match these filters` : undefined };
}

export async function runTimeline(options: FilterOptions): Promise<CommandOutput> {
  await requireType('events', options.type);
  const refs = withFilter(() => timeline(filterOf(options))).map((record) => ({ collection: 'events' as const, record }));
  if (options.json) return { stdout: listJson(refs) };
  return { stdout: listPlain(refs), note: refs.length === 0 ? 'no events match these filters' : undefined };
}

export function runShow(id: string, options: { json?: boolean }): CommandOutput {
  const ref = requireRecord(id);
  return { stdout: options.json ? showJson(ref) : showPlain(ref) };
}

export function runSearch(words: string[], options: { limit: number; collection?: string; json?: boolean }): CommandOutput {
  const query = words.join(' ');
  const collections = options.collection ? [requireCollection(options.collection)] : undefined;
  const hits = search(query, { limit: options.limit, collections });
  if (options.json) return { stdout: searchJson(hits) };
  return { stdout: searchPlain(hits), note: hits.length === 0 ? `nothing matches "${query}"` : undefined };
}

export function runSource(id: string, options: { span?: string; json?: boolean }): CommandOutput {
  const source = requireSource(id);
  const span = options.span === undefined ? undefined : requireSpan(source, options.span);
  return { stdout: options.json ? sourceJson(source, span) : sourcePlain(source, span) };
}

/**
 * Where the core's CSV files are: beside the bundle once built and installed (tsup copies them to
 * dist/csv), otherwise in the @kztj/core workspace package.
 */
function csvDirectory(): string {
  const bundled = fileURLToPath(new URL('./csv/', import.meta.url));
  if (existsSync(bundled)) return bundled;
  return dirname(createRequire(import.meta.url).resolve('@kztj/core/csv/events.csv'));
}

export function runExport(options: { format: ExportFormat; collection?: string }): CommandOutput {
  const collection: CollectionName | undefined = options.collection ? requireCollection(options.collection) : undefined;
  return { stdout: exportData(options.format, collection, csvDirectory()) };
}
