import { formatDate, machineDate, type DateValue } from '@kztj/core';

/** A date as the core formats it ("March 2018, inferred"), machine-readable as far as it is known. */
export function DateText({ date }: { date: DateValue }) {
  return <time dateTime={machineDate(date)}>{formatDate(date)}</time>;
}
