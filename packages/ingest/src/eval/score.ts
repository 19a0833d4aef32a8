import { findOccurrences, resolveQuote, type QuoteRef } from '@kztj/core/authoring';
import { evidenceOf, type Gold } from './gold.js';

export const KINDS = ['entities', 'roles', 'events', 'agreements', 'figures', 'quotes', 'claims'] as const;
export type Kind = (typeof KINDS)[number];

interface Span {
  start: number;
  end: number;
}

/** One record as the scorer compares it: where its evidence lies and the attributes that matter. */
export interface Item {
  spans: Span[];
  attrs: Record<string, unknown>;
  label: string;
}

/** What a draft holds, in the shape the draft writes it (the authoring input format). */
export interface DraftRecords {
  entities: Array<{ id: string; type: string; name: string }>;
  mentions: Record<string, QuoteRef[]>;
  roles: Array<{ entity: string; title: string; of?: unknown; evidence: QuoteRef[] }>;
  events: Array<Record<string, unknown> & { evidence: QuoteRef[] }>;
  agreements: Array<Record<string, unknown> & { evidence: QuoteRef[] }>;
  figures: Array<Record<string, unknown> & { evidence: QuoteRef[] }>;
  quotes: Array<Record<string, unknown> & { evidence: QuoteRef[] }>;
  claims: Array<Record<string, unknown> & { evidence: QuoteRef[] }>;
  reports?: Array<Record<string, unknown> & { record: string; evidence: QuoteRef[] }>;
}

export interface ScoreContext {
  /** The registry type of a known entity id. */
  entityType: (id: string) => string | undefined;
  /** The collection of an existing record id ("events", "agreements", …). */
  recordKind: (id: string) => string | undefined;
}

export interface Pair {
  gold: Item;
  draft: Item;
  keyRight: boolean;
  /** Field edits a reviewer makes to turn the draft record into the gold one. */
  edits: string[];
}

export interface KindScore {
  gold: number;
  drafted: number;
  matched: number;
  keyRight: number;
  pairs: Pair[];
  missed: Item[];
  spurious: Item[];
}

export interface ArticleScore {
  kinds: Record<Kind, KindScore>;
  /** Reported speech: the indirect quotes, scored on their own. */
  reportedSpeech: KindScore;
  /** Draft events beyond the first that overlap a gold event already matched: one event drafted twice. */
  duplicateEvents: number;
  /** Deletions + additions + field fixes: what a reviewer changes before the draft is right. */
  edits: number;
  /** Draft records a reviewer keeps unchanged. */
  unchanged: number;
}

/** A link as drafts write it: a plain id, `{id, …}`, or a participant `{entity, …}`. */
export const linkId = (link: unknown): string | undefined => {
  if (typeof link === 'string') return link;
  if (link && typeof link === 'object') {
    const { id, entity } = link as { id?: unknown; entity?: unknown };
    if (typeof id === 'string') return id;
    if (typeof entity === 'string') return entity;
  }
  return undefined;
};

const ids = (links: unknown): string[] => (Array.isArray(links) ? links.map(linkId).filter((id): id is string => id !== undefined) : []);

const spansOf = (text: string, refs: readonly QuoteRef[]): Span[] =>
  refs.flatMap((ref) => {
    const resolved = resolveQuote(text, 'eval', ref);
    return resolved.ok ? resolved.spans.map((s) => ({ start: s.start, end: s.end })) : [];
  });

const goldSpans = (text: string, quotes: string[]): Span[] => quotes.flatMap((q) => findOccurrences(text, q).map((start) => ({ start, end: start + q.length })));

const overlap = (a: readonly Span[], b: readonly Span[]): number => {
  let total = 0;
  for (const x of a) for (const y of b) total += Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));
  return total;
};

// Office titles compare without case, and "1st" reads as "first" ("1st Deputy Prime Minister").
const office = (title: string) =>
  title
    .toLowerCase()
    .replace(/\b1st\b/gu, 'first')
    .replace(/\b2nd\b/gu, 'second')
    .replace(/\s+/gu, ' ')
    .trim();

const bare = (edtf: string) => edtf.replace(/[?~%]/gu, '');
const sameAmount = (a: unknown, b: unknown) => (a === undefined && b === undefined) || (typeof a === 'number' && typeof b === 'number' && Math.abs(a - b) <= Math.abs(b) * 1e-9);
const symmetricDifference = (a: readonly string[], b: readonly string[]) => [...a.filter((x) => !b.includes(x)), ...b.filter((x) => !a.includes(x))];

/** The gold records of one article as items. */
export function goldItems(text: string, gold: Gold): Record<Kind, Item[]> {
  const item = (quotes: string[], attrs: Record<string, unknown>, label: string): Item => ({ spans: goldSpans(text, quotes), attrs, label });
  return {
    entities: gold.entities.map((e) => item([e.surface], { ...e }, `entity ${e.id}`)),
    roles: gold.roles.map((r) => item(evidenceOf(r), { ...r }, `role ${r.person}: ${r.title}`)),
    events: gold.events.map((e) => item(evidenceOf(e), { ...e }, `event ${e.report ?? e.type} (${e.factuality}): "${evidenceOf(e)[0]}"`)),
    agreements: gold.agreements.map((a) => item(evidenceOf(a), { ...a }, `agreement ${a.report ?? a.type} (${a.status}): "${evidenceOf(a)[0]}"`)),
    figures: gold.figures.map((f) => item(evidenceOf(f), { ...f }, `figure ${f.amount} ${f.unit}: "${evidenceOf(f)[0]}"`)),
    quotes: gold.quotes.map((q) => item(evidenceOf(q), { ...q }, `${q.kind} quote by ${q.speaker}: "${evidenceOf(q)[0]}"`)),
    claims: gold.claims.map((c) => item(evidenceOf(c), {}, `claim "${evidenceOf(c)[0]}"`)),
  };
}

/** The draft's records as items; reports of existing records count with their collection. */
export function draftItems(text: string, draft: DraftRecords, context: ScoreContext): Record<Kind, Item[]> {
  const proposed = new Map(draft.entities.map((e) => [e.id, e]));
  const entities = Object.entries(draft.mentions).map(([id, refs]) => {
    const type = proposed.get(id)?.type ?? context.entityType(id);
    return { spans: spansOf(text, refs), attrs: { id, type }, label: `entity ${id} (${type ?? '?'})` };
  });
  const event = (e: Record<string, unknown> & { evidence: QuoteRef[] }, report?: string): Item => {
    const date = (e.date as { edtf?: string } | undefined)?.edtf;
    return {
      spans: spansOf(text, e.evidence),
      attrs: { type: report ? undefined : e.type, report, factuality: e.factuality ?? 'happened', date, place: linkId(e.place), participants: ids(e.participants), reportedBy: ids(e.reportedBy) },
      label: `event ${report ?? String(e.type)} (${String(e.factuality ?? 'happened')}) "${String(e.title ?? e.evidence[0])}"`,
    };
  };
  const agreement = (a: Record<string, unknown> & { evidence: QuoteRef[] }, report?: string): Item => ({
    spans: spansOf(text, a.evidence),
    attrs: { type: report ? undefined : a.type, report, status: a.status },
    label: `agreement ${report ?? String(a.type)} (${String(a.status)}) "${String(a.title ?? '')}"`,
  });
  const reports = draft.reports ?? [];
  return {
    entities,
    roles: draft.roles.map((r) => ({ spans: spansOf(text, r.evidence), attrs: { person: r.entity, title: r.title, of: linkId(r.of) }, label: `role ${r.entity}: ${r.title}` })),
    events: [...draft.events.map((e) => event(e)), ...reports.filter((r) => context.recordKind(r.record) === 'events').map((r) => event(r, r.record))],
    agreements: [...draft.agreements.map((a) => agreement(a)), ...reports.filter((r) => context.recordKind(r.record) === 'agreements').map((r) => agreement(r, r.record))],
    figures: draft.figures.map((f) => ({
      spans: spansOf(text, f.evidence),
      attrs: { amount: f.amount, amountMax: f.amountMax, unit: f.unit, approximate: f.approximate ?? false },
      label: `figure ${String(f.amount)} ${String(f.unit)} "${String(f.measure ?? '')}"`,
    })),
    quotes: draft.quotes.map((q) => ({ spans: spansOf(text, q.evidence), attrs: { kind: q.kind, speaker: linkId(q.speaker) }, label: `${String(q.kind)} quote by ${linkId(q.speaker) ?? '?'}` })),
    claims: draft.claims.map((c) => ({ spans: spansOf(text, c.evidence), attrs: {}, label: `claim "${String(c.statement ?? '')}"` })),
  };
}

/** Whether a draft record has the attribute that decides it (the table's "key attribute right"). */
export function keyRight(kind: Kind, gold: Record<string, unknown>, draft: Record<string, unknown>): boolean {
  switch (kind) {
    case 'entities':
      return gold.id === draft.id && gold.type === draft.type;
    case 'roles': {
      const want = office(String(gold.title));
      const got = office(String(draft.title));
      return gold.person === draft.person && (got === want || got.startsWith(`${want} of `)) && (gold.of === undefined || gold.of === draft.of);
    }
    case 'events':
      return (gold.report === undefined ? draft.report === undefined && gold.type === draft.type : gold.report === draft.report) && gold.factuality === draft.factuality;
    case 'agreements':
      return (gold.report === undefined || gold.report === draft.report) && gold.status === draft.status;
    case 'figures':
      return sameAmount(draft.amount, gold.amount) && sameAmount(draft.amountMax, gold.amountMax) && gold.unit === draft.unit;
    case 'quotes':
      return gold.speaker === draft.speaker && gold.kind === draft.kind;
    case 'claims':
      return true;
  }
}

/** The field edits a reviewer makes to a matched draft record (fields the gold leaves out are not scored). */
export function editsOf(kind: Kind, gold: Record<string, unknown>, draft: Record<string, unknown>): string[] {
  const out: string[] = [];
  const differs = (field: string, want: unknown, got: unknown) => {
    if (want !== undefined && want !== got) out.push(`${field}: ${JSON.stringify(got)} → ${JSON.stringify(want)}`);
  };
  switch (kind) {
    case 'entities':
      differs('id', gold.id, draft.id);
      differs('type', gold.type, draft.type);
      break;
    case 'roles':
      differs('person', gold.person, draft.person);
      if (!keyRight('roles', { ...gold, of: undefined }, { ...draft, of: undefined }) && gold.person === draft.person) out.push(`title: ${JSON.stringify(draft.title)} → ${JSON.stringify(gold.title)}`);
      differs('of', gold.of, draft.of);
      break;
    case 'events': {
      if (gold.report !== undefined) differs('report of', gold.report, draft.report);
      else if (draft.report !== undefined) out.push(`a new record, not a report of ${String(draft.report)}`);
      else differs('type', gold.type, draft.type);
      differs('factuality', gold.factuality, draft.factuality);
      if (gold.date !== undefined) {
        const accepted = (Array.isArray(gold.date) ? gold.date : [gold.date]).map(String);
        if (typeof draft.date !== 'string' || !accepted.includes(bare(draft.date))) out.push(`date: ${JSON.stringify(draft.date)} → ${accepted[0]}`);
      }
      differs('place', gold.place, draft.place);
      for (const field of ['participants', 'reportedBy'] as const) {
        if (gold[field] === undefined) continue;
        for (const id of symmetricDifference(gold[field] as string[], draft[field] as string[])) out.push(`${field}: ${(gold[field] as string[]).includes(id) ? 'add' : 'remove'} ${id}`);
      }
      break;
    }
    case 'agreements':
      if (gold.report !== undefined) differs('report of', gold.report, draft.report);
      else if (draft.report !== undefined) out.push(`a new record, not a report of ${String(draft.report)}`);
      else differs('type', gold.type, draft.type);
      differs('status', gold.status, draft.status);
      break;
    case 'figures':
      if (!sameAmount(draft.amount, gold.amount) || !sameAmount(draft.amountMax, gold.amountMax)) out.push(`amount: ${String(draft.amount)}${draft.amountMax === undefined ? '' : `–${String(draft.amountMax)}`} → ${String(gold.amount)}${gold.amountMax === undefined ? '' : `–${String(gold.amountMax)}`}`);
      differs('unit', gold.unit, draft.unit);
      differs('approximate', gold.approximate, draft.approximate);
      break;
    case 'quotes':
      differs('speaker', gold.speaker, draft.speaker);
      differs('kind', gold.kind, draft.kind);
      break;
    case 'claims':
      break;
  }
  return out;
}

/**
 * Pairs gold and draft records of one kind one to one. A pair needs overlapping evidence
 * (entities: a mention on the gold words, or the same id); among candidates, a pair with the key
 * attribute right wins, then the larger overlap. What is left over is missed (gold) or spurious
 * (draft): a second draft record of one gold event is spurious, so duplicates cost precision.
 */
export function match(kind: Kind, gold: readonly Item[], draft: readonly Item[]): KindScore {
  const candidates: Array<{ g: number; d: number; key: boolean; overlap: number }> = [];
  gold.forEach((g, gi) =>
    draft.forEach((d, di) => {
      const shared = overlap(g.spans, d.spans);
      const sameId = kind === 'entities' && g.attrs.id === d.attrs.id;
      if (shared > 0 || sameId) candidates.push({ g: gi, d: di, key: keyRight(kind, g.attrs, d.attrs), overlap: shared + (sameId ? 1e6 : 0) });
    }),
  );
  candidates.sort((a, b) => Number(b.key) - Number(a.key) || b.overlap - a.overlap);
  const usedGold = new Set<number>();
  const usedDraft = new Set<number>();
  const pairs: Pair[] = [];
  for (const c of candidates) {
    if (usedGold.has(c.g) || usedDraft.has(c.d)) continue;
    usedGold.add(c.g);
    usedDraft.add(c.d);
    const g = gold[c.g] as Item;
    const d = draft[c.d] as Item;
    pairs.push({ gold: g, draft: d, keyRight: c.key, edits: editsOf(kind, g.attrs, d.attrs) });
  }
  return {
    gold: gold.length,
    drafted: draft.length,
    matched: pairs.length,
    keyRight: pairs.filter((p) => p.keyRight).length,
    pairs,
    missed: gold.filter((_, i) => !usedGold.has(i)),
    spurious: draft.filter((_, i) => !usedDraft.has(i)),
  };
}

/** Scores one article's draft against its gold. */
export function scoreArticle(text: string, gold: Gold, draft: DraftRecords, context: ScoreContext): ArticleScore {
  const g = goldItems(text, gold);
  const d = draftItems(text, draft, context);
  const kinds = Object.fromEntries(KINDS.map((kind) => [kind, match(kind, g[kind], d[kind])])) as Record<Kind, KindScore>;
  const indirect = (items: Item[]) => items.filter((i) => i.attrs.kind === 'indirect');
  const reportedSpeech = match('quotes', indirect(g.quotes), indirect(d.quotes));
  const events = kinds.events;
  const duplicateEvents = events.spurious.filter((s) => events.pairs.some((p) => overlap(p.gold.spans, s.spans) > 0)).length;
  let edits = 0;
  let unchanged = 0;
  for (const kind of KINDS) {
    const k = kinds[kind];
    edits += k.missed.length + k.spurious.length + k.pairs.reduce((n, p) => n + p.edits.length, 0);
    unchanged += k.pairs.filter((p) => p.edits.length === 0).length;
  }
  return { kinds, reportedSpeech, duplicateEvents, edits, unchanged };
}

export interface Prf {
  precision: number | undefined;
  recall: number | undefined;
  f1: number | undefined;
}

/** Precision, recall and F1 over summed counts; undefined where the denominator is zero. */
export function prf(hits: number, drafted: number, gold: number): Prf {
  const precision = drafted === 0 ? undefined : hits / drafted;
  const recall = gold === 0 ? undefined : hits / gold;
  const f1 = precision === undefined || recall === undefined || precision + recall === 0 ? (precision === 0 || recall === 0 ? 0 : undefined) : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
