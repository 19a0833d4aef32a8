import { z } from 'zod';
import { RecordId } from './ids.js';
import { Evidence } from './evidence.js';

export const EntityType = z
  .enum(['person', 'country', 'place', 'organisation', 'award', 'monument', 'programme', 'group', 'other'])
  .describe('Kind of named thing. "group" is a collective such as "Central Asian experts".');
export type EntityType = z.infer<typeof EntityType>;

export const Role = z
  .object({
    title: z.string().min(1).describe('Office or role as the text gives it, e.g. "President of Kazakhstan".'),
    of: RecordId.optional().describe('Entity the role is held in (country or organisation), if any.'),
    asOf: z.string().min(4).describe('EDTF date the role is true for: the date of the source that states it.'),
    source: RecordId.describe('Source that states the role.'),
    basis: z.enum(['stated', 'inferred']).describe('"stated" when the text names the office; "inferred" when it follows from context.'),
    reasoning: z.string().min(1).optional().describe('For inferred roles: why the role follows from the text.'),
    evidence: Evidence,
  })
  .refine((role) => role.basis === 'stated' || role.reasoning !== undefined, { message: 'an inferred role needs its reasoning', path: ['reasoning'] })
  .describe('A role or office an entity holds, as of a source.');
export type Role = z.infer<typeof Role>;

export const CountryCodes = z
  .object({
    alpha2: z.string().regex(/^[A-Z]{2}$/).describe('ISO 3166-1 alpha-2 code.'),
    alpha3: z.string().regex(/^[A-Z]{3}$/).describe('ISO 3166-1 alpha-3 code.'),
    numeric: z.string().regex(/^\d{3}$/).describe('ISO 3166-1 numeric code, zero-padded.'),
  })
  .describe('ISO 3166-1 codes of a country.');
export type CountryCodes = z.infer<typeof CountryCodes>;

export const Entity = z
  .object({
    id: RecordId,
    type: EntityType,
    name: z.string().min(1).describe('Display name.'),
    description: z.string().min(1).describe('One line saying what the entity is.'),
    aliases: z.array(z.string().min(1)).describe('Every surface form the seeds use for the entity, distinct, in order of first use.'),
    roles: z.array(Role).describe('Roles and offices held, each with the time and source it is true for.'),
    codes: CountryCodes.optional().describe('For countries: ISO 3166-1 codes.'),
    wikidata: z.string().regex(/^Q\d+$/).optional().describe('Wikidata QID, only where verified.'),
    partOf: RecordId.optional().describe('Containing entity (a city\'s country, a body\'s parent organisation).'),
    evidence: Evidence.describe('Every mention of the entity in the seeds.'),
  })
  .describe('A person, country, place, organisation or other named thing.');
export type Entity = z.infer<typeof Entity>;
