import type { DateValue } from './schema/date-value.js';
import type { Factuality } from './schema/factuality.js';
import type { Figure } from './schema/figure.js';
import type { Source, SourceCatalogue } from './schema/source.js';
import { records } from './records.js';

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** Intl formatters are costly to create (~4 ms each); made on first use, not at import. */
function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}
const DAY = lazy(() => new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }));
const MONTH = lazy(() => new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }));

const DAY_MONTH = lazy(() => new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', timeZone: 'UTC' }));

/** The extreme days compile-date uses as the bound of an open or unknown end. */
const UNBOUNDED_EARLIEST = '0000-01-01';
const UNBOUNDED_LATEST = '9999-12-31';

const nextDay = (iso: string) => new Date(utc(iso).getTime() + 86_400_000);

/** One end of an EDTF interval ("2023-05-04", "2023-05", "2018", qualifiers dropped) for people. */
function formatEnd(edtf: string): string {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(edtf.replace(/[?~%]/g, ''));
  if (!match) return edtf;
  const [, year, month, day] = match;
  if (day !== undefined) return DAY().format(utc(`${year}-${month}-${day}`));
  if (month !== undefined) return MONTH().format(utc(`${year}-${month}-01`));
  return year!;
}

/** "a day in 2018 before 15 March", "a day between 1 and 4 May 2023": one unknown day of a set. */
function formatOneOf(date: DateValue): string {
  const { earliest, latest } = date;
  if (earliest === UNBOUNDED_EARLIEST && latest === UNBOUNDED_LATEST) return 'an unknown day';
  if (earliest === UNBOUNDED_EARLIEST) return `a day on or before ${DAY().format(utc(latest))}`;
  if (latest === UNBOUNDED_LATEST) return `a day on or after ${DAY().format(utc(earliest))}`;
  const year = earliest.slice(0, 4);
  if (year === latest.slice(0, 4)) {
    if (earliest.endsWith('-01-01') && latest.endsWith('-12-31')) return `a day in ${year}`;
    if (earliest.endsWith('-01-01')) return `a day in ${year} before ${DAY_MONTH().format(nextDay(latest))}`;
    return `a day between ${DAY_MONTH().format(utc(earliest))} and ${DAY().format(utc(latest))}`;
  }
  return `a day between ${DAY().format(utc(earliest))} and ${DAY().format(utc(latest))}`;
}

/** A period with an open ("..") or unknown (empty) end: "from 4 May 2023 to an unknown date". */
function formatOpenInterval(date: DateValue): string {
  const [start = '', end = ''] = date.edtf.split('/');
  const from = date.earliest === UNBOUNDED_EARLIEST ? undefined : formatEnd(start);
  const to = date.latest === UNBOUNDED_LATEST ? undefined : formatEnd(end);
  if (from !== undefined) return end === '..' ? `from ${from} on` : `from ${from} to an unknown date`;
  if (to !== undefined) return start === '..' ? `until ${to}` : `from an unknown date to ${to}`;
  return 'an unknown period';
}

/**
 * The years a date spans, short enough to place a row in a list: "2018", "2023–25", "2017–2023"
 * across centuries' digits; "undated" without a date. An open or unknown end shows only the known year.
 */
export function formatYears(date: DateValue | undefined): string {
  if (!date) return 'undated';
  const known = [date.earliest, date.latest].filter((d) => d !== '0000-01-01' && d !== '9999-12-31').map((d) => d.slice(0, 4));
  const [from, to] = [known[0], known.at(-1)];
  if (from === undefined || to === undefined) return 'undated';
  if (from === to) return from;
  return from.slice(0, 2) === to.slice(0, 2) ? `${from}–${to.slice(2)}` : `${from}–${to}`;
}

/**
 * A date for an HTML `datetime` attribute, as precise as it is known and no more: the day; the
 * known end of a period with an open or unknown one; the year all days of a one-of-a-set share
 * (else its first day); otherwise the EDTF value without its uncertainty marks.
 */
export function machineDate(date: DateValue): string {
  if (date.precision === 'day') return date.earliest;
  const known = [date.earliest, date.latest].filter((d) => d !== '0000-01-01' && d !== '9999-12-31');
  if (known.length < 2) return known[0] ?? date.edtf;
  if (date.precision === 'one-of') return date.earliest.slice(0, 4) === date.latest.slice(0, 4) ? date.earliest.slice(0, 4) : date.earliest;
  return date.edtf.replace(/[?~]/g, '');
}

/**
 * A date for people: "15 March 2018", "March 2018", "2023–2025", "1 January – 14 March 2018" (a
 * period), "a day in 2018 before 15 March" (one unknown day of a set), "from an unknown date to
 * 4 May 2023" (an unknown end), with ", uncertain" and ", inferred" so the reader always sees how
 * the date is known.
 */
export function formatDate(date: DateValue): string {
  let text: string;
  if (date.precision === 'day') text = DAY().format(utc(date.earliest));
  else if (date.precision === 'month') text = MONTH().format(utc(date.earliest));
  else if (date.precision === 'year') text = date.earliest.slice(0, 4);
  else if (date.precision === 'one-of') text = formatOneOf(date);
  else if (date.earliest === UNBOUNDED_EARLIEST || date.latest === UNBOUNDED_LATEST) text = formatOpenInterval(date);
  else if (date.earliest.endsWith('-01-01') && date.latest.endsWith('-12-31')) {
    const [from, to] = [date.earliest.slice(0, 4), date.latest.slice(0, 4)];
    text = from === to ? from : `${from}–${to}`;
  } else {
    // ICU versions differ in the spaces around the range dash (thin or plain); fix one form.
    text = DAY().formatRange(utc(date.earliest), utc(date.latest)).replace(/\s*–\s*/, ' – ');
  }
  const notes = [date.uncertain ? 'uncertain' : undefined, date.basis === 'inferred' ? 'inferred' : undefined].filter(Boolean);
  return notes.length > 0 ? `${text}, ${notes.join(', ')}` : text;
}

const COMPACT = lazy(() => new Intl.NumberFormat('en-US', { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 2 }));
const PLAIN = lazy(() => new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }));
const ORDINAL = lazy(() => new Intl.PluralRules('en-US', { type: 'ordinal' }));
const ORDINAL_SUFFIX: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };

const symbols = new Map<string, string>();

function currencySymbol(code: string): string {
  const known = symbols.get(code);
  if (known !== undefined) return known;
  const parts = new Intl.NumberFormat('en-US', { style: 'currency', currency: code }).formatToParts(0);
  const symbol = parts.find((p) => p.type === 'currency')?.value ?? code;
  const prefix = symbol.length === 1 ? symbol : `${symbol} `;
  symbols.set(code, prefix);
  return prefix;
}

function formatNumber(value: number, unit: string): string {
  if (unit === 'percent') return `${PLAIN().format(value)}%`;
  if (unit === 'rank' || unit === 'ordinal') return `${value}${ORDINAL_SUFFIX[ORDINAL().select(value)] ?? 'th'}`;
  if (unit === 'count' || unit === 'years') return PLAIN().format(value);
  return `${currencySymbol(unit)}${Math.abs(value) >= 1e6 ? COMPACT().format(value) : PLAIN().format(value)}`;
}

/** A figure's value for people: "$1.4 billion", "18.5%", "2–3", "about 10 years", "2nd". */
export function formatAmount(figure: Pick<Figure, 'amount' | 'amountMax' | 'unit' | 'approximate'>): string {
  const { amount, amountMax, unit, approximate } = figure;
  let text = formatNumber(amount, unit);
  if (amountMax !== undefined && amountMax !== amount) text = `${text}–${formatNumber(amountMax, unit)}`;
  if (unit === 'years') text = `${text} year${amount === 1 && amountMax === undefined ? '' : 's'}`;
  return approximate ? `about ${text}` : text;
}

export const FACTUALITY_LABELS: Readonly<Record<Factuality, string>> = {
  happened: 'happened',
  planned: 'planned',
  expected: 'expected',
  negated: 'will not happen',
  reported: 'reportedly',
};

/** How the article presents an event: "happened", "planned", "will not happen"… */
export function formatFactuality(factuality: Factuality): string {
  return FACTUALITY_LABELS[factuality];
}

/** "123-145": the fragment that names a span of a source in links and on the command line. */
export function formatSpanAnchor(span: { start: number; end: number }): string {
  return `${span.start}-${span.end}`;
}

/** Parses "123-145" (as made by formatSpanAnchor); undefined for anything else. */
export function parseSpanAnchor(anchor: string): { start: number; end: number } | undefined {
  const match = /^(\d{1,9})-(\d{1,9})$/.exec(anchor.trim().replace(/^#/, ''));
  if (!match) return undefined;
  const start = Number(match[1]);
  const end = Number(match[2]);
  return end > start ? { start, end } : undefined;
}

/**
 * Short names for articles in tables, chart labels and lists: the publisher and its date
 * ("The Astana Times, 4 May 2023"), or the text's own date where no catalogue entry exists. They
 * stay unique however many articles share a publisher, a day or a year: clashing labels gain the id.
 */
export function labelSources(sources: readonly Pick<Source, 'id' | 'date' | 'catalogue'>[]): Map<string, string> {
  const base = new Map<string, string>();
  for (const { id, date, catalogue } of sources) {
    if (!catalogue) {
      base.set(id, `article of ${formatDate(date)}`);
      continue;
    }
    const { earliest, latest, edtf } = catalogue.date;
    base.set(id, `${catalogue.publisher}, ${earliest === latest ? DAY().format(utc(earliest)) : edtf}`);
  }
  const counts = new Map<string, number>();
  for (const label of base.values()) counts.set(label, (counts.get(label) ?? 0) + 1);
  return new Map([...base].map(([id, label]) => [id, (counts.get(label) ?? 0) > 1 ? `${label} (${id})` : label]));
}

let sourceLabels: Map<string, string> | undefined;

/** The label of one published article (see labelSources); an unknown id is returned as it is. */
export function sourceLabel(id: string): string {
  sourceLabels ??= labelSources(records('sources'));
  return sourceLabels.get(id) ?? id;
}

/**
 * The publisher's date of an article for people ("14 March 2018", "May 2023"). The catalogue
 * gives EDTF and bounds but no DateValue: its precision is the EDTF's, and it is stated by the
 * publisher, so no "inferred" note.
 */
export function formatCatalogueDate(date: SourceCatalogue['date']): string {
  const plain = date.edtf.replace(/[?~%]/g, '');
  const precision = /^\d{4}-\d{2}-\d{2}$/.test(plain) ? 'day' : /^\d{4}-\d{2}$/.test(plain) ? 'month' : /^\d{4}$/.test(plain) ? 'year' : 'interval';
  return formatDate({ ...date, precision, uncertain: plain !== date.edtf, basis: 'stated', evidence: [] });
}
