/**
 * THE derivation rule (DESIGN-KB2.md, documented in the README): a record's top-level fields
 * are derived from its reports, ordered oldest article first.
 * - Single-valued fields: the value of the LATEST report that gives one (a later article knows
 *   what an earlier one planned). Different values become a Disagreement listing every report
 *   that gives one; each report keeps its own value.
 * - Multi-valued links: the union, first occurrence wins (its basis), later reports' evidence for
 *   the same link is appended.
 */
import type { DateValue } from '../schema/date-value.js';
import type { Span } from '../schema/evidence.js';
import type { Disagreement } from '../schema/report.js';
import type { Link } from '../schema/basis.js';
import type { Event, EventReport, Participant } from '../schema/event.js';
import type { Agreement, AgreementReport } from '../schema/agreement.js';
import type { Figure, FigureReport } from '../schema/figure.js';
import type { Claim, ClaimReport } from '../schema/claim.js';

interface Report {
  source: string;
  evidence: Span[];
}

/** Oldest article first: by the article's earliest day, then latest day, then source id. */
export function orderReports<R extends Report>(reports: readonly R[], dateOf: (source: string) => DateValue): R[] {
  const key = (r: R) => {
    const d = dateOf(r.source);
    return [d.earliest, d.latest, r.source] as const;
  };
  return [...reports].sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
    return 0;
  });
}

/** The latest report's value of one field; a Disagreement when reports differ. */
export function latest<R extends Report, V>(
  reports: readonly R[],
  field: string,
  pick: (report: R) => V | undefined,
  display: (value: V) => string,
  disagreements: Disagreement[],
): { value: V; report: R } | undefined {
  const given = reports.flatMap((report) => {
    const value = pick(report);
    return value === undefined ? [] : [{ report, value }];
  });
  const values = given.map(({ report, value }) => ({ source: report.source, value: display(value) }));
  if (new Set(values.map((v) => v.value)).size > 1) disagreements.push({ field, values });
  return given.at(-1);
}

const spanKey = (s: Span) => `${s.source}#${s.start}-${s.end}`;

/** Union of the reports' lists, first occurrence wins; later evidence for the same item is appended. */
export function union<T extends { evidence: Span[] }>(lists: ReadonlyArray<readonly T[]>, key: (item: T) => string): T[] {
  const out = new Map<string, T>();
  for (const list of lists) {
    for (const item of list) {
      const prior = out.get(key(item));
      if (!prior) {
        out.set(key(item), { ...item, evidence: [...item.evidence] });
        continue;
      }
      const seen = new Set(prior.evidence.map(spanKey));
      prior.evidence.push(...item.evidence.filter((s) => !seen.has(spanKey(s))));
    }
  }
  return [...out.values()];
}

const byId = (link: Link) => link.id;
const edtf = (date: DateValue) => date.edtf;
const common = <R extends Report>(reports: R[]) => ({
  sources: [...new Set(reports.map((r) => r.source))],
  evidence: reports.flatMap((r) => r.evidence),
});
/** Adds an optional field only when it has a value (the schemas are exactOptional-free, but the JSON stays clean). */
const opt = <K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> => (value === undefined ? {} : ({ [key]: value } as Record<K, V>));

export type EventIdentity = Pick<Event, 'id' | 'type' | 'title' | 'summary' | 'cameo' | 'topics'>;
export function deriveEvent(identity: EventIdentity, ordered: EventReport[]): Event {
  const disagreements: Disagreement[] = [];
  const factuality = latest(ordered, 'factuality', (r) => r.factuality, String, disagreements)!;
  const date = latest(ordered, 'date', (r) => r.date, edtf, disagreements);
  const place = latest(ordered, 'place', (r) => r.place, byId, disagreements);
  const partOf = latest(ordered, 'partOf', (r) => r.partOf, byId, disagreements);
  return {
    ...identity,
    factuality: factuality.value,
    ...opt('cue', factuality.report.cue),
    ...opt('date', date?.value),
    ...opt('place', place?.value),
    participants: union<Participant>(ordered.map((r) => r.participants), (p) => `${p.entity}\u0000${p.role}`),
    ...opt('partOf', partOf?.value),
    reportedBy: union(ordered.map((r) => r.reportedBy), byId),
    reports: ordered,
    ...common(ordered),
    disagreements,
  };
}

export type AgreementIdentity = Pick<Agreement, 'id' | 'type' | 'title' | 'subject' | 'related'>;
export function deriveAgreement(identity: AgreementIdentity, ordered: AgreementReport[]): Agreement {
  const disagreements: Disagreement[] = [];
  const status = latest(ordered, 'status', (r) => r.status, String, disagreements)!;
  const statusDate = latest(ordered, 'statusDate', (r) => r.statusDate, edtf, disagreements);
  const validity = latest(ordered, 'validity', (r) => r.validity, edtf, disagreements);
  const signedAt = latest(ordered, 'signedAt', (r) => r.signedAt, byId, disagreements);
  const partOf = latest(ordered, 'partOf', (r) => r.partOf, byId, disagreements);
  return {
    ...identity,
    status: status.value,
    ...opt('cue', status.report.cue),
    ...opt('statusDate', statusDate?.value),
    ...opt('validity', validity?.value),
    parties: union(ordered.map((r) => r.parties), byId),
    ...opt('signedAt', signedAt?.value),
    ...opt('partOf', partOf?.value),
    reports: ordered,
    ...common(ordered),
    disagreements,
  };
}

/** The amount group compares as one value: "amount..amountMax unit". */
export const amountDisplay = (r: Pick<FigureReport, 'amount' | 'amountMax' | 'unit'>) => `${r.amount}${r.amountMax === undefined ? '' : `..${r.amountMax}`} ${r.unit}`;

export type FigureIdentity = Pick<Figure, 'id' | 'measure' | 'kind'>;
export function deriveFigure(identity: FigureIdentity, ordered: FigureReport[]): Figure {
  const disagreements: Disagreement[] = [];
  const amount = latest(ordered, 'amount', (r) => r, amountDisplay, disagreements)!.value;
  const period = latest(ordered, 'period', (r) => r.period, edtf, disagreements);
  const statedBy = latest(ordered, 'statedBy', (r) => r.statedBy, byId, disagreements);
  return {
    ...identity,
    amount: amount.amount,
    ...opt('amountMax', amount.amountMax),
    approximate: amount.approximate,
    unit: amount.unit,
    ...opt('period', period?.value),
    subjects: union(ordered.map((r) => r.subjects), byId),
    ...opt('statedBy', statedBy?.value),
    reports: ordered,
    ...common(ordered),
    disagreements,
  };
}

export type ClaimIdentity = Pick<Claim, 'id' | 'kind' | 'statement'>;
export function deriveClaim(identity: ClaimIdentity, ordered: ClaimReport[]): Claim {
  const disagreements: Disagreement[] = [];
  const date = latest(ordered, 'date', (r) => r.date, edtf, disagreements);
  const factuality = latest(ordered, 'factuality', (r) => r.factuality, String, disagreements);
  return {
    ...identity,
    holders: union(ordered.map((r) => r.holders), byId),
    about: union(ordered.map((r) => r.about), byId),
    ...opt('date', date?.value),
    ...opt('factuality', factuality?.value),
    ...opt('cue', factuality?.report.cue),
    reports: ordered,
    ...common(ordered),
    disagreements,
  };
}
