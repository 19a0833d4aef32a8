import type { SnippetPart } from './search.js';

/**
 * How the search engine matches a query term against a word: a word equal to the term, a word
 * the term begins (`tajik` → Tajikistan), or a word within an edit distance of the term that
 * grows with its length (`wate` → water, date). search() and the marking below both read these,
 * so what is marked is what was counted as a match.
 */
export const SEARCH_MATCHING = { prefix: true, fuzzy: 0.2, maxFuzzy: 6 } as const;

/** MiniSearch's default tokenizer: words are what lies between spaces and punctuation. */
const SEPARATOR = /[\n\r\p{Z}\p{P}]+/gu;

/** A stretch of text that matches a term of the query, and why. */
export interface MatchRange {
  /** UTF-16 offsets in the text, end exclusive: the whole word that matched. */
  start: number;
  end: number;
  /** The query term (lower-cased) the word matched. */
  term: string;
  /** equal to the term, begun by it, or within the fuzzy edit distance of it. */
  how: 'exact' | 'prefix' | 'fuzzy';
}

/** The query's terms as the engine searches them: lower-cased words, each once. */
export function queryTerms(query: string): string[] {
  return [...new Set(String(query).split(SEPARATOR).map((t) => t.toLowerCase()).filter((t) => t.length > 0))];
}

/** Edits allowed for a term: MiniSearch's rule for a fractional `fuzzy`. */
export function maxEdits(term: string): number {
  return Math.min(SEARCH_MATCHING.maxFuzzy, Math.round(term.length * SEARCH_MATCHING.fuzzy));
}

/** Whether the Levenshtein distance (the engine's: no transpositions) is at most `max`; stops early once it cannot be. */
function withinEdits(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, row[j]!);
    }
    if (best > max) return false;
    previous = row;
  }
  return previous[b.length]! <= max;
}

/** How `word` (lower-cased) matches `term`, if it does. */
function matchOf(word: string, term: string): MatchRange['how'] | undefined {
  if (word === term) return 'exact';
  // Only the word may extend the term: "foreign" does not make "for" a match.
  if (SEARCH_MATCHING.prefix && word.startsWith(term)) return 'prefix';
  const edits = maxEdits(term);
  return edits > 0 && withinEdits(word, term, edits) ? 'fuzzy' : undefined;
}

/**
 * The words of `text` that match a term of `query` the way search() matches them, in text order;
 * a word matching several terms is reported once, for its closest match (exact, prefix, fuzzy).
 */
export function matchRanges(query: string, text: string): MatchRange[] {
  const terms = queryTerms(query);
  if (terms.length === 0) return [];
  const ranges: MatchRange[] = [];
  let start = 0;
  const rank = { exact: 0, prefix: 1, fuzzy: 2 } as const;
  for (const separator of [...text.matchAll(SEPARATOR), { index: text.length, 0: '' }]) {
    const end = separator.index ?? text.length;
    if (end > start) {
      const word = text.slice(start, end).toLowerCase();
      let best: MatchRange | undefined;
      for (const term of terms) {
        const how = matchOf(word, term);
        if (how && (!best || rank[how] < rank[best.how])) best = { start, end, term, how };
      }
      if (best) ranges.push(best);
    }
    start = end + separator[0].length;
  }
  return ranges;
}

/** `text` cut into parts, the matching words (see matchRanges) marked; the parts join to `text`. */
export function markMatches(query: string, text: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let last = 0;
  for (const { start, end } of matchRanges(query, text)) {
    if (start > last) parts.push({ text: text.slice(last, start), match: false });
    parts.push({ text: text.slice(start, end), match: true });
    last = end;
  }
  if (last < text.length) parts.push({ text: text.slice(last), match: false });
  return parts;
}
