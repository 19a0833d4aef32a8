import type { DateValue } from '@kztj/core';
import { DateText } from './date-text';
import { Reasoning } from './reasoning';

/** A date as the core formats it (which already says "inferred"), its reasoning one step away. */
export function DateValueText({ date }: { date: DateValue }) {
  return (
    <>
      <DateText date={date} />
      <Reasoning basis={date.basis} reasoning={date.reasoning} label="why" />
    </>
  );
}
