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

/**
 * A date for machines, never more precise than for people: a day, month or year as ISO 8601
 * gives it, a period as its interval; a date known only within bounds (one unknown day of a
 * range) or marked uncertain as the range it lies in, under temporalCoverage rather than as a
 * start date.
 */
export function schemaOrgDate(date: DateValue | undefined): Record<string, string> {
  if (!date) return {};
  if (!date.uncertain && (date.precision === 'day' || date.precision === 'month' || date.precision === 'year')) return { startDate: date.edtf };
  return { temporalCoverage: `${date.earliest}/${date.latest}` };
}
