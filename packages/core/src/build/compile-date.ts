import edtf from 'edtf';
import type { AuthoredDate } from '../authoring/authored.js';
import type { DatePrecision, DateValue } from '../schema/date-value.js';
import type { Span } from '../schema/evidence.js';

const PRECISION: Record<number, DatePrecision> = { 1: 'year', 2: 'month', 3: 'day' };

export interface EdtfBounds {
  earliest: string;
  latest: string;
  precision: DatePrecision;
  uncertain: boolean;
}

function isMarked(mask: unknown): boolean {
  return typeof mask === 'object' && mask !== null && 'value' in mask && Number((mask as { value: unknown }).value) !== 0;
}

const boundsCache = new Map<string, EdtfBounds>();

/** Parses an EDTF string with the edtf library; throws the library's message on invalid input. */
export function edtfBounds(value: string): EdtfBounds {
  // The parser is slow (it rebuilds its grammar per call) and data repeats dates a lot.
  const cached = boundsCache.get(value);
  if (cached) return { ...cached };
  const bounds = parseBounds(value);
  boundsCache.set(value, bounds);
  return { ...bounds };
}

function parseBounds(value: string): EdtfBounds {
  // The edtf parser accepts some strings with surrounding space; EDTF itself does not.
  if (value.trim() !== value) throw new Error('EDTF values have no surrounding whitespace');
  const parsed = edtf(value);
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  if (parsed.type === 'Interval' || parsed.type === 'Set' || parsed.type === 'List') {
    return { earliest: day(parsed.min), latest: day(parsed.max), precision: 'interval', uncertain: /[?~%]/.test(value) };
  }
  if (parsed.type !== 'Date') throw new Error(`EDTF ${parsed.type} values are not supported; use a date or an interval`);
  const precision = PRECISION[parsed.precision as number];
  if (precision === undefined) throw new Error('EDTF value must have year, month or day precision');
  return {
    earliest: day(parsed.min),
    latest: day(parsed.max),
    precision,
    uncertain: isMarked(parsed.uncertain) || isMarked(parsed.approximate),
  };
}

/** Compiles an authored date; evidence spans are resolved by the caller. */
export function compileDate(authored: AuthoredDate, evidence: Span[]): DateValue {
  const bounds = edtfBounds(authored.edtf);
  const date: DateValue = { edtf: authored.edtf, ...bounds, basis: authored.basis, evidence };
  if (authored.reasoning !== undefined) date.reasoning = authored.reasoning;
  return date;
}
