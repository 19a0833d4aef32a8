import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { list, search, timeline, type CollectionName, type RecordFilter, type RecordRef } from '@kztj/core';
import { UsageError } from './errors.js';
import { requireType } from './filter-values.js';
import { requireFields, shapeList, type ShapeOptions } from './list-shape.js';
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

/** The core's filters, plus the output switches. */
export interface FilterOptions extends RecordFilter, ShapeOptions {
  json?: boolean;
  fields?: string;
}

/** What the command line knows of where the output goes. */
export interface OutputContext {
  /** The terminal's width when stdout is one; plain lists are cut to fit it. */
  columns?: number;
}

function filterOf(options: FilterOptions): RecordFilter {
  const { json: _json, fields: _fields, sort: _sort, reverse: _reverse, limit: _limit, ...filter } = options;
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

/** Filtered records, sorted, limited and printed: shared by list and timeline. */
function printList(collection: CollectionName, refs: readonly RecordRef[], options: FilterOptions, context: OutputContext): CommandOutput {
  const fields = requireFields(collection, options.fields);
  const shaped = shapeList(refs, options);
  // Scripts reading JSON get [] for no match; the note still tells a person at the terminal.
  const note = shaped.length === 0 ? `no ${collection} match these filters` : undefined;
  if (options.json) return { stdout: listJson(shaped, options.fields === undefined ? undefined : fields), note };
  return { stdout: listPlain(shaped, fields, context.columns), note };
}

export async function runList(collectionName: string, options: FilterOptions, context: OutputContext = {}): Promise<CommandOutput> {
  const collection = requireCollection(collectionName);
  await requireType(collection, options.type);
  const refs = withFilter(() => list(collection, filterOf(options))).map((record) => ({ collection, record }) as RecordRef);
  return printList(collection, refs, options, context);
}

export async function runTimeline(options: FilterOptions, context: OutputContext = {}): Promise<CommandOutput> {
  await requireType('events', options.type);
  const refs = withFilter(() => timeline(filterOf(options))).map((record) => ({ collection: 'events' as const, record }));
  return printList('events', refs, options, context);
}

export function runShow(id: string, options: { json?: boolean }): CommandOutput {
  const ref = requireRecord(id);
  return { stdout: options.json ? showJson(ref) : showPlain(ref) };
}

export function runSearch(words: string[], options: { limit: number; collection?: string; json?: boolean }): CommandOutput {
  const query = words.join(' ');
  // The core returns nothing for these; an empty result would read as "no record matches".
  if (!/[\p{L}\p{N}]/u.test(query)) throw new UsageError('search needs a word to look for (letters or digits); got "' + query + '"');
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
