import { recordFields, related, titleOf, type RecordRef } from '@kztj/core';
import { describeRecord } from '../describe-record.js';
import { formatFields, formatTable, json, mark } from './table.js';

/** `kztj show <id>`: fields, evidence sentences with the span marked, related records. */
export function showPlain(ref: RecordRef): string {
  const d = describeRecord(ref);
  const parts = [`${d.title}\n${d.id} · ${d.collection}${d.kind ? ` · ${d.kind}` : ''}`, formatFields(d.fields)];
  if (d.evidence.length > 0) {
    const evidence = d.evidence.map(
      (c) => `  ${c.span.source} ${c.span.start}-${c.span.end}\n    ${c.before}${mark(c.match)}${c.after}`,
    );
    parts.push(`Evidence\n${evidence.join('\n')}`);
  }
  const links = related(d.id);
  if (links.length > 0) {
    const table = formatTable(
      ['RELATION', 'ID', 'TITLE'],
      links.map((l) => [l.relation, l.target.record.id, titleOf(l.target)]),
    );
    parts.push(`Related\n${table.trimEnd().replace(/^/gm, '  ')}`);
  }
  return `${parts.join('\n\n')}\n`;
}

/** `{ collection, record, fields, related }`; `record` validates against its collection's schema. */
export function showJson(ref: RecordRef): string {
  return json({
    collection: ref.collection,
    record: ref.record,
    // The record as the views show it: every field's value with its basis and reasoning.
    fields: recordFields(ref),
    related: related(ref.record.id).map((l) => ({
      relation: l.relation,
      id: l.target.record.id,
      collection: l.target.collection,
      title: titleOf(l.target),
    })),
  });
}
