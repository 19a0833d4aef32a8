import { formatSpanAnchor, getRecord, type RecordRef, type Span } from '@kztj/core';
import { recordPath } from './paths';

/** The page of a record given as a ref or an id; undefined for an id the dataset lacks. */
export function recordHref(ref: RecordRef | string): string | undefined {
  const resolved = typeof ref === 'string' ? getRecord(ref) : ref;
  return resolved ? recordPath(resolved.collection, resolved.record.id) : undefined;
}

/** The source reader scrolled to a span, e.g. /sources/article-2023#120-145. */
export function spanHref(span: Pick<Span, 'source' | 'start' | 'end'>): string {
  return `${recordPath('sources', span.source)}#${formatSpanAnchor(span)}`;
}
