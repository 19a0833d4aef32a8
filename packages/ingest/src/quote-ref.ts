import { findOccurrences, resolveQuote, type QuoteRef } from '@kztj/core/authoring';

/**
 * The QuoteRef an author would write for exactly text[start, end): the plain words when they
 * occur once, otherwise the words plus which occurrence. Returns undefined when the words do not
 * sit on word boundaries, because the build would never resolve them to this span — so a draft
 * can only contain evidence that resolves to the span the extractor meant.
 */
export function quoteRefAt(text: string, start: number, end: number): QuoteRef | undefined {
  const quote = text.slice(start, end);
  if (quote.trim() !== quote || quote.length === 0) return undefined;
  const starts = findOccurrences(text, quote);
  const index = starts.indexOf(start);
  if (index === -1) return undefined;
  const ref: QuoteRef = starts.length === 1 ? quote : { quote, occurrence: index + 1 };
  // Belt and braces: resolve it exactly as the build will.
  const resolved = resolveQuote(text, 'check', ref);
  if (!resolved.ok || resolved.spans.length !== 1 || resolved.spans[0]?.start !== start) return undefined;
  return ref;
}

/** Where a span lies, for extractors and reports: offsets are UTF-16 code units, like the core's. */
export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

export function spanOf(text: string, start: number, end: number): TextSpan {
  return { start, end, text: text.slice(start, end) };
}

/** Trims whitespace and the punctuation NLP tokens carry ("Astana," "$1.4 billion.") off a span. */
export function trimSpan(text: string, start: number, end: number, trailing = /[\s,.;:!?)\]”"’']/u): TextSpan {
  let s = start;
  let e = end;
  while (s < e && /\s/u.test(text[s] ?? '')) s += 1;
  while (e > s && trailing.test(text[e - 1] ?? '')) e -= 1;
  return spanOf(text, s, e);
}
