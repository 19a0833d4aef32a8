'use client';
// A sortable, filterable table of one collection. The server passes plain rows; this leaf only
// reorders and hides them, so it imports nothing from the data package.
import { useId, useMemo, useState } from 'react';
import type { Factuality } from '@kztj/core';
import { FactualityMark } from './factuality-mark';

export interface IndexRow {
  id: string;
  href: string;
  title: string;
  type: string;
  /** Formatted date and its sort key (earliest ISO day). */
  date?: { label: string; sort: string };
  factuality?: { value: Factuality; label: string };
  /** Every article the record comes from. */
  sources: Array<{ href: string; label: string }>;
}

type SortKey = 'title' | 'type' | 'date';

export function RecordIndex({ rows, caption, typeLabel = 'Type' }: { rows: IndexRow[]; caption: string; typeLabel?: string }) {
  const id = useId();
  const [text, setText] = useState('');
  const [type, setType] = useState('');
  const [factuality, setFactuality] = useState('');
  const [sort, setSort] = useState<{ key: SortKey; dir: 1 | -1 }>({ key: 'date', dir: 1 });
  const types = useMemo(() => [...new Set(rows.map((r) => r.type))].sort(), [rows]);
  const hasDates = rows.some((r) => r.date);
  const hasFactuality = rows.some((r) => r.factuality);
  const factualities = useMemo(() => [...new Map(rows.flatMap((r) => (r.factuality ? [[r.factuality.value, r.factuality.label] as const] : []))).entries()], [rows]);

  const shown = useMemo(() => {
    const needle = text.trim().toLowerCase();
    const key = (r: IndexRow) => (sort.key === 'date' ? (r.date?.sort ?? '9999') : sort.key === 'type' ? r.type : r.title.toLowerCase());
    return rows
      .filter((r) => (!type || r.type === type) && (!factuality || r.factuality?.value === factuality) && (!needle || r.title.toLowerCase().includes(needle)))
      .sort((a, b) => key(a).localeCompare(key(b)) * sort.dir || a.title.localeCompare(b.title));
  }, [rows, text, type, factuality, sort]);

  const header = (key: SortKey, label: string) => (
    <th scope="col" aria-sort={sort.key === key ? (sort.dir === 1 ? 'ascending' : 'descending') : 'none'}>
      <button type="button" className="sort-button" onClick={() => setSort((s) => ({ key, dir: s.key === key ? (s.dir === 1 ? -1 : 1) : 1 }))}>
        {label}
        <span aria-hidden="true">{sort.key === key ? (sort.dir === 1 ? ' ▲' : ' ▼') : ''}</span>
      </button>
    </th>
  );

  return (
    <div>
      <div className="index-controls">
        <label htmlFor={`${id}-text`}>
          Filter by title
          <input id={`${id}-text`} type="text" value={text} onChange={(e) => setText(e.target.value)} />
        </label>
        <label htmlFor={`${id}-type`}>
          {typeLabel}
          <select id={`${id}-type`} value={type} onChange={(e) => setType(e.target.value)}>
            <option value="">all</option>
            {types.map((t) => (
              <option key={t} value={t}>{t}</option>
            ))}
          </select>
        </label>
        {hasFactuality ? (
          <label htmlFor={`${id}-factuality`}>
            Factuality
            <select id={`${id}-factuality`} value={factuality} onChange={(e) => setFactuality(e.target.value)}>
              <option value="">all</option>
              {factualities.map(([value, label]) => (
                <option key={value} value={value}>{label}</option>
              ))}
            </select>
          </label>
        ) : null}
        <p role="status" className="muted" style={{ margin: 0 }}>
          {shown.length} of {rows.length} shown
        </p>
      </div>
      <div className="table-wrap">
        <table className="stack">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              {header('title', 'Title')}
              {header('type', typeLabel)}
              {hasDates ? header('date', 'Date') : null}
              {hasFactuality ? <th scope="col">Factuality</th> : null}
              <th scope="col">Sources</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => (
              <tr key={r.id}>
                <td><a href={r.href}>{r.title}</a></td>
                <td data-label={typeLabel}>{r.type}</td>
                {hasDates ? <td data-label="Date">{r.date?.label ?? '—'}</td> : null}
                {hasFactuality ? <td data-label="Factuality">{r.factuality ? <FactualityMark {...r.factuality} /> : '—'}</td> : null}
                <td data-label="Sources">
                  {r.sources.map((s, i) => (
                    <span key={s.href}>{i > 0 ? ', ' : null}<a href={s.href}>{s.label}</a></span>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
