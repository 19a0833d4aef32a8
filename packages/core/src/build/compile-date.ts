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

/**
 * Bounds for an end the value leaves open (`2018/..`) or unknown (`/2023-05-04`): no calendar day
 * bounds it, so the bound is the extreme day an ISO day can hold. Consumers sort and filter on the
 * bounds unchanged (an open end overlaps every later or earlier range); formatDate() reads the EDTF.
 */
export const UNBOUNDED_EARLIEST = '0000-01-01';
export const UNBOUNDED_LATEST = '9999-12-31';

type Member = { min: number; max: number };

function parseBounds(value: string): EdtfBounds {
  // The edtf parser accepts some strings with surrounding space; EDTF itself does not.
  if (value.trim() !== value) throw new Error('EDTF values have no surrounding whitespace');
  const parsed = edtf(value);
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  const uncertain = /[?~%]/.test(value);
  if (parsed.type === 'Set' || parsed.type === 'List') {
    // The library's own max for a set ending in a range ("[a..b]") is a's max, not b's: compute
    // the bounds from the members. An open set ("[..b]", "[a..]") is unbounded on that side.
    const members = (parsed.values ?? []) as Array<Member | [Member, Member]>;
    if (members.length === 0) throw new Error('an EDTF set or list needs at least one member');
    const mins = members.map((m) => (Array.isArray(m) ? m[0].min : m.min));
    const maxes = members.map((m) => (Array.isArray(m) ? m[1].max : m.max));
    return {
      earliest: parsed.earlier ? UNBOUNDED_EARLIEST : day(Math.min(...mins)),
      latest: parsed.later ? UNBOUNDED_LATEST : day(Math.max(...maxes)),
      // A set ([…]) is one of its members; a list ({…}) is all of them, a span like an interval.
      precision: parsed.type === 'Set' ? 'one-of' : 'interval',
      uncertain,
    };
  }
  if (parsed.type === 'Interval') {
    const bound = (ms: number | null, fallback: string) => (ms === null || !Number.isFinite(ms) ? fallback : day(ms));
    const [lower, upper] = (parsed.values ?? []) as Array<Member | null>;
    return {
      earliest: lower ? bound(parsed.min, UNBOUNDED_EARLIEST) : UNBOUNDED_EARLIEST,
      latest: upper ? bound(parsed.max, UNBOUNDED_LATEST) : UNBOUNDED_LATEST,
      precision: 'interval',
      uncertain,
    };
  }
  if (parsed.type !== 'Date') throw new Error(`EDTF ${parsed.type} values are not supported; use a date, an interval or a set`);
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
