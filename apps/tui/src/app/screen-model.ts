import { getRecord, related, search, type RecordRef, type Relation, type SearchHit } from '@kztj/core';
import { describeRecord } from '../describe-record.js';
import { detailLines, type DetailLine } from './detail-lines.js';
import { helpLines } from './help-overlay.js';
import type { KeyContext } from './keymap.js';
import { cursorOf, type NavState, type Range } from './navigation.js';
import { annotatedSpans, neighbourSpan, annotatedSpanAt, type AnnotatedSpan } from './source-spans.js';
import { shownRecords } from './sections.js';
import { layoutSource, type SourceLayout } from './source-layout.js';
import type { TerminalSize } from './use-terminal-size.js';

const SEARCH_LIMIT = 50;

/** Columns left of the article text in the source view: `› ` on the highlighted span's lines. */
export const SOURCE_GUTTER = 2;

/** Pane sizes for a terminal: header, title and key hints take three rows, and one row stays free. */
export function paneSizes({ columns, rows }: TerminalSize) {
  const bodyHeight = rows - 4;
  // Two fifths for the list at any width: a wide terminal shows whole titles, not a 56-column strip.
  const listWidth = Math.max(24, Math.floor(columns * 0.4));
  return { bodyHeight, listWidth, detailWidth: columns - listWidth - 3 };
}

/** Related-list height in the record view: up to 40% of the body. */
export function relatedHeight(count: number, bodyHeight: number): number {
  return Math.min(count + 1, Math.max(3, Math.floor(bodyHeight * 0.4)));
}

let lastSearch: { query: string; hits: SearchHit[] } | undefined;
let lastRelated: { id: string; links: Relation[] } | undefined;

/** The core's search, remembered for the current query: keys and drawing ask for it repeatedly. */
export function searchHits(query: string): SearchHit[] {
  if (lastSearch?.query !== query) lastSearch = { query, hits: search(query, { limit: SEARCH_LIMIT }) };
  return lastSearch.hits;
}

export function relatedOf(id: string): Relation[] {
  if (lastRelated?.id !== id) lastRelated = { id, links: related(id) };
  return lastRelated.links;
}

const detailCache = new Map<string, DetailLine[]>();

/** A record's detail lines for a pane width; built once per record and width. */
export function detailLinesOf(ref: RecordRef, width: number): DetailLine[] {
  const key = `${ref.record.id}:${width}`;
  let lines = detailCache.get(key);
  if (!lines) {
    lines = detailLines(describeRecord(ref), width);
    detailCache.set(key, lines);
  }
  return lines;
}

/** Where `s` goes: the article at the record's first evidence span (a source opens at the top). */
export function sourceTargetOf(ref: RecordRef | undefined): KeyContext['sourceTarget'] {
  if (!ref) return undefined;
  if (ref.collection === 'sources') return { id: ref.record.id, focus: undefined };
  const span = ref.record.evidence[0];
  return span ? { id: span.source, focus: { start: span.start, end: span.end } } : undefined;
}

export function sourceLayoutFor(state: NavState, size: TerminalSize): SourceLayout | undefined {
  const { screen } = state;
  if (screen.kind !== 'source') return undefined;
  // The pane keeps two rows for the focused-span line and the colour legend, and two columns
  // for the gutter that marks the highlighted span's lines.
  return layoutSource(screen.id, size.columns - 1 - SOURCE_GUTTER, paneSizes(size).bodyHeight - 2, screen.focus, screen.scroll);
}

/**
 * What the current screen holds, as far as keys need to know. Rendering and key handling both
 * derive it from the same state, so a key always acts on what is drawn.
 */
export function keyContext(state: NavState, size: TerminalSize): KeyContext {
  const { bodyHeight } = paneSizes(size);
  if (state.help) {
    return { count: 0, page: bodyHeight - 1, selectedId: undefined, sourceTarget: undefined, scroll: undefined, helpMax: Math.max(0, helpLines(size.columns).length - bodyHeight) };
  }
  const { screen } = state;
  const cursor = cursorOf(state);
  switch (screen.kind) {
    case 'browse': {
      const items = shownRecords(state);
      const selected = items[cursor];
      return { count: items.length, page: bodyHeight, selectedId: selected?.record.id, sourceTarget: sourceTargetOf(selected), scroll: undefined };
    }
    case 'search': {
      const hits = searchHits(screen.query);
      return { count: hits.length, page: bodyHeight - 1, selectedId: hits[cursor]?.id, sourceTarget: undefined, scroll: undefined };
    }
    case 'record': {
      const links = relatedOf(screen.id);
      const ref = getRecord(screen.id);
      const rows = relatedHeight(links.length, bodyHeight);
      return {
        count: links.length,
        page: rows - 1,
        detailMax: ref ? Math.max(0, detailLinesOf(ref, size.columns).length - (bodyHeight - rows)) : 0,
        selectedId: links[cursor]?.target.record.id,
        sourceTarget: sourceTargetOf(ref),
        scroll: undefined,
      };
    }
    case 'source': {
      const layout = sourceLayoutFor(state, size);
      const spans = annotatedSpans(screen.id);
      const shown = layout ? layout.lines.slice(layout.scroll, layout.scroll + layout.height) : [];
      const screenRange = shown.length > 0 ? { start: shown[0]!.start, end: shown.at(-1)!.end } : undefined;
      const onScreen = (range: Range | undefined) => range !== undefined && screenRange !== undefined && range.start >= screenRange.start && range.end <= screenRange.end;
      const visible = (range: Range | undefined) => (range ? { range, visible: onScreen(range) } : undefined);
      const rangeOf = (span: AnnotatedSpan | undefined) => (span ? { start: span.start, end: span.end } : undefined);
      // n and p step from what is on screen: from the highlight when it is shown, else from the
      // top (n) or the bottom (p) of the text the user scrolled to.
      const step = (direction: 1 | -1) => {
        if (screen.focus === undefined || onScreen(screen.focus) || !screenRange) return neighbourSpan(spans, screen.focus, direction);
        return direction === 1 ? spans.find((s) => s.start >= screenRange.start) : spans.findLast((s) => s.end <= screenRange.end);
      };
      return {
        count: 0,
        page: layout ? Math.max(1, layout.height - 1) : 1,
        // Enter opens the record the highlighted span is evidence for.
        selectedId: annotatedSpanAt(spans, screen.focus)?.annotations[0]?.recordId,
        sourceTarget: undefined,
        scroll: layout ? { current: layout.scroll, max: layout.maxScroll } : undefined,
        spans: { next: visible(rangeOf(step(1))), previous: visible(rangeOf(step(-1))) },
      };
    }
  }
}
