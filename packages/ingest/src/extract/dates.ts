import * as chrono from 'chrono-node';
import { edtfBounds } from '@kztj/core/authoring';
import { spanOf, trimSpan, type TextSpan } from '../quote-ref.js';

/** The date an article is read against: relative expressions ("last year") count from it. */
export interface ArticleDate {
  /** YYYY-MM-DD, or YYYY when only the year is known. */
  edtf: string;
  /** True when the day is known; relative dates from a year-only article date are uncertain. */
  exact: boolean;
}

export interface DateFinding extends TextSpan {
  edtf: string;
  basis: 'stated' | 'inferred';
  reasoning?: string;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const day = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

// Years chrono does not read on its own: "2018 will be", "for 2023-2025".
const YEAR_RANGE = /(?<![\d$€£.,])\b((?:19|20)\d\d)\s?[-–—/]\s?((?:19|20)\d\d)\b(?![\d%])/gu;
const BARE_YEAR = /(?<![\d$€£.,])\b((?:19|20)\d\d)\b(?!\s?(?:%|percent|per cent|[.,]\d))/gu;
// Words chrono reads as dates that are usually not ("may" the verb, "second" the ordinal).
const NOT_DATES = /^(?:may|march|sun|second|now|a second|the day)$/iu;
const RELATIVE = /\b(?:ago|last|next|this|previous|coming|yesterday|today|tonight|tomorrow|earlier|later)\b/iu;

function referenceInstant(article: ArticleDate): Date {
  const [y = '2000', m = '07', d = '01'] = article.edtf.split('-');
  return new Date(Date.UTC(Number(y), Number(m) - 1, Number(d), 12));
}

interface Components {
  year?: number;
  month?: number;
  day?: number;
}

function known(component: chrono.ParsedComponents): Components & { yearKnown: boolean } {
  const get = (unit: 'year' | 'month' | 'day') => component.get(unit) ?? undefined;
  const c: Components & { yearKnown: boolean } = { yearKnown: component.isCertain('year') };
  if (component.isCertain('day') || component.isCertain('weekday')) {
    c.day = get('day') as number;
    c.month = get('month') as number;
  } else if (component.isCertain('month')) c.month = get('month') as number;
  c.year = get('year') as number;
  return c;
}

function edtfOf(c: Components): string {
  if (c.year === undefined) return '';
  if (c.month === undefined) return pad(c.year, 4);
  if (c.day === undefined) return `${pad(c.year, 4)}-${pad(c.month)}`;
  return `${pad(c.year, 4)}-${pad(c.month)}-${pad(c.day)}`;
}

function weekInterval(date: Date): string {
  const monday = new Date(date);
  monday.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7));
  const sunday = new Date(monday);
  sunday.setUTCDate(monday.getUTCDate() + 6);
  return `${day(monday)}/${day(sunday)}`;
}

/**
 * Every date expression in text[from, to), normalised to EDTF relative to the article date with
 * chrono-node: "March 15" → 2018-03-15 (year inferred from the article), "last year" → 2017,
 * "9 years ago" → 2009, "next week" → the week's interval, "October last year" → 2017-10,
 * "2023-2025" → 2023/2025. Values are checked with the same EDTF parser as the build.
 */
export function extractDates(text: string, from: number, to: number, article: ArticleDate): DateFinding[] {
  const body = text.slice(from, to);
  const instant = referenceInstant(article);
  const relativeNote = article.exact ? '' : ' (the article date is itself only known to the year)';
  const findings: DateFinding[] = [];
  const free = (start: number, end: number) => !findings.some((f) => f.start < end && start < f.end);

  for (const match of body.matchAll(YEAR_RANGE)) {
    const start = from + (match.index ?? 0);
    findings.push({ ...spanOf(text, start, start + match[0].length), edtf: `${match[1]}/${match[2]}`, basis: 'stated' });
  }

  const results = chrono.parse(body, { instant, timezone: 0 });
  results.forEach((result, i) => {
    const span = trimSpan(text, from + result.index, from + result.index + result.text.length, /[\s,.;:]/u);
    // "On March 15" → "March 15": the preposition is not part of the date.
    const lead = /^(?:on|in|at|since|by|from|during|until|till)\s+/iu.exec(span.text);
    const s = lead ? spanOf(text, span.start + lead[0].length, span.end) : span;
    if (NOT_DATES.test(s.text) || !free(s.start, s.end)) return;
    const start = known(result.start);
    if (start.year === undefined) return;
    const relative = RELATIVE.test(s.text) || result.tags().has('result/relativeDate');

    // "October last year", "November 13 last year": the month (and day) of that year.
    const next = results[i + 1];
    if (!relative && start.month !== undefined && !start.yearKnown && next) {
      const between = body.slice(result.index + result.text.length, next.index);
      if (/^\s*$/u.test(between) && /\b(?:last|next|this|previous)\s+year\b/iu.test(next.text)) {
        const year = next.start.get('year') ?? start.year;
        const combined = trimSpan(text, s.start, from + next.index + next.text.length, /[\s,.;:]/u);
        findings.push({
          ...combined,
          edtf: `${pad(year, 4)}-${pad(start.month)}${start.day === undefined ? '' : `-${pad(start.day)}`}${article.exact ? '' : '?'}`,
          basis: 'inferred',
          reasoning: `"${combined.text}" counted from the article date ${article.edtf}${relativeNote}.`,
        });
        return;
      }
    }
    if (next && findings.some((f) => f.start <= from + next.index && from + next.index < f.end)) return;

    let edtf: string;
    if (relative && /\bweeks?\b/iu.test(s.text)) edtf = weekInterval(result.start.date());
    else if (relative && /\byears?\b/iu.test(s.text)) edtf = pad(start.year, 4);
    else if (relative && /\bmonths?\b/iu.test(s.text)) edtf = `${pad(start.year, 4)}-${pad(result.start.get('month') ?? 1)}`;
    else edtf = edtfOf(start);
    if (result.end) {
      const end = known(result.end);
      end.year ??= start.year;
      edtf = `${edtf}/${edtfOf(end)}`;
    }
    let finding: DateFinding;
    if (relative || result.start.isCertain('weekday') && !result.start.isCertain('day')) {
      finding = { ...s, edtf: article.exact ? edtf : `${edtf}?`, basis: 'inferred', reasoning: `"${s.text}" counted from the article date ${article.edtf}${relativeNote}.` };
    } else if (!start.yearKnown) {
      finding = {
        ...s,
        edtf: article.exact ? edtf : `${edtf}?`,
        basis: 'inferred',
        reasoning: `"${s.text}" gives no year; the article's year (${article.edtf.slice(0, 4)}) is assumed${relativeNote}.`,
      };
    } else finding = { ...s, edtf, basis: 'stated' };
    try {
      edtfBounds(finding.edtf);
      findings.push(finding);
    } catch {
      // A value the EDTF parser rejects would fail the build; such a date is left to the reviewer.
    }
  });

  for (const match of body.matchAll(BARE_YEAR)) {
    const start = from + (match.index ?? 0);
    if (free(start, start + 4)) findings.push({ ...spanOf(text, start, start + 4), edtf: match[1] ?? '', basis: 'stated' });
  }
  return findings.sort((a, b) => a.start - b.start);
}
