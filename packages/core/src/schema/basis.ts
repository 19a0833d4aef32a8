import { z } from 'zod';
import { RecordId } from './ids.js';
import { Span } from './evidence.js';

/**
 * How a value is known, as in Wikidata's statement-with-references model: "stated" when the
 * article's words say it (evidence holds those words), "inferred" when it is worked out
 * (reasoning says how, evidence holds the words it was worked out from).
 */
export const Basis = z
  .enum(['stated', 'inferred'])
  .describe('"stated" when the text says it (evidence holds the words); "inferred" when it is worked out (reasoning says how).');
export type Basis = z.infer<typeof Basis>;

/** The fields every assertion carries; spread into an object schema, then checked with `withBasisRules`. */
export const basisFields = {
  basis: Basis,
  reasoning: z.string().min(1).optional().describe('For inferred values: why the value follows from the text.'),
  evidence: z.array(Span).describe('The words that state the value, or that it is inferred from.'),
};

interface Based {
  basis: Basis;
  reasoning?: string | undefined;
  evidence: readonly unknown[];
}

/** The rule the build and every consumer can rely on: inferred has reasoning, stated has evidence. */
export function withBasisRules<T extends z.ZodType<Based>>(schema: T, noun = 'value') {
  return schema
    .refine((value) => value.basis === 'stated' || value.reasoning !== undefined, {
      message: `an inferred ${noun} needs its reasoning`,
      path: ['reasoning'],
    })
    .refine((value) => value.basis === 'inferred' || value.evidence.length > 0, {
      message: `a stated ${noun} needs the span(s) that state it`,
      path: ['evidence'],
    });
}

/** A link from a record to another record (a place, a party, a speaker, `partOf`), with its basis. */
export const Link = withBasisRules(
  z.object({
    id: RecordId.describe('The record linked to.'),
    ...basisFields,
  }),
).describe('A link to another record, stated by the text or inferred, with the spans it rests on.');
export type Link = z.infer<typeof Link>;
