'use client';
// Instant search with the core's search(). The data and the search index are loaded on first use
// (a dynamic import), so the page itself ships only this small leaf. The query lives in ?q= so
// results can be linked to, and the header's plain GET form lands here with it.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { CollectionName, SearchHit } from '@kztj/core';
import { COLLECTION_LABELS, recordPath } from '../../../lib/paths';

type Core = typeof import('@kztj/core');
let corePromise: Promise<Core> | undefined;
const loadCore = () => (corePromise ??= import('@kztj/core'));

/** Results listed at once; the status says when there are more. */
const SHOWN = 30;

interface State {
  query: string;
  hits: SearchHit[];
  total: number;
  suggestions: Array<{ id: string; collection: CollectionName; title: string }>;
}

export function SearchBox() {
  const [query, setQuery] = useState('');
  const [state, setState] = useState<State>({ query: '', hits: [], total: 0, suggestions: [] });
  const [ready, setReady] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const results = useRef<HTMLOListElement>(null);

  useEffect(() => {
    const q = new URLSearchParams(window.location.search).get('q') ?? '';
    setQuery(q);
    setReady(true);
    if (q) input.current?.focus();
  }, []);

  useEffect(() => {
    if (!ready) return;
    let cancelled = false;
    const url = query ? `${window.location.pathname}?q=${encodeURIComponent(query)}` : window.location.pathname;
    window.history.replaceState(null, '', url);
    // No query, no data: the core (dataset and index) loads on the first query, not at page open.
    if (!query.trim()) {
      setState({ query, hits: [], total: 0, suggestions: [] });
      return;
    }
    void loadCore().then((core) => {
      if (cancelled) return;
      const all = core.search(query, { limit: Number.MAX_SAFE_INTEGER });
      const hits = all.slice(0, SHOWN);
      const suggestions = hits.length === 0 && query.trim()
        ? core.suggest(query).flatMap((id) => {
            const ref = core.getRecord(id);
            return ref ? [{ id, collection: ref.collection, title: core.titleOf(ref) }] : [];
          })
        : [];
      setState({ query, hits, total: all.length, suggestions });
    });
    return () => {
      cancelled = true;
    };
  }, [query, ready]);

  // Arrow keys move between the field and the results; Escape clears.
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const links = [...(results.current?.querySelectorAll<HTMLAnchorElement>('a') ?? [])];
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'ArrowDown' && links.length > 0) {
      event.preventDefault();
      links[Math.min(at + 1, links.length - 1)]?.focus();
    } else if (event.key === 'ArrowUp' && at >= 0) {
      event.preventDefault();
      if (at === 0) input.current?.focus();
      else links[at - 1]?.focus();
    } else if (event.key === 'Escape') {
      setQuery('');
      input.current?.focus();
    }
  };

  const trimmed = state.query.trim();
  return (
    <div onKeyDown={onKeyDown}>
      <form role="search" action="/search" method="get" onSubmit={(e) => e.preventDefault()} className="index-controls">
        <label htmlFor="search-q">
          Search every record
          <input
            id="search-q"
            ref={input}
            type="search"
            name="q"
            value={query}
            maxLength={500}
            autoComplete="off"
            spellCheck={false}
            aria-describedby="search-help"
            aria-controls="search-results"
            onChange={(e) => setQuery(e.target.value)}
            style={{ width: 'min(32rem, 80vw)' }}
          />
        </label>
        <button type="submit">Search</button>
      </form>
      <p id="search-help" className="muted">Type to search; typos are forgiven. ↓ and ↑ move through the results, Esc clears.</p>
      <p role="status" aria-live="polite">
        {!ready || !trimmed ? '' : state.hits.length === 0 ? `No records match “${trimmed.slice(0, 80)}”.` : state.total > state.hits.length ? `The first ${state.hits.length} of ${state.total} results for “${trimmed.slice(0, 80)}”; add a word to narrow them.` : `${state.hits.length} result${state.hits.length === 1 ? '' : 's'} for “${trimmed.slice(0, 80)}”.`}
      </p>
      {state.suggestions.length > 0 ? (
        <p>
          Did you mean{' '}
          {state.suggestions.map((s, i) => (
            <span key={s.id}>{i > 0 ? ', ' : ''}<a href={recordPath(s.collection, s.id)}>{s.title}</a></span>
          ))}
          ?
        </p>
      ) : null}
      <ol id="search-results" ref={results} className="plain-list">
        {state.hits.map((hit) => (
          <li key={hit.id}>
            <span className="tag">{COLLECTION_LABELS[hit.collection].singular}</span>{' '}
            <a href={recordPath(hit.collection, hit.id)}>{hit.title}</a>
            <p style={{ margin: '0.2rem 0 0' }} className="muted">
              {hit.snippet.map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
            </p>
          </li>
        ))}
      </ol>
    </div>
  );
}
