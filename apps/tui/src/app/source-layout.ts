import { getSource, segments, type Segment, type Source } from '@kztj/core';
import type { Range } from './navigation.js';
import { lineOf, wrapText, type TextLine } from './wrap.js';

export interface SourceLayout {
  source: Source;
  lines: TextLine[];
  segments: Segment[];
  /** First line shown. */
  scroll: number;
  /** The largest first line that still fills the pane. */
  maxScroll: number;
  /** Text lines the pane shows. */
  height: number;
}

const cache = new Map<string, { lines: TextLine[]; segments: Segment[] }>();

/**
 * Wraps a source for a pane and picks the first line to show: the user's scroll position, or
 * the span the view was opened for, placed a third of the way down.
 */
export function layoutSource(id: string, width: number, height: number, focus: Range | undefined, scroll: number | undefined): SourceLayout | undefined {
  const source = getSource(id);
  if (!source) return undefined;
  const key = `${id}:${width}`;
  let wrapped = cache.get(key);
  if (!wrapped) {
    wrapped = { lines: wrapText(source.text, width), segments: segments(id) };
    cache.set(key, wrapped);
  }
  const maxScroll = Math.max(0, wrapped.lines.length - height);
  const anchored = focus ? lineOf(wrapped.lines, focus.start) - Math.floor(height / 3) : 0;
  const first = Math.max(0, Math.min(scroll ?? anchored, maxScroll));
  return { source, ...wrapped, scroll: first, maxScroll, height };
}
