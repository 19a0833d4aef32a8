'use client';
// Filter and sort for a server-rendered record table. It imports no data: rows carry their sort
// keys and filter values (data-sort, data-facets), and this leaf hides and reorders them. The view
// lives in the URL (?q=astana&type=visit&sort=-date), so it can be shared and survives a reload.
import { useEffect, useId, useRef, useState } from 'react';
import { csvRows } from '../../lib/csv';

export interface TableFacet {
  key: string;
  label: string;
  options: Array<{ value: string; label: string; count: number }>;
}

interface View {
  q: string;
  filters: Record<string, string>;
  /** A column key, "-" first for descending; "" keeps the table's own order. */
  sort: string;
}

const EMPTY: View = { q: '', filters: {}, sort: '' };

/** The view a query string asks for, and the parameters it names that this table cannot show. */
export function viewFromQuery(search: string, facets: readonly TableFacet[], sortable: readonly string[]): { view: View; ignored: string[] } {
  const params = new URLSearchParams(search);
  const view: View = { q: params.get('q') ?? '', filters: {}, sort: '' };
  const ignored: string[] = [];
  for (const facet of facets) {
    const value = params.get(facet.key);
    if (value === null || value === '') continue;
    if (facet.options.some((o) => o.value === value)) view.filters[facet.key] = value;
    else ignored.push(`${facet.key}=${value}`);
  }
  const sort = params.get('sort');
  if (sort) {
    if (sortable.includes(sort.replace(/^-/, ''))) view.sort = sort;
    else ignored.push(`sort=${sort}`);
  }
  return { view, ignored };
}

export function viewToQuery(view: View): string {
  const params = new URLSearchParams();
  if (view.q.trim()) params.set('q', view.q);
  for (const [key, value] of Object.entries(view.filters)) if (value) params.set(key, value);
  if (view.sort) params.set('sort', view.sort);
  const query = params.toString();
  return query ? `?${query}` : '';
}

const isDefault = (view: View) => viewToQuery(view) === '';

type Row = HTMLTableRowElement & { dataset: { id: string; title: string; sort: string; facets: string } };

function matches(row: Row, view: View): boolean {
  const needle = view.q.trim().toLowerCase();
  if (needle && !row.dataset.title.includes(needle)) return false;
  const values = JSON.parse(row.dataset.facets) as Record<string, string[]>;
  return Object.entries(view.filters).every(([key, value]) => !value || (values[key] ?? []).includes(value));
}

/** Rows without a value for the key go last whichever the direction: "—" is not a smallest date. */
function compare(key: string, dir: 1 | -1): (a: Row, b: Row) => number {
  const of = (row: Row) => (JSON.parse(row.dataset.sort) as Record<string, string | number>)[key];
  return (a, b) => {
    const [x, y] = [of(a), of(b)];
    if (x === undefined || y === undefined) return x === y ? 0 : x === undefined ? 1 : -1;
    return dir * (typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y)));
  };
}

function download(name: string, type: string, body: string) {
  const url = URL.createObjectURL(new Blob([body], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function TableControls({
  tableId,
  collection,
  facets,
  sortable,
  total,
  noun,
}: {
  tableId: string;
  collection: string;
  facets: TableFacet[];
  sortable: Array<{ key: string; label: string }>;
  total: number;
  noun: string;
}) {
  const id = useId();
  const [view, setView] = useState<View>(EMPTY);
  const [ignored, setIgnored] = useState<string[]>([]);
  const [ready, setReady] = useState(false);
  const [shown, setShown] = useState<string[] | null>(null);
  const [error, setError] = useState('');
  const order = useRef<Row[]>([]);
  const keys = sortable.map((s) => s.key);

  useEffect(() => {
    order.current = [...(document.getElementById(tableId)?.querySelectorAll<Row>('tbody > tr') ?? [])];
    const read = () => {
      const parsed = viewFromQuery(window.location.search, facets, keys);
      setView(parsed.view);
      setIgnored(parsed.ignored);
    };
    read();
    setReady(true);
    window.addEventListener('popstate', read);
    return () => window.removeEventListener('popstate', read);
    // The facets and columns are fixed for the page: read the URL once, then on history moves.
  }, [tableId]);

  useEffect(() => {
    if (!ready) return;
    const table = document.getElementById(tableId);
    const body = table?.querySelector('tbody');
    if (!table || !body) return;
    const key = view.sort.replace(/^-/, '');
    const dir = view.sort.startsWith('-') ? -1 : 1;
    const rows = key ? [...order.current].sort(compare(key, dir)) : order.current;
    body.append(...rows);
    const visible: string[] = [];
    for (const row of rows) {
      row.hidden = !matches(row, view);
      if (!row.hidden) visible.push(row.dataset.id);
    }
    setShown(visible);
    for (const th of table.querySelectorAll<HTMLElement>('thead th[data-column]')) {
      if (th.dataset.column === key) th.setAttribute('aria-sort', dir === 1 ? 'ascending' : 'descending');
      else th.removeAttribute('aria-sort');
    }
    const query = viewToQuery(view);
    if (query !== window.location.search) window.history.replaceState(null, '', `${window.location.pathname}${query}`);
  }, [view, ready, tableId]);

  const update = (change: Partial<View>) => setView((current) => ({ ...current, ...change }));
  const count = shown?.length ?? total;
  const filtered = !isDefault(view);

  /** "JSON · CSV of this view": the core's files as they are for the whole table, else only the rows shown. */
  const saveView = (format: 'json' | 'csv') => async (event: React.MouseEvent<HTMLAnchorElement>) => {
    if (!filtered || !shown) return;
    event.preventDefault();
    setError('');
    try {
      const response = await fetch(event.currentTarget.href);
      if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
      const name = `${collection}-view.${format}`;
      if (format === 'csv') download(name, 'text/csv;charset=utf-8', csvRows(await response.text(), shown));
      else {
        const byId = new Map(((await response.json()) as Array<{ id: string }>).map((r) => [r.id, r]));
        download(name, 'application/json', `${JSON.stringify(shown.map((i) => byId.get(i)).filter(Boolean), null, 2)}\n`);
      }
    } catch (e) {
      setError(`Could not make the ${format.toUpperCase()} of this view: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  return (
    <div className="index-controls">
      <fieldset disabled={!ready} className="index-filters">
        <legend className="visually-hidden">Filter and sort</legend>
        <div className="index-field">
          <label htmlFor={`${id}-q`}>Filter by title</label>
          <input id={`${id}-q`} type="text" value={view.q} onChange={(e) => update({ q: e.target.value })} />
        </div>
        {facets.map((facet) => (
          <div className="index-field" key={facet.key}>
            <label htmlFor={`${id}-${facet.key}`}>{facet.label}</label>
            <select id={`${id}-${facet.key}`} value={view.filters[facet.key] ?? ''} onChange={(e) => update({ filters: { ...view.filters, [facet.key]: e.target.value } })}>
              <option value="">all</option>
              {facet.options.map((o) => (
                <option key={o.value} value={o.value}>{o.label} ({o.count})</option>
              ))}
            </select>
          </div>
        ))}
        <div className="index-field">
          <label htmlFor={`${id}-sort`}>Sort by</label>
          <select id={`${id}-sort`} value={view.sort} onChange={(e) => update({ sort: e.target.value })}>
            <option value="">table order</option>
            {sortable.flatMap((s) => [
              <option key={s.key} value={s.key}>{s.label} ↑</option>,
              <option key={`-${s.key}`} value={`-${s.key}`}>{s.label} ↓</option>,
            ])}
          </select>
        </div>
        {filtered ? <button type="button" onClick={() => update(EMPTY)}>Show all</button> : null}
      </fieldset>
      <p role="status" className="index-status">
        {ready ? (count === 0 ? `No ${noun} match this view (0 of ${total}).` : `${count} of ${total} ${noun} shown`) : `Filtering and sorting need JavaScript; all ${total} ${noun} are listed.`}
        {ignored.length > 0 ? ` Ignored, not in this table: ${ignored.join(', ')}.` : null}
      </p>
      <p className="index-downloads">
        <a href={`/data/${collection}.json`} onClick={saveView('json')}>JSON</a> · <a href={`/data/csv/${collection}.csv`} onClick={saveView('csv')}>CSV</a> of {filtered ? 'this view' : `all ${total} ${noun}`}
        {error ? <span role="alert"> {error}</span> : null}
      </p>
    </div>
  );
}
