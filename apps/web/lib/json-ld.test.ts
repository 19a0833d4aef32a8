import { describe, expect, it } from 'vitest';
import { formatDate, records, type DateValue } from '@kztj/core';
import { machineDates, recordJsonLd } from './json-ld';

const date = (edtf: string, precision: DateValue['precision']) => ({ edtf, precision });

describe('machineDates', () => {
  it('keeps the precision people see', () => {
    expect(machineDates(date('2023-05-04', 'day'))).toEqual({ start: '2023-05-04' });
    expect(machineDates(date('2023-05', 'month'))).toEqual({ start: '2023-05' });
    expect(machineDates(date('2018~', 'year'))).toEqual({ start: '2018' });
    expect(machineDates(date('2023/2025', 'interval'))).toEqual({ start: '2023', end: '2025' });
  });

  it('gives nothing for one unknown day of a set, or for an open or unknown end', () => {
    expect(machineDates(date('[2018-01-01..2018-03-14]', 'one-of'))).toEqual({});
    expect(machineDates(date('2023-05-04/..', 'interval'))).toEqual({ start: '2023-05-04' });
    expect(machineDates(date('/2023-05-04', 'interval'))).toEqual({ end: '2023-05-04' });
    expect(machineDates(undefined)).toEqual({});
  });

  it('never dates an event for machines to a day the page does not show', () => {
    for (const event of records('events')) {
      const data = recordJsonLd({ collection: 'events', record: event }) as { startDate?: string };
      if (!event.date || event.date.precision === 'one-of') expect(data.startDate, event.id).toBeUndefined();
      else if (event.date.precision === 'day') expect(formatDate(event.date), event.id).toContain(String(Number(data.startDate!.slice(8))));
    }
    expect(records('events').some((e) => e.date?.precision === 'one-of')).toBe(true);
  });
});
