import { formatDate, type DateValue } from '@kztj/core';

/** A machine-readable datetime for a date, as precise as it is known. */
function machineDate(date: DateValue): string {
  if (date.precision === 'day') return date.earliest;
  const known = [date.earliest, date.latest].filter((d) => d !== '0000-01-01' && d !== '9999-12-31');
  // A period with an open or unknown end ("/2023-05-04"): its known end.
  if (known.length < 2) return known[0] ?? date.edtf;
  // One unknown day of a set ("[2018-01-01..2018-03-14]"): the year all its days share, if one.
  if (date.precision === 'one-of') return date.earliest.slice(0, 4) === date.latest.slice(0, 4) ? date.earliest.slice(0, 4) : date.earliest;
  return date.edtf.replace(/[?~]/g, '');
}

/** A date as the core formats it ("March 2018, inferred"), machine-readable as far as it is known. */
export function DateText({ date }: { date: DateValue }) {
  return <time dateTime={machineDate(date)}>{formatDate(date)}</time>;
}
