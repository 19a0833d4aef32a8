import { segmentSentences } from '@kztj/core/authoring';
import type { Gazetteer } from '../gazetteer.js';
import { spanOf, type TextSpan } from '../quote-ref.js';
import { extractAmounts, type AmountFinding } from './amounts.js';
import { extractDates, type ArticleDate, type DateFinding } from './dates.js';
import { extractEntities, type EntityFinding } from './entities.js';
import { extractAgreements, extractEvents, type AgreementFinding, type EventFinding } from './events.js';
import { groupEventMentions, type EventMentions } from './event-mentions.js';
import { extractQuotes, type QuoteFinding } from './quotes.js';
import { extractRoles, type RoleFinding } from './roles.js';

export interface Extraction {
  sentences: TextSpan[];
  entities: EntityFinding[];
  roles: RoleFinding[];
  dates: DateFinding[];
  amounts: AmountFinding[];
  quotes: QuoteFinding[];
  events: EventFinding[];
  /** The events the findings tell, each with every mention of it. */
  eventMentions: EventMentions[];
  agreements: AgreementFinding[];
}

/** Runs every extractor over the body of an article (offsets are into the whole text). */
export function extract(text: string, bodyStart: number, bodyEnd: number, articleDate: ArticleDate, gazetteer: Gazetteer): Extraction {
  const sentences = segmentSentences(text, bodyStart, bodyEnd).map((s) => spanOf(text, s.start, s.end));
  const dates = extractDates(text, bodyStart, bodyEnd, articleDate);
  const findings = extractEvents(text, sentences);
  // Mention-only findings belong to an event; only triggers of their own clause are events.
  const events = findings.filter((f) => !f.mentionOnly);
  const entities = extractEntities(text, bodyStart, bodyEnd, gazetteer);
  return {
    sentences,
    entities,
    roles: extractRoles(text, entities, gazetteer),
    dates,
    amounts: extractAmounts(text, bodyStart, bodyEnd, sentences, dates),
    quotes: extractQuotes(text, bodyStart, bodyEnd, sentences),
    events,
    eventMentions: groupEventMentions(findings),
    agreements: extractAgreements(text, events),
  };
}

export type { EventMentions };
export type { AmountFinding, ArticleDate, DateFinding, EntityFinding, EventFinding, AgreementFinding, QuoteFinding, RoleFinding };
