import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDateBound } from './date-bound.js';

describe('parseDateBound', () => {
  it('gives the days a year, a year-month and a day cover', () => {
    expect(parseDateBound('2018')).toEqual({ earliest: '2018-01-01', latest: '2018-12-31' });
    expect(parseDateBound('2018-02')).toEqual({ earliest: '2018-02-01', latest: '2018-02-28' });
    expect(parseDateBound('2016-02')).toEqual({ earliest: '2016-02-01', latest: '2016-02-29' });
    expect(parseDateBound('2018-04')).toEqual({ earliest: '2018-04-01', latest: '2018-04-30' });
    expect(parseDateBound('2018-03-15')).toEqual({ earliest: '2018-03-15', latest: '2018-03-15' });
    expect(parseDateBound('2000-02-29').latest).toBe('2000-02-29');
  });

  it.each([
    ['2018-13', /filter "from" must be a real date: "2018-13" has no month 13 \(months are 01–12\)/],
    ['2018-00', /"2018-00" has no month 00/],
    ['2018-99-99', /"2018-99-99" has no month 99/],
    ['2018-02-30', /"2018-02-30" has no day 30 \(February 2018 has 28 days\)/],
    ['2017-02-29', /has no day 29 \(February 2017 has 28 days\)/],
    ['1900-02-29', /has no day 29 \(February 1900 has 28 days\)/],
    ['2018-04-31', /has no day 31 \(April 2018 has 30 days\)/],
    ['2018-03-00', /has no day 00/],
    ['2018-3', /filter "from" must be a year, year-month or ISO date \(2018, 2018-03, 2018-03-15\); got "2018-3"/],
    ['18', /got "18"/],
    ['2018-03-15T10:00', /got "2018-03-15T10:00"/],
    ['2018-21', /has no month 21/],
    ['', /got ""/],
  ])('rejects %j with a RangeError that says what is wrong', (value, message) => {
    expect(() => parseDateBound(value, 'from')).toThrow(RangeError);
    expect(() => parseDateBound(value, 'from')).toThrow(message);
  });

  it('agrees with the JavaScript calendar on every day of four centuries', () => {
    // Date.UTC rolls an impossible day over into the next month: a real day survives the round trip.
    fc.assert(
      fc.property(fc.integer({ min: 1600, max: 2400 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (y, m, d) => {
        const value = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        const real = new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10) === value;
        if (real) expect(parseDateBound(value)).toEqual({ earliest: value, latest: value });
        else expect(() => parseDateBound(value)).toThrow(RangeError);
      }),
      { numRuns: 3000 },
    );
  });
});
