import {
  COLLECTION_NAMES,
  getRecord,
  getSource,
  isCollectionName,
  parseSpanAnchor,
  records,
  suggest,
  type CollectionName,
  type RecordRef,
  type Source,
} from '@kztj/core';
import { NotFoundError, UsageError } from './errors.js';

/** The record with this id, or a NotFoundError carrying the core's "did you mean" ids. */
export function requireRecord(id: string): RecordRef {
  const ref = getRecord(id);
  if (!ref) throw new NotFoundError(`no record with id "${id}"`, suggest(id));
  return ref;
}

export function requireSource(id: string): Source {
  const source = getSource(id);
  if (source) return source;
  const close = suggest(id).filter((candidate) => getRecord(candidate)?.collection === 'sources');
  // There are few sources: when none is close, listing them all helps more than nothing.
  throw new NotFoundError(`no source with id "${id}"`, close.length > 0 ? close : records('sources').map((s) => s.id));
}

export function requireCollection(name: string): CollectionName {
  if (isCollectionName(name)) return name;
  throw new UsageError(`unknown collection "${name}"; expected one of ${COLLECTION_NAMES.join(', ')}`);
}

/** Parses `--span start-end` and checks it lies inside the source. */
export function requireSpan(source: Source, anchor: string): { start: number; end: number } {
  const span = parseSpanAnchor(anchor);
  if (!span) throw new UsageError(`--span must be start-end with start < end (e.g. 120-145); got "${anchor}"`);
  if (span.end > source.text.length) {
    throw new UsageError(`--span ${anchor} runs past the end of source "${source.id}" (length ${source.text.length})`);
  }
  return span;
}
