import type { CollectionName } from '@kztj/core';
import { recordJsonPath } from '../../lib/paths';

/** Every record page links its record's JSON, as Datasette links every row's. */
export function RecordJsonLink({ collection, id }: { collection: CollectionName; id: string }) {
  return (
    <p className="record-json">
      <a href={recordJsonPath(collection, id)} type="application/json">This record as JSON</a>
    </p>
  );
}
