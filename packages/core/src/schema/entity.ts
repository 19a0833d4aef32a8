import { z } from 'zod';
import { COLLECTION_MODEL } from '../model.js';
import { RecordId } from './ids.js';
import { Evidence } from './evidence.js';
import { basisFields, Link, withBasisRules } from './basis.js';
import { reportFields } from './report.js';

export const EntityType = z
  .enum(COLLECTION_MODEL.entities.kinds.values)
  .describe('Kind of named thing. "group" is a collective such as "Central Asian experts".');
export type EntityType = z.infer<typeof EntityType>;

export const Role = withBasisRules(
  z.object({
    title: z.string().min(1).describe('Office or role as the text gives it, e.g. "President of Kazakhstan".'),
    of: Link.optional().describe('Entity the role is held in (country or organisation), with its own basis.'),
    asOf: z.string().min(4).describe('EDTF date the role is true for: the date of the source that states it.'),
    source: RecordId.describe('Source that states the role.'),
    ...basisFields,
  }),
).describe('A role or office an entity holds, as of a source; the basis is that of the office itself.');
export type Role = z.infer<typeof Role>;

export const CountryCodes = z
  .object({
    alpha2: z.string().regex(/^[A-Z]{2}$/).describe('ISO 3166-1 alpha-2 code.'),
    alpha3: z.string().regex(/^[A-Z]{3}$/).describe('ISO 3166-1 alpha-3 code.'),
    numeric: z.string().regex(/^\d{3}$/).describe('ISO 3166-1 numeric code, zero-padded.'),
  })
  .describe('ISO 3166-1 codes of a country.');
export type CountryCodes = z.infer<typeof CountryCodes>;

/** One article's mentions of an entity. */
export const EntityReport = z
  .object({
    ...reportFields,
    aliases: z.array(z.string().min(1)).describe('The surface forms this article uses, distinct, in order of first use.'),
  })
  .describe("One article's mentions of an entity.");
export type EntityReport = z.infer<typeof EntityReport>;

export const Entity = z
  .object({
    id: RecordId,
    type: EntityType,
    name: z.string().min(1).describe('Display name.'),
    description: z.string().min(1).describe('One line saying what the entity is, as the articles support.'),
    aliases: z.array(z.string().min(1)).describe('Every surface form the articles use for the entity, distinct, in order of first use (oldest article first).'),
    roles: z.array(Role).describe('Roles and offices held, each with the time and source it is true for.'),
    codes: CountryCodes.optional().describe('For countries: ISO 3166-1 codes (a catalogue fact, not from the articles).'),
    wikidata: z.string().regex(/^Q\d+$/).optional().describe('Wikidata QID, only where verified.'),
    partOf: Link.optional().describe("Containing entity (a city's country, a body's parent organisation), with its basis."),
    sources: z.array(RecordId).min(1).describe('Every article that mentions the entity, oldest first.'),
    reports: z.array(EntityReport).min(1).describe("Each article's mentions, oldest article first."),
    evidence: Evidence.describe('Every mention of the entity, in report order.'),
  })
  .describe('A person, country, place, organisation or other named thing.');
export type Entity = z.infer<typeof Entity>;
