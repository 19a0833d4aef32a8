/**
 * How the data is said in schema.org, for every door that speaks it (the site's pages, the
 * core's JSON-LD export): one mapping, one rule for dates.
 */
import type { DateValue } from './schema/date-value.js';
import type { Entity } from './schema/entity.js';

/** How each entity type is typed in schema.org. */
export const SCHEMA_ORG_TYPES: Readonly<Record<Entity['type'], string>> = {
  person: 'Person',
  country: 'Country',
  place: 'Place',
  organisation: 'Organization',
  award: 'Thing',
  monument: 'LandmarksOrHistoricalBuildings',
  programme: 'CreativeWork',
  group: 'Organization',
  other: 'Thing',
};

const ISO = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/**
 * A date for machines at exactly the precision people see: "2023-05-04", "2023-05" and "2018"
 * as ISO 8601 reduced precision (schema.org's startDate), a period by its two ends, and nothing
 * for one unknown day of a set ("a day in 2018 before 15 March" is not 2018-01-01, nor the whole
 * span) or for an open or unknown end.
 */
export function schemaOrgDate(date: Pick<DateValue, 'edtf' | 'precision'> | undefined): { startDate?: string; endDate?: string } {
  if (!date || date.precision === 'one-of') return {};
  const plain = date.edtf.replace(/[?~%]/g, '');
  if (date.precision !== 'interval') return ISO.test(plain) ? { startDate: plain } : {};
  const [start = '', end = ''] = plain.split('/');
  return { ...(ISO.test(start) ? { startDate: start } : {}), ...(ISO.test(end) ? { endDate: end } : {}) };
}
