import {
  COLLECTION_NAMES,
  findCountry,
  getRecord,
  getSource,
  isCollectionName,
  parseSpanAnchor,
  records,
  spanAt,
  suggest,
  type CollectionName,
  type RecordRef,
  type Source,
  type Span,
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
  throw new NotFoundError(`no source with id "${id}"`, sourceSuggestions(id));
}

/** Suggestions from the core, kept to one collection (or an entity type) when that is what was asked for. */
function suggestIn(input: string, collection: CollectionName, type?: string): string[] {
  return suggest(input, 10)
    .filter((id) => {
      const ref = getRecord(id);
      return ref?.collection === collection && (type === undefined || (ref.collection === 'entities' && ref.record.type === type));
    })
    .slice(0, 3);
}

/** At most this many source ids are suggested when none is close. */
export const SOURCE_SUGGESTIONS = 5;

function sourceSuggestions(input: string): string[] {
  const close = suggestIn(input, 'sources');
  // When none is close, a few source ids help more than nothing (the list grows with every article).
  return close.length > 0 ? close : records('sources').slice(0, SOURCE_SUGGESTIONS).map((s) => s.id);
}

/**
 * Filter values that name records must name real ones: a typo in `--entity` should say so, not
 * quietly match nothing.
 */
export function requireFilterReferences(filter: { entity?: string; source?: string; country?: string }): void {
  if (filter.entity !== undefined && getRecord(filter.entity)?.collection !== 'entities') {
    throw new NotFoundError(`--entity: no entity with id "${filter.entity}"`, suggestIn(filter.entity, 'entities'));
  }
  if (filter.source !== undefined && !getSource(filter.source)) {
    throw new NotFoundError(`--source: no source with id "${filter.source}"`, sourceSuggestions(filter.source));
  }
  if (filter.country !== undefined && !findCountry(filter.country)) {
    throw new NotFoundError(`--country: no country matches "${filter.country}" (give an id, name or ISO code)`, suggestIn(filter.country, 'entities', 'country'));
  }
}

export function requireCollection(name: string): CollectionName {
  if (isCollectionName(name)) return name;
  throw new UsageError(`unknown collection "${name}"; expected one of ${COLLECTION_NAMES.join(', ')}`);
}

/** Parses `--span start-end` into the core's full span (quote selector included), inside the source. */
export function requireSpan(source: Source, anchor: string): Span {
  const range = parseSpanAnchor(anchor);
  if (!range) throw new UsageError(`--span must be start-end with start < end (e.g. 120-145); got "${anchor}"`);
  const span = spanAt(source.id, range.start, range.end);
  if (!span) {
    throw new UsageError(`--span ${anchor} runs past the end of source "${source.id}" (length ${source.text.length})`);
  }
  return span;
}
