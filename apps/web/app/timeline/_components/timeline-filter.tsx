'use client';
// Facet filters for the timeline. The events are server-rendered; this leaf only hides list items
// by their data-* facet values and keeps the selection in the URL query (?type=visit&country=…),
// so a filtered view can be shared and survives a reload. It imports no data.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { TimelineFacets } from '@kztj/core';
import { FACET_NAMES, type FacetName } from './facet-names';

type Selection = Record<FacetName, string[]>;

const TITLES: Record<FacetName, string> = { type: 'Type', country: 'Country', person: 'Person', source: 'Source', factuality: 'Factuality' };

const empty = (): Selection => ({ type: [], country: [], person: [], source: [], factuality: [] });

/** The selection a query asks for, keeping only values the timeline has; the rest are named, not silently applied. */
function fromQuery(search: string, facets: TimelineFacets): { selection: Selection; ignored: string[] } {
  const params = new URLSearchParams(search);
  const selection = empty();
  const ignored: string[] = [];
  for (const name of FACET_NAMES) {
    for (const value of params.getAll(name).filter(Boolean)) {
      if (facets[name].some((f) => f.value === value)) selection[name].push(value);
      else ignored.push(`${name}=${value}`);
    }
  }
  return { selection, ignored };
}

function toQuery(selection: Selection): string {
  const params = new URLSearchParams();
  for (const name of FACET_NAMES) for (const value of selection[name]) params.append(name, value);
  const query = params.toString();
  return query ? `?${query}` : '';
}

function itemValues(item: HTMLElement, name: FacetName): string[] {
  return (item.dataset[name] ?? '').split(' ').filter(Boolean);
}

/** Within a facet any selected value matches; across facets all must match. `skip` ignores one facet (for its counts). */
function matches(item: HTMLElement, selection: Selection, skip?: FacetName): boolean {
  return FACET_NAMES.every((name) => name === skip || selection[name].length === 0 || itemValues(item, name).some((v) => selection[name].includes(v)));
}

export function TimelineFilter({ facets, listId, total }: { facets: TimelineFacets; listId: string; total: number }) {
  const [selection, setSelection] = useState<Selection>(empty);
  const [ready, setReady] = useState(false);
  const [counts, setCounts] = useState<Record<string, number> | null>(null);
  const [shown, setShown] = useState(total);
  const [ignored, setIgnored] = useState<string[]>([]);
  const panel = useRef<HTMLDetailsElement>(null);

  useEffect(() => {
    const { selection: initial, ignored: unknown } = fromQuery(window.location.search, facets);
    setSelection(initial);
    setIgnored(unknown);
    setReady(true);
    // Open beside the list on wide screens, or whenever the URL carries a filter; folded on phones.
    if (panel.current && (window.matchMedia('(min-width: 56rem)').matches || FACET_NAMES.some((n) => initial[n].length > 0) || unknown.length > 0)) panel.current.open = true;
    const onPop = () => setSelection(fromQuery(window.location.search, facets).selection);
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  useEffect(() => {
    if (!ready) return;
    const items = [...(document.getElementById(listId)?.children ?? [])] as HTMLElement[];
    let visible = 0;
    for (const item of items) {
      const show = matches(item, selection);
      item.hidden = !show;
      if (show) visible += 1;
    }
    setShown(visible);
    // Counts answer "how many events would this value give, with the other facets as they are".
    const next: Record<string, number> = {};
    for (const name of FACET_NAMES) {
      for (const item of items) {
        if (!matches(item, selection, name)) continue;
        for (const value of itemValues(item, name)) next[`${name}:${value}`] = (next[`${name}:${value}`] ?? 0) + 1;
      }
    }
    setCounts(next);
    const query = toQuery(selection);
    if (query !== window.location.search) window.history.pushState(null, '', `${window.location.pathname}${query}`);
  }, [selection, ready, listId]);

  const toggle = useCallback((name: FacetName, value: string) => {
    setSelection((current) => {
      const values = current[name].includes(value) ? current[name].filter((v) => v !== value) : [...current[name], value];
      return { ...current, [name]: values };
    });
  }, []);

  const active = FACET_NAMES.some((name) => selection[name].length > 0);

  return (
    <section className="facets" aria-label="Filter events">
      <noscript>
        <p className="muted">Filtering needs JavaScript; all {total} events are listed.</p>
      </noscript>
      <details className="facets-panel" ref={panel}>
        <summary>
          Filter <span className="muted">— {shown} of {total} events shown</span>
        </summary>
        <p role="status" className="visually-hidden">{shown} of {total} events shown</p>
        {ignored.length > 0 ? <p className="muted">Ignored, not on the timeline: {ignored.join(', ')}.</p> : null}
        {ready && shown === 0 ? <p className="no-match">No event matches all of these filters; untick one or clear them.</p> : null}
        {active ? (
          <p><button type="button" onClick={() => setSelection(empty())}>Clear filters</button></p>
        ) : null}
        {FACET_NAMES.map((name) => (
          <fieldset key={name} disabled={!ready}>
            <legend>{TITLES[name]}</legend>
            {facets[name].map((facet) => {
              const id = `facet-${name}-${facet.value}`;
              const count = counts ? (counts[`${name}:${facet.value}`] ?? 0) : facet.count;
              return (
                <label key={facet.value} htmlFor={id}>
                  <input id={id} type="checkbox" checked={selection[name].includes(facet.value)} onChange={() => toggle(name, facet.value)} />
                  {facet.label}
                  <span className="count">{count}</span>
                </label>
              );
            })}
          </fieldset>
        ))}
      </details>
    </section>
  );
}
