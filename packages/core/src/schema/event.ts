import { z } from 'zod';
import { RecordId } from './ids.js';
import { DateValue } from './date-value.js';
import { Evidence } from './evidence.js';
import { Factuality } from './factuality.js';

export const EventType = z
  .enum(['visit', 'meeting', 'summit', 'conference', 'forum', 'signing', 'award', 'proposal', 'cultural-programme', 'statement', 'talks', 'other'])
  .describe('Kind of event.');
export type EventType = z.infer<typeof EventType>;

export const Participant = z
  .object({
    entity: RecordId.describe('Entity taking part.'),
    role: z.string().min(1).describe('Its role in the event: visitor, host, attendee, signatory, speaker, awardee, organiser…'),
  })
  .describe('An entity that takes part in an event.');
export type Participant = z.infer<typeof Participant>;

export const Event = z
  .object({
    id: RecordId,
    type: EventType,
    title: z.string().min(1).describe('Short title.'),
    summary: z.string().min(1).describe('One or two sentences on what the article says of the event.'),
    cameo: z.string().regex(/^\d{2,4}$/).describe('CAMEO event code (GDELT): 042 make a visit, 043 host a visit, 057 sign formal agreement…'),
    date: DateValue.optional().describe('When it happened or is to happen, if the text places it in time.'),
    place: RecordId.optional().describe('Where it takes place.'),
    participants: z.array(Participant).describe('Who takes part, with roles.'),
    topics: z.array(z.string().min(1)).describe('Subjects discussed or covered, lower case.'),
    factuality: Factuality,
    cue: z.string().min(1).optional().describe('The words that signal the factuality ("will sign", "expected to", "will not attend").'),
    reportedBy: z.array(RecordId).describe('Who the article attributes the account to (a press service, an ambassador).'),
    partOf: RecordId.optional().describe('A larger event this is part of (a signing within a visit).'),
    source: RecordId.describe('The source that asserts the event; factuality is as of that source.'),
    evidence: Evidence,
  })
  .describe('Something that happened, is planned, expected, or said not to happen.');
export type Event = z.infer<typeof Event>;
