import { describe, expect, it } from 'vitest';
import { formatDate, records } from '@kztj/core';
import { recordJsonLd } from './json-ld';

describe('the record pages\' JSON-LD', () => {
  it('never dates an event for machines to a day the page does not show', () => {
    for (const event of records('events')) {
      const data = recordJsonLd({ collection: 'events', record: event }) as { startDate?: string };
      if (!event.date || event.date.precision === 'one-of') expect(data.startDate, event.id).toBeUndefined();
      else if (event.date.precision === 'day') expect(formatDate(event.date), event.id).toContain(String(Number(data.startDate!.slice(8))));
    }
    expect(records('events').some((e) => e.date?.precision === 'one-of')).toBe(true);
  });
});
