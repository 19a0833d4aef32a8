/** The first and last ISO day a date bound covers: `2018` is 2018-01-01 to 2018-12-31. */
export interface DateBound {
  earliest: string;
  latest: string;
}

const FORM = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Days in a month of the proleptic Gregorian calendar, as ISO 8601 counts it. */
function daysIn(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Parses a date filter bound, a year, year-month or ISO day (`2018`, `2018-03`, `2018-03-15`),
 * strictly: `2018-13`, `2018-00` and `2018-02-30` are not dates, and a filter that quietly
 * matched nothing for them would hide the typo. `name` says which bound, for the message.
 *
 * The edtf parser the build uses for record dates is not used here: it accepts seasons
 * (`2018-21`), times and uncertainty marks, which are not filter bounds, and rolls `2017-02-29`
 * over to 1 March instead of rejecting it.
 *
 * @throws RangeError naming the bound, the value and what is wrong with it.
 */
export function parseDateBound(value: string, name = 'date'): DateBound {
  const match = FORM.exec(value);
  if (!match) {
    throw new RangeError(`filter "${name}" must be a year, year-month or ISO date (2018, 2018-03, 2018-03-15); got ${JSON.stringify(value)}`);
  }
  const year = Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (month === undefined) return { earliest: `${match[1]}-01-01`, latest: `${match[1]}-12-31` };
  if (month < 1 || month > 12) {
    throw new RangeError(`filter "${name}" must be a real date: ${JSON.stringify(value)} has no month ${match[2]} (months are 01–12)`);
  }
  const last = daysIn(year, month);
  const yearMonth = `${match[1]}-${pad(month)}`;
  if (day === undefined) return { earliest: `${yearMonth}-01`, latest: `${yearMonth}-${pad(last)}` };
  if (day < 1 || day > last) {
    throw new RangeError(
      `filter "${name}" must be a real date: ${JSON.stringify(value)} has no day ${match[3]} (${MONTHS[month - 1]} ${match[1]} has ${last} days)`,
    );
  }
  return { earliest: value, latest: value };
}
