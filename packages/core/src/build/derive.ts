/**
 * THE derivation rule (documented in the README; which fields follow which part of it is in the
 * model, COLLECTION_MODEL[c].reported.derive): a record's top-level fields are derived from its
 * reports, ordered oldest article first.
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
import type { z } from 'zod';
import type { COLLECTION_SCHEMAS } from '../schema/dataset.js';
import type { Participant } from '../schema/event.js';
import type { FigureReport } from '../schema/figure.js';
import { COLLECTION_MODEL, type Compare, type DeriveModel, type ReportedCollection } from '../model.js';

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

/** The amount group compares as one value: "amount..amountMax unit". */
export const amountDisplay = (r: Pick<FigureReport, 'amount' | 'amountMax' | 'unit'>) => `${r.amount}${r.amountMax === undefined ? '' : `..${r.amountMax}`} ${r.unit}`;

/** How each kind of value is compared across reports and shown in a disagreement. */
const DISPLAY: Record<Compare, (value: never) => string> = {
  value: String,
  edtf: edtf as (value: never) => string,
  id: byId as (value: never) => string,
  amount: amountDisplay as (value: never) => string,
};
const UNION_KEY: Record<DeriveModel['union'][number]['key'], (item: never) => string> = {
  id: byId as (item: never) => string,
  'entity-role': ((p: Participant) => `${p.entity}\u0000${p.role}`) as (item: never) => string,
};

type RecordOf<C extends ReportedCollection> = z.infer<(typeof COLLECTION_SCHEMAS)[C]>;
type ReportOf<C extends ReportedCollection> = RecordOf<C>['reports'][number];
/** What a record holds that no report gives: the fields the model lists as its identity. */
export type IdentityOf<C extends ReportedCollection> = Pick<RecordOf<C>, (typeof COLLECTION_MODEL)[C]['reported']['identity'][number] & keyof RecordOf<C>>;

/**
 * A record from its identity and its reports (oldest article first), by the collection's
 * derivation rule in the model. The result is checked against the schema by the build's last
 * step (checkCompiled), which is what keeps this generic code honest.
 */
export function deriveRecord<C extends ReportedCollection>(collection: C, identity: IdentityOf<C>, ordered: ReportOf<C>[]): RecordOf<C> {
  const { derive } = COLLECTION_MODEL[collection].reported as { derive: DeriveModel };
  const disagreements: Disagreement[] = [];
  const out: Record<string, unknown> = { ...identity };
  const reports = ordered as unknown as Array<Report & Record<string, unknown>>;
  for (const rule of derive.latest) {
    // A group is compared as the whole report (its display reads the group's fields).
    const pick = (r: Record<string, unknown>) => (rule.group ? r : r[rule.field]) as never;
    const hit = latest(reports, rule.field, pick, DISPLAY[rule.compare], disagreements);
    if (hit === undefined) continue;
    if (rule.group) {
      for (const key of rule.group) if ((hit.value as Record<string, unknown>)[key] !== undefined) out[key] = (hit.value as Record<string, unknown>)[key];
    } else out[rule.field] = hit.value;
    if (rule.cue && hit.report.cue !== undefined) out.cue = hit.report.cue;
  }
  for (const rule of derive.union) {
    out[rule.field] = union(reports.map((r) => (r[rule.field] ?? []) as Array<{ evidence: Span[] }>), UNION_KEY[rule.key] as (item: { evidence: Span[] }) => string);
  }
  out.reports = ordered;
  out.sources = [...new Set(reports.map((r) => r.source))];
  out.evidence = reports.flatMap((r) => r.evidence);
  out.disagreements = disagreements;
  return out as unknown as RecordOf<C>;
}
