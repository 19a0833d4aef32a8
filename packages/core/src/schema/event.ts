import { z } from 'zod';
import { COLLECTION_MODEL } from '../model.js';
import { RecordId } from './ids.js';
import { DateValue } from './date-value.js';
import { Factuality } from './factuality.js';
import { basisFields, Link, withBasisRules } from './basis.js';
import { reportFields, reportedRecordFields } from './report.js';

export const EventType = z
  .enum(COLLECTION_MODEL.events.kinds.values)
  .describe('Kind of event.');
export type EventType = z.infer<typeof EventType>;

export const Participant = withBasisRules(
  z.object({
    entity: RecordId.describe('Entity taking part.'),
    role: z.string().min(1).describe('Its role in the event: visitor, host, attendee, signatory, speaker, awardee, organiser…'),
    ...basisFields,
  }),
).describe('An entity that takes part in an event, in a role; the basis covers both the taking part and the role.');
export type Participant = z.infer<typeof Participant>;

/** What one article says of an event. */
export const EventReport = z
  .object({
    ...reportFields,
    factuality: Factuality,
    cue: z.string().min(1).optional().describe('The words that signal the factuality ("will sign", "expected to", "will not attend").'),
    reportedBy: z.array(Link).describe('Who the article attributes the account to (a press service, an ambassador).'),
    date: DateValue.optional().describe('When it happened or is to happen, as this article places it.'),
    place: Link.optional().describe('Where it takes place, as this article says.'),
    participants: z.array(Participant).describe('Who takes part, with roles, as this article says.'),
    partOf: Link.optional().describe('A larger event this is part of, as this article says.'),
  })
  .describe("One article's report of an event: its factuality as of that article, and what it states.");
export type EventReport = z.infer<typeof EventReport>;

export const Event = z
  .object({
    id: RecordId,
    type: EventType,
    title: z.string().min(1).describe('Short title; says only what the reports support.'),
    summary: z.string().min(1).describe('One or two sentences on what the articles say of the event.'),
    cameo: z.string().regex(/^\d{2,4}$/).describe('CAMEO event code (GDELT): 042 make a visit, 043 host a visit, 057 sign formal agreement…'),
    topics: z.array(z.string().min(1)).describe('Subjects discussed or covered, lower case.'),
    factuality: Factuality.describe('Derived: the factuality of the latest report (disagreements lists the others).'),
    cue: z.string().min(1).optional().describe('Derived: the cue of the report the factuality comes from.'),
    date: DateValue.optional().describe('Derived: the date of the latest report that gives one.'),
    place: Link.optional().describe('Derived: the place of the latest report that gives one.'),
    participants: z.array(Participant).describe("Derived: every report's participants, one per entity and role (first report's basis)."),
    partOf: Link.optional().describe('Derived: the larger event of the latest report that gives one.'),
    reportedBy: z.array(Link).describe("Derived: every report's attributions, one per entity."),
    reports: z.array(EventReport).min(1).describe("Each article's report, oldest article first."),
    ...reportedRecordFields,
  })
  .describe("Something that happened, is planned, expected, or said not to happen, with each article's report of it.");
export type Event = z.infer<typeof Event>;
