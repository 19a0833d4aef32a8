import { annotations, spanContext, titleOf, getRecord, type Annotation, type Source, type Span } from '@kztj/core';
import { formatTable, json, mark } from './table.js';

/** Length of the W3C TextQuoteSelector prefix/suffix the core's spans carry. */
const CONTEXT = 32;

/** A full Span (position + quote selector) for an offset range of a source. */
export function spanOf(source: Source, range: { start: number; end: number }): Span {
  return {
    source: source.id,
    start: range.start,
    end: range.end,
    exact: source.text.slice(range.start, range.end),
    prefix: source.text.slice(Math.max(0, range.start - CONTEXT), range.start),
    suffix: source.text.slice(range.end, range.end + CONTEXT),
  };
}

/** Annotations that overlap a range: the records that cite this stretch of text. */
export function annotationsIn(source: Source, range: { start: number; end: number }): Annotation[] {
  return annotations(source.id).filter((a) => a.start < range.end && range.start < a.end);
}

/**
 * Without a span: the article text exactly as the seed has it, so the output can be checked
 * against the file. With a span: the span in its sentence and the records annotated there.
 */
export function sourcePlain(source: Source, range?: { start: number; end: number }): string {
  if (!range) return source.text.endsWith('\n') ? source.text : `${source.text}\n`;
  const span = spanOf(source, range);
  const context = spanContext(span);
  const lines = [`${titleOf({ collection: 'sources', record: source })}`, `${source.id} ${range.start}-${range.end}`, ''];
  if (context) lines.push(`${context.before}${mark(context.match)}${context.after}`);
  const cited = annotationsIn(source, range);
  if (cited.length > 0) {
    const rows = cited.map((a) => {
      const ref = getRecord(a.recordId);
      return [`${a.start}-${a.end}`, a.kind, a.recordId, ref ? titleOf(ref) : ''];
    });
    lines.push('', formatTable(['SPAN', 'KIND', 'ID', 'TITLE'], rows).trimEnd());
  }
  return `${lines.join('\n')}\n`;
}

/** `{ source, span?, annotations }`; source and span validate against the core's schemas. */
export function sourceJson(source: Source, range?: { start: number; end: number }): string {
  if (!range) return json({ source, annotations: annotations(source.id) });
  return json({ source, span: spanOf(source, range), annotations: annotationsIn(source, range) });
}
