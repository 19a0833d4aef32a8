import { formatAmount, formatDate, getRecord, titleOf, type RecordRef } from '@kztj/core';

const nameOf = (id: string | undefined) => {
  const ref = id ? getRecord(id) : undefined;
  return ref ? titleOf(ref) : undefined;
};

/** One sentence describing a record, for meta descriptions and Open Graph cards. */
export function describeRecord(ref: RecordRef): string {
  switch (ref.collection) {
    case 'sources':
      return `${ref.record.title}${ref.record.catalogue ? `, ${ref.record.catalogue.publisher}` : ''}, ${formatDate(ref.record.date)}: the full text with every extracted fact highlighted.`;
    case 'entities':
      // Descriptions end with their own full stop; adding one gave ".." on every entity page.
      return `${ref.record.name}: ${ref.record.description.replace(/[.\s]+$/, '')}. Roles, every mention in the articles, and related events.`;
    case 'events':
      return ref.record.summary;
    case 'agreements':
      return `${ref.record.title}: ${ref.record.subject} (${ref.record.status}).`;
    case 'figures':
      return `${formatAmount(ref.record)}: ${ref.record.measure}${ref.record.period ? `, ${formatDate(ref.record.period)}` : ''}.`;
    case 'quotes': {
      // Quotation marks only around words the article prints as a direct quote.
      const speaker = nameOf(ref.record.speaker.id);
      return ref.record.kind === 'direct'
        ? `${speaker ? `${speaker}: ` : ''}“${ref.record.text}”`
        : `${speaker ? `${speaker}, ` : ''}in reported speech: ${ref.record.text}`;
    }
    case 'claims':
      return ref.record.statement;
  }
}
