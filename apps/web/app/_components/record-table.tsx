import { indexColumns, recordColumns, records, titleOf, type CollectionName, type RecordRef } from '@kztj/core';
import { COLLECTION_LABELS, recordPath } from '../../lib/paths';
import { FieldValueView } from './record-facts';
import { TableControls, type TableFacet } from './table-controls';

/**
 * A collection's index table, Datasette-like: the columns and every cell come from the core's
 * registry (indexColumns, recordColumns) and are rendered on the server, so the table reads in
 * full without JavaScript. Each row carries its sort keys and filter values as data attributes;
 * the TableControls leaf only hides and reorders rows, and keeps that state in the URL.
 */
export function RecordTable({ collection }: { collection: CollectionName }) {
  const columns = indexColumns(collection);
  const rows = records(collection).map((record) => {
    const ref = { collection, record } as RecordRef;
    return { id: record.id, title: titleOf(ref), cells: recordColumns(ref) };
  });
  const facets: TableFacet[] = columns
    .filter((c) => c.facet)
    .map((column) => {
      const options = new Map<string, { label: string; count: number }>();
      for (const row of rows) {
        for (const f of row.cells.find((c) => c.key === column.key)?.facets ?? []) {
          options.set(f.value, { label: f.label, count: (options.get(f.value)?.count ?? 0) + 1 });
        }
      }
      return { key: column.key, label: column.label, options: [...options].map(([value, o]) => ({ value, ...o })).sort((a, b) => a.label.localeCompare(b.label)) };
    })
    // A filter with one value would hide nothing.
    .filter((f) => f.options.length > 1);
  const sortable = [{ key: 'title', label: 'Title' }, ...columns.map((c) => ({ key: c.key, label: c.label }))];
  const tableId = `${collection}-table`;
  const label = COLLECTION_LABELS[collection];
  return (
    <>
      <TableControls tableId={tableId} collection={collection} facets={facets} sortable={sortable} total={rows.length} noun={label.plural.toLowerCase()} />
      <div className="table-wrap">
        <table className="stack" id={tableId}>
          <caption className="visually-hidden">{label.plural}: one row per record</caption>
          <thead>
            <tr>
              <th scope="col" data-column="title">Title</th>
              {columns.map((c) => (
                <th scope="col" key={c.key} data-column={c.key}>{c.label}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr
                key={row.id}
                data-id={row.id}
                data-title={row.title.toLowerCase()}
                data-sort={JSON.stringify(Object.fromEntries([['title', row.title.toLowerCase()], ...row.cells.filter((c) => c.sort !== undefined).map((c) => [c.key, c.sort])]))}
                data-facets={JSON.stringify(Object.fromEntries(row.cells.filter((c) => c.facet).map((c) => [c.key, c.facets.map((f) => f.value)])))}
              >
                <td><a href={recordPath(collection, row.id)}>{row.title}</a></td>
                {row.cells.map((cell) => (
                  <td key={cell.key} data-label={cell.label}>{cell.value ? <FieldValueView value={cell.value} /> : '—'}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
