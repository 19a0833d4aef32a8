import { formatDate, type DateValue } from '@kztj/core';

/** A date as the core formats it ("March 2018, inferred"), machine-readable for the earliest day. */
export function DateText({ date }: { date: DateValue }) {
  return <time dateTime={date.precision === 'day' ? date.earliest : date.edtf.replace(/[?~]/g, '')}>{formatDate(date)}</time>;
}
