import type { Span } from '../schema/evidence.js';

/** Characters of context kept on each side of a span, as TextQuoteSelector prefix/suffix. */
export const CONTEXT_LENGTH = 32;

export function makeSpan(text: string, source: string, start: number, end: number): Span {
  return {
    source,
    start,
    end,
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
    suffix: text.slice(end, end + CONTEXT_LENGTH),
  };
}
