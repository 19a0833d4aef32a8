import type { QuoteRef } from '../authoring/authored.js';
import type { Span } from '../schema/evidence.js';
import { makeSpan } from './span.js';

const WORD_CHAR = /[\p{L}\p{N}]/u;

function isWordChar(char: string | undefined): boolean {
  return char !== undefined && WORD_CHAR.test(char);
}

/**
 * Start offsets of `quote` in `text` that sit on word boundaries: a quote that begins (ends) with a
 * letter or digit must not be preceded (followed) by one. This is what an author means by
 * "Kazakh" — never the first six letters of "Kazakhstan".
 */
export function findOccurrences(text: string, quote: string): number[] {
  if (quote.length === 0) return [];
  const starts: number[] = [];
  const checkStart = isWordChar(quote[0]);
  const checkEnd = isWordChar(quote[quote.length - 1]);
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
    if (checkStart && isWordChar(text[at - 1])) continue;
    if (checkEnd && isWordChar(text[at + quote.length])) continue;
    starts.push(at);
  }
  return starts;
}

export type QuoteResolution = { ok: true; spans: Span[] } | { ok: false; message: string };

function preview(quote: string): string {
  const flat = quote.replace(/\s+/g, ' ');
  return JSON.stringify(flat.length > 60 ? `${flat.slice(0, 57)}…` : flat);
}

/** Turns the words an author wrote into verified spans of the seed text, or says why it can't. */
export function resolveQuote(text: string, sourceId: string, ref: QuoteRef): QuoteResolution {
  const { quote, occurrence, within, all } = typeof ref === 'string' ? { quote: ref } : ref;
  const span = (start: number): Span => makeSpan(text, sourceId, start, start + quote.length);

  if (within !== undefined) {
    const windows = findOccurrences(text, within);
    if (windows.length !== 1) {
      return { ok: false, message: `"within" passage ${preview(within)} must occur exactly once in the source; found ${windows.length}` };
    }
    const windowStart = windows[0] ?? 0;
    const inside = findOccurrences(within, quote);
    if (inside.length !== 1) {
      return { ok: false, message: `quote ${preview(quote)} must occur exactly once inside its "within" passage; found ${inside.length}` };
    }
    return { ok: true, spans: [span(windowStart + (inside[0] ?? 0))] };
  }

  const starts = findOccurrences(text, quote);
  if (starts.length === 0) {
    const loose = text.indexOf(quote) !== -1;
    return {
      ok: false,
      message: loose
        ? `quote ${preview(quote)} occurs only inside longer words; quote whole words`
        : `quote ${preview(quote)} not found in the source text (check spaces, apostrophes ’ vs ', dashes)`,
    };
  }
  if (all) return { ok: true, spans: starts.map(span) };
  if (occurrence !== undefined) {
    const start = starts[occurrence - 1];
    if (start === undefined) {
      return { ok: false, message: `quote ${preview(quote)} has ${starts.length} occurrence(s); occurrence ${occurrence} does not exist` };
    }
    return { ok: true, spans: [span(start)] };
  }
  if (starts.length > 1) {
    return {
      ok: false,
      message: `quote ${preview(quote)} is ambiguous: it occurs ${starts.length} times (at ${starts.join(', ')}); say which with "occurrence" or "within"`,
    };
  }
  return { ok: true, spans: [span(starts[0] ?? 0)] };
}
