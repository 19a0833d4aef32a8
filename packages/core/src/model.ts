/**
 * The collection model: what each collection IS, as plain data with no zod and no dataset, so the
 * build (which runs before a dataset exists), the queries and both apps read the same facts. The
 * presentation of each collection (titles, labels, fields) is in collections.ts, its zod schemas
 * in schema/dataset.ts and authoring/authored.ts; each of those is keyed by the same names and
 * `satisfies` a record over them, so a collection added here and forgotten there fails to compile.
 */

export const COLLECTIONS = ['sources', 'entities', 'events', 'agreements', 'figures', 'quotes', 'claims'] as const;
export type CollectionName = (typeof COLLECTIONS)[number];

/** A reference from one record to another, as a field of the record (and of each report). */
export interface LinkFieldModel {
  /** The field, in the record and, when `perReport`, in each report. */
  readonly field: string;
  readonly target: CollectionName;
  readonly many: boolean;
  /**
   * Participants and agreement relations carry the target's id under this key beside fields of
   * their own (a role, a relation); plain links carry it as `id`.
   */
  readonly idKey?: string;
  /** Each report gives this link as its article says; otherwise the record declares it once. */
  readonly perReport: boolean;
}

/** How a single-valued field's values are compared across reports, and shown when they differ. */
export type Compare = 'value' | 'edtf' | 'id' | 'amount';

/**
 * THE derivation rule, per collection (the algorithm is build/derive.ts): a `latest` field takes
 * the value of the latest report that gives one and lists a disagreement when reports differ; a
 * `union` field is every report's list, first occurrence first.
 */
export interface DeriveModel {
  readonly latest: ReadonlyArray<{
    readonly field: string;
    readonly compare: Compare;
    /** Fields that travel with it as one value (a figure's amount, its maximum, hedge and unit). */
    readonly group?: readonly string[];
    /** The record's `cue` is the cue of the report this field's value comes from. */
    readonly cue?: true;
  }>;
  readonly union: ReadonlyArray<{ readonly field: string; readonly key: 'id' | 'entity-role' }>;
}

export interface CollectionModel {
  readonly singular: string;
  readonly plural: string;
  /**
   * Where records are authored: `file` (one data file per article), `registry` (entities.yaml,
   * or an article's `entities:`), `article` (a list in the article's file, under the plural name).
   */
  readonly authoredIn: 'file' | 'registry' | 'article';
  /**
   * For collections whose records several articles report: the fields declared once (the rest of
   * a declaration is the declaring article's report) and the derivation rule.
   */
  readonly reported?: { readonly identity: readonly string[]; readonly derive: DeriveModel };
  readonly links: readonly LinkFieldModel[];
  /**
   * The field that says what kind of record it is (an entity's type, a figure's kind) and its
   * vocabulary: the schema's enum is built from these values, and `--type` checks against them.
   */
  readonly kinds?: { readonly field: string; readonly values: readonly [string, ...string[]] };
  /** Date fields: of the record and, when reported, of each report. */
  readonly dates: readonly string[];
  /**
   * Which of a record's spans cite the sentences they lie in, for the coverage rule: every span
   * of the record (its evidence, its dates', its links'), only its date's (a source), or none (an
   * entity: naming someone is not saying something).
   */
  readonly cites: 'all' | 'date' | 'none';
}

const link = (field: string, target: CollectionName, many: boolean, perReport: boolean, idKey?: string): LinkFieldModel =>
  idKey === undefined ? { field, target, many, perReport } : { field, target, many, perReport, idKey };

export const COLLECTION_MODEL = {
  sources: { singular: 'source', plural: 'sources', authoredIn: 'file', links: [], dates: ['date'], cites: 'date' },
  entities: {
    singular: 'entity',
    kinds: { field: 'type', values: ['person', 'country', 'place', 'organisation', 'award', 'monument', 'programme', 'group', 'other'] },
    plural: 'entities',
    authoredIn: 'registry',
    links: [link('partOf', 'entities', false, false), link('roles.of', 'entities', true, false)],
    dates: [],
    cites: 'none',
  },
  events: {
    singular: 'event',
    kinds: { field: 'type', values: ['visit', 'meeting', 'summit', 'conference', 'forum', 'signing', 'award', 'proposal', 'cultural-programme', 'statement', 'talks', 'other'] },
    plural: 'events',
    authoredIn: 'article',
    reported: {
      identity: ['id', 'type', 'title', 'summary', 'cameo', 'topics'],
      derive: {
        latest: [
          { field: 'factuality', compare: 'value', cue: true },
          { field: 'date', compare: 'edtf' },
          { field: 'place', compare: 'id' },
          { field: 'partOf', compare: 'id' },
        ],
        union: [
          { field: 'participants', key: 'entity-role' },
          { field: 'reportedBy', key: 'id' },
        ],
      },
    },
    links: [
      link('participants', 'entities', true, true, 'entity'),
      link('place', 'entities', false, true),
      link('partOf', 'events', false, true),
      link('reportedBy', 'entities', true, true),
    ],
    dates: ['date'],
    cites: 'all',
  },
  agreements: {
    singular: 'agreement',
    kinds: { field: 'type', values: ['declaration', 'memorandum', 'programme', 'intergovernmental-agreement', 'joint-statement', 'contract', 'package', 'legal-framework', 'other'] },
    plural: 'agreements',
    authoredIn: 'article',
    reported: {
      identity: ['id', 'type', 'title', 'subject', 'related'],
      derive: {
        latest: [
          { field: 'status', compare: 'value', cue: true },
          { field: 'statusDate', compare: 'edtf' },
          { field: 'validity', compare: 'edtf' },
          { field: 'signedAt', compare: 'id' },
          { field: 'partOf', compare: 'id' },
        ],
        union: [{ field: 'parties', key: 'id' }],
      },
    },
    links: [
      link('parties', 'entities', true, true),
      link('signedAt', 'events', false, true),
      link('partOf', 'agreements', false, true),
      link('related', 'agreements', true, false, 'agreement'),
    ],
    dates: ['statusDate', 'validity'],
    cites: 'all',
  },
  figures: {
    singular: 'figure',
    kinds: { field: 'kind', values: ['actual', 'target', 'growth', 'total', 'rank'] },
    plural: 'figures',
    authoredIn: 'article',
    reported: {
      identity: ['id', 'measure', 'kind'],
      derive: {
        latest: [
          { field: 'amount', compare: 'amount', group: ['amount', 'amountMax', 'approximate', 'unit'] },
          { field: 'period', compare: 'edtf' },
          { field: 'statedBy', compare: 'id' },
        ],
        union: [{ field: 'subjects', key: 'id' }],
      },
    },
    links: [link('statedBy', 'entities', false, true), link('subjects', 'entities', true, true)],
    dates: ['period'],
    cites: 'all',
  },
  quotes: {
    singular: 'quote',
    kinds: { field: 'kind', values: ['direct', 'indirect'] },
    plural: 'quotes',
    authoredIn: 'article',
    links: [link('speaker', 'entities', false, false), link('event', 'events', false, false), link('about', 'entities', true, false)],
    dates: [],
    cites: 'all',
  },
  claims: {
    singular: 'claim',
    kinds: { field: 'kind', values: ['opinion', 'fact', 'assessment', 'intention', 'description'] },
    plural: 'claims',
    authoredIn: 'article',
    reported: {
      identity: ['id', 'kind', 'statement'],
      derive: {
        latest: [
          { field: 'date', compare: 'edtf' },
          { field: 'factuality', compare: 'value', cue: true },
        ],
        union: [
          { field: 'holders', key: 'id' },
          { field: 'about', key: 'id' },
        ],
      },
    },
    links: [link('holders', 'entities', true, true), link('about', 'entities', true, true)],
    dates: ['date'],
    cites: 'all',
  },
} as const satisfies Record<CollectionName, CollectionModel>;

type Model = typeof COLLECTION_MODEL;

/** Collections whose records several articles report (each article adds a report). */
export type ReportedCollection = { [C in CollectionName]: Model[C] extends { reported: object } ? C : never }[CollectionName];
export const REPORTED_COLLECTIONS = COLLECTIONS.filter((c): c is ReportedCollection => 'reported' in COLLECTION_MODEL[c]);

/** Collections an article's file lists under their plural name. */
export type ArticleCollection = { [C in CollectionName]: Model[C]['authoredIn'] extends 'article' ? C : never }[CollectionName];
export const ARTICLE_COLLECTIONS = COLLECTIONS.filter((c): c is ArticleCollection => COLLECTION_MODEL[c].authoredIn === 'article');

/** Collections whose records belong to the one article that prints them (no reports): quotes. */
export type OwnCollection = Exclude<ArticleCollection, ReportedCollection>;
export const OWN_COLLECTIONS = ARTICLE_COLLECTIONS.filter((c): c is OwnCollection => !('reported' in COLLECTION_MODEL[c]));

/** The link fields a collection declares, by name: presentation entries are keyed by these. */
export type LinkFieldName<C extends CollectionName> = Model[C]['links'][number]['field'];

/** The model of one collection, widened to the interface (for iteration). */
export function modelOf(collection: CollectionName): CollectionModel {
  return COLLECTION_MODEL[collection];
}

/** "a figure", "an event". */
export function withArticle(collection: CollectionName): string {
  const word = COLLECTION_MODEL[collection].singular;
  return `${/^[aeiou]/.test(word) ? 'an' : 'a'} ${word}`;
}

interface LinkLike {
  id: string;
  basis: 'stated' | 'inferred';
  reasoning?: string | undefined;
  evidence: ReadonlyArray<{ source: string; start: number; end: number; exact: string }>;
}

/**
 * The links a record (or one of its reports) holds in one link field, as plain links: a
 * participant or relation becomes a link to its `idKey` with the same basis. A dotted field
 * ("roles.of") collects the link of each entry of a list.
 */
export function linksIn<L extends LinkLike = LinkLike>(field: Pick<LinkFieldModel, 'field' | 'idKey'>, holder: object): L[] {
  const [head, tail] = field.field.split('.') as [string, string | undefined];
  const raw = (holder as Record<string, unknown>)[head];
  const list = (raw === undefined ? [] : Array.isArray(raw) ? raw : [raw]) as Array<Record<string, unknown>>;
  const values = tail === undefined ? list : list.map((item) => item[tail]).filter((v) => v !== undefined);
  if (field.idKey === undefined) return values as unknown as L[];
  const key = field.idKey;
  return (values as Array<Omit<LinkLike, 'id'> & Record<string, unknown>>).map((item) => asLink<L>(item, item[key] as string));
}

/** A participant or an agreement relation as a plain link: the same basis, under the target's id. */
export function asLink<L extends LinkLike = LinkLike>(value: Omit<LinkLike, 'id'>, id: string): L {
  const out = { id, basis: value.basis, evidence: value.evidence } as L;
  if (value.reasoning !== undefined) out.reasoning = value.reasoning;
  return out;
}

/** Every date value a record holds, its reports' included, in the model's date fields. */
export function datesOf<D = { edtf: string; evidence: ReadonlyArray<{ source: string; start: number; end: number; exact: string }> }>(collection: CollectionName, record: object): D[] {
  const fields = COLLECTION_MODEL[collection].dates as readonly string[];
  const holders = [record, ...('reports' in record ? (record.reports as object[]) : [])];
  return holders.flatMap((h) => fields.map((f) => (h as Record<string, D | undefined>)[f]).filter((d): d is D => d !== undefined));
}
