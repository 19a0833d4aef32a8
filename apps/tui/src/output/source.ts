import { annotations, spanContext, titleOf, getRecord, type Annotation, type Source, type Span } from '@kztj/core';
import { formatTable, json, mark } from './table.js';

/** Annotations that overlap a range: the records that cite this stretch of text. */
export function annotationsIn(span: Span): Annotation[] {
  return annotations(span.source).filter((a) => a.start < span.end && span.start < a.end);
}

/**
 * Without a span: the article text exactly as the seed has it, so the output can be checked
 * against the file. With a span: the span in its sentence and the records annotated there.
 */
export function sourcePlain(source: Source, span?: Span): string {
  // Byte for byte: `kztj source id | sha256sum` must give the record's sha256.
  if (!span) return source.text;
  const context = spanContext(span);
  const lines = [`${titleOf({ collection: 'sources', record: source })}`, `${source.id} ${span.start}-${span.end}`, ''];
  if (context) lines.push(`${context.before}${mark(context.match)}${context.after}`);
  const cited = annotationsIn(span);
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
export function sourceJson(source: Source, span?: Span): string {
  if (!span) return json({ source, annotations: annotations(source.id) });
  return json({ source, span, annotations: annotationsIn(span) });
}
