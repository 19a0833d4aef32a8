import { findOccurrences } from '@kztj/core/authoring';
import { parse } from 'yaml';
import { z } from 'zod';

// The hand annotation of one evaluation article (eval/corpus/README.md documents every key).
// A key left out is not scored; an empty list is scored as "none".
const Evidence = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).describe('The article\'s exact words; each must occur exactly once.');
const Id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u, 'a kebab-case id');
const Edtf = z.union([z.string().min(4), z.array(z.string().min(4)).min(1)]).describe('EDTF; a list gives acceptable alternatives.');

export const GoldEntity = z.object({ surface: z.string().min(1), type: z.string().min(1), id: Id }).strict();
export type GoldEntity = z.infer<typeof GoldEntity>;
export const GoldRole = z.object({ person: Id, title: z.string().min(1), of: Id.optional(), evidence: Evidence }).strict();
export type GoldRole = z.infer<typeof GoldRole>;
export const GoldEvent = z
  .object({
    type: z.string().min(1).optional().describe('Event type; absent when `report` names an existing record.'),
    report: Id.optional().describe('The existing record this article reports again.'),
    factuality: z.enum(['happened', 'planned', 'expected', 'negated', 'reported']),
    date: Edtf.optional(),
    place: Id.optional(),
    participants: z.array(Id).optional(),
    reportedBy: z.array(Id).optional(),
    evidence: Evidence,
  })
  .strict()
  .refine((e) => (e.type === undefined) !== (e.report === undefined), 'an event has either a type or a report, not both');
export type GoldEvent = z.infer<typeof GoldEvent>;
export const GoldAgreement = z
  .object({ type: z.string().min(1).optional(), report: Id.optional(), status: z.enum(['planned', 'expected', 'signed', 'in-force']), evidence: Evidence })
  .strict()
  .refine((e) => (e.type === undefined) !== (e.report === undefined), 'an agreement has either a type or a report, not both');
export type GoldAgreement = z.infer<typeof GoldAgreement>;
export const GoldFigure = z.object({ amount: z.number(), amountMax: z.number().optional(), unit: z.string().min(1), approximate: z.boolean(), evidence: Evidence }).strict();
export type GoldFigure = z.infer<typeof GoldFigure>;
export const GoldQuote = z.object({ kind: z.enum(['direct', 'indirect']), speaker: Id, evidence: Evidence }).strict();
export type GoldQuote = z.infer<typeof GoldQuote>;
export const GoldClaim = z.object({ evidence: Evidence }).strict();
export type GoldClaim = z.infer<typeof GoldClaim>;

export const Gold = z
  .object({
    entities: z.array(GoldEntity),
    roles: z.array(GoldRole),
    events: z.array(GoldEvent),
    agreements: z.array(GoldAgreement),
    figures: z.array(GoldFigure),
    quotes: z.array(GoldQuote),
    claims: z.array(GoldClaim),
  })
  .strict();
export type Gold = z.infer<typeof Gold>;

export class GoldError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
    this.name = 'GoldError';
  }
}

export const evidenceOf = (item: { evidence: string | string[] }): string[] => (typeof item.evidence === 'string' ? [item.evidence] : item.evidence);

/**
 * Reads and checks a gold file against its article: the schema, and that every evidence quote
 * occurs exactly once on word boundaries (as the build resolves quotes), so a score never rests
 * on words the article does not hold or holds twice.
 */
export function parseGold(file: string, yamlText: string, articleText: string): Gold {
  let raw: unknown;
  try {
    raw = parse(yamlText);
  } catch (error) {
    throw new GoldError(file, `not YAML (${(error as Error).message.split('\n')[0]})`);
  }
  const parsed = Gold.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new GoldError(file, `${issue?.path.join('.') || '(top)'}: ${issue?.message ?? 'invalid'}`);
  }
  const gold = parsed.data;
  for (const kind of ['roles', 'events', 'agreements', 'figures', 'quotes', 'claims'] as const) {
    gold[kind].forEach((item, index) => {
      for (const quote of evidenceOf(item)) {
        const count = findOccurrences(articleText, quote).length;
        if (count !== 1) throw new GoldError(file, `${kind}.${index}.evidence: ${JSON.stringify(quote)} occurs ${count} times in the article; it must occur exactly once`);
      }
    });
  }
  gold.entities.forEach((entity, index) => {
    if (findOccurrences(articleText, entity.surface).length === 0) throw new GoldError(file, `entities.${index}.surface: ${JSON.stringify(entity.surface)} does not occur in the article`);
  });
  return gold;
}
