import { COLLECTIONS, citingSpans, datesOf, segmentSentences } from '@kztj/core/authoring';
import type { Dataset } from '@kztj/core/schema';
import { spanOf, type TextSpan } from './quote-ref.js';
import { extractAmounts } from './extract/amounts.js';
import { extractDates, type ArticleDate } from './extract/dates.js';
import { nameRuns } from './extract/entities.js';

interface Range {
  start: number;
  end: number;
}

/**
 * What cites what, by kind. A name counts as cited when an entity mention, a role or an agreement
 * quotes it (that is how names are captured); a number when a figure or a date quotes it, or an
 * entity mention includes it (then it is part of a name: "the foreign ministries of the two
 * countries"); a date expression when a date (of any record) or a figure quotes it. Any record at all cites a sentence,
 * except entity mentions, as in the build's own sentence coverage.
 */
export interface Citations {
  names: Range[];
  numbers: Range[];
  dates: Range[];
  sentences: Range[];
  excusedTerms: Range[];
  excusedSentences: Range[];
}

export type TermKind = 'name' | 'number' | 'date';

export interface UncitedTerm extends TextSpan {
  kind: TermKind;
}

export interface CoverageReport {
  source: string;
  sentences: number;
  uncitedSentences: TextSpan[];
  uncitedTerms: UncitedTerm[];
}

const inside = (term: Range, spans: readonly Range[]) => spans.some((s) => s.start <= term.start && term.end <= s.end);
const overlaps = (term: Range, spans: readonly Range[]) => spans.some((s) => s.start < term.end && term.start < s.end);

/**
 * The coverage lint: every sentence with no record, and every number, date expression and
 * capitalised name (as the extractors find them) that no record cites and no `uncitedTerms` entry
 * excuses. Numbers inside a date expression count as the date ("2006" in "September 2, 2006").
 * An uncitedTerms entry excuses every term it overlaps.
 */
export function coverage(source: string, text: string, bodyStart: number, bodyEnd: number, articleDate: ArticleDate, citations: Citations): CoverageReport {
  const sentences = segmentSentences(text, bodyStart, bodyEnd).map((s) => spanOf(text, s.start, s.end));
  const uncitedSentences = sentences.filter((s) => !overlaps(s, citations.sentences) && !overlaps(s, citations.excusedSentences));

  const dates = extractDates(text, bodyStart, bodyEnd, articleDate);
  const numbers = extractAmounts(text, bodyStart, bodyEnd, sentences, dates);
  const names = nameRuns(text, bodyStart, bodyEnd);
  const terms: UncitedTerm[] = [];
  const check = (kind: TermKind, term: TextSpan, citing: readonly Range[], cited = inside) => {
    if (!cited(term, citing) && !overlaps(term, citations.excusedTerms)) terms.push({ kind, start: term.start, end: term.end, text: term.text });
  };
  // Where a date expression ends is a matter of taste ("today" or "today morning"), so a date
  // counts as cited when a date's evidence overlaps it; a number must lie wholly inside one.
  for (const date of dates) check('date', date, [...citations.dates, ...citations.numbers], overlaps);
  for (const number of numbers) check('number', number, [...citations.numbers, ...citations.dates]);
  for (const name of names) {
    // A name is cited when each of its words is: "Tajik President Emomali Rahmon" may be quoted
    // as a role ("Tajik President") and a mention ("Emomali Rahmon").
    const words = name.tokens.filter((t) => /^\p{Lu}/u.test(t.text)).map((t) => ({ start: t.start, end: Math.min(t.end, name.end) }));
    const cited = words.every((w) => inside(w, citations.names));
    if (!cited && !overlaps(name, citations.excusedTerms)) terms.push({ kind: 'name', start: name.start, end: name.end, text: name.text });
  }
  return { source, sentences: sentences.length, uncitedSentences, uncitedTerms: terms.sort((a, b) => a.start - b.start) };
}

/**
 * Citations of one source of a compiled dataset (compile with `includeDrafts` for a draft). Which
 * sentences are cited is the core's one coverage rule (`citingSpans`); the term kinds are this
 * lint's own finer reading of the same records.
 */
export function citationsFromDataset(dataset: Dataset, sourceId: string): Citations {
  const of = (spans: ReadonlyArray<{ source: string; start: number; end: number }> | undefined) => (spans ?? []).filter((s) => s.source === sourceId);
  const source = dataset.sources.find((s) => s.id === sourceId);
  const dateSpans = COLLECTIONS.flatMap((c) => dataset[c].flatMap((record) => datesOf(c, record).flatMap((d) => of(d.evidence))));
  return {
    names: [...dataset.entities.flatMap((e) => [...of(e.evidence), ...e.roles.flatMap((r) => of(r.evidence))]), ...dataset.agreements.flatMap((a) => of(a.evidence))],
    numbers: [...dataset.figures.flatMap((f) => of(f.evidence)), ...dateSpans, ...dataset.entities.flatMap((e) => of(e.evidence))],
    dates: [...dateSpans, ...dataset.figures.flatMap((f) => of(f.evidence))],
    sentences: COLLECTIONS.flatMap((c) => dataset[c].flatMap((record) => citingSpans(c, record, sourceId))),
    excusedTerms: source?.uncitedTerms ?? [],
    excusedSentences: source?.uncited ?? [],
  };
}

export function formatCoverage(report: CoverageReport): string {
  const lines = [`coverage of ${report.source}: ${report.sentences - report.uncitedSentences.length}/${report.sentences} sentences cited by a record`];
  for (const s of report.uncitedSentences) lines.push(`  sentence ${s.start}-${s.end} has no record: ${JSON.stringify(s.text.length > 90 ? `${s.text.slice(0, 89)}…` : s.text)}`);
  if (report.uncitedTerms.length === 0) lines.push('  every number, date expression and capitalised name is cited');
  for (const t of report.uncitedTerms) lines.push(`  uncited ${t.kind} ${JSON.stringify(t.text)} at ${t.start}-${t.end}`);
  return lines.join('\n');
}
