import { getRecord, titleOf } from '@kztj/core';
import { recordHref } from '../../lib/links';

/** A link to any record by id, titled as every front end titles it. */
export function RecordLink({ id, children }: { id: string; children?: React.ReactNode }) {
  const ref = getRecord(id);
  if (!ref) return <span>{id}</span>;
  return <a href={recordHref(ref)}>{children ?? titleOf(ref)}</a>;
}
