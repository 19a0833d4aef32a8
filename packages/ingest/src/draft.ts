import { edtfBounds, findOccurrences, resolveQuote, type AuthoredSourceFile, type QuoteRef } from '@kztj/core/authoring';
import type { z } from 'zod';
import { Document, isMap, type Node } from 'yaml';
import type { Gazetteer } from './gazetteer.js';
import { matchKnownAgreement, matchKnownEvent, type KnownRecords } from './known-records.js';
import { quoteRefAt, spanOf, type TextSpan } from './quote-ref.js';
import type { DateFinding, EventFinding, Extraction } from './extract/index.js';

// Drafts are written as authors write: the input form, where defaults (a link's basis) stay implicit.
type AuthoredFileInput = z.input<typeof AuthoredSourceFile>;
// Every section is written out (empty ones too), so a reviewer sees where each kind of record goes.
type AuthoredInput = Omit<Required<AuthoredFileInput>, 'status' | 'reports'> & { status: 'draft'; reports?: AuthoredFileInput['reports'] };
type Section<K extends keyof AuthoredInput> = NonNullable<AuthoredInput[K]>;

export interface SourceDate {
  edtf: string;
  basis: 'stated' | 'inferred';
  reasoning?: string;
  /** Where the text states it (the date line). */
  evidence?: TextSpan;
}

export interface DraftInput {
  text: string;
  seedName: string;
  sourceId: string;
  title: string;
  date: SourceDate;
  extraction: Extraction;
  gazetteer: Gazetteer;
  /** Events and agreements the knowledge base holds: a draft reports them instead of declaring them again. */
  knownRecords?: KnownRecords;
  /** Records to leave out, by id, with the reason (the build rejected them); each becomes a note. */
  drop?: ReadonlyMap<string, string>;
}

export interface Draft {
  source: AuthoredInput;
  yaml: string;
  /** Things a reviewer must decide that the draft could not hold (quotes with no speaker…). */
  notes: string[];
}

const slug = (value: string, max = 60) =>
  value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+/u, '')
    .slice(0, max)
    .replace(/-+$/u, '') || 'record';

const shorten = (value: string, max: number) => {
  const flat = value.replace(/\s+/gu, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
};

const within = (span: { start: number; end: number }, outer: { start: number; end: number }) => outer.start <= span.start && span.end <= outer.end;

/**
 * Turns extractor findings into a source file in the authoring format, status draft. Every
 * evidence quote is produced by quoteRefAt, so it resolves — exactly as the build resolves it —
 * to the span the extractor found; a finding whose words cannot be quoted that way is dropped
 * and noted rather than written with a span that does not match the text.
 */
export function buildDraft(input: DraftInput): Draft {
  const { text, extraction, gazetteer, sourceId } = input;
  const notes: string[] = [];
  const comments = new Map<string, string>();
  const taken = new Set(gazetteer.takenIds);
  const newId = (base: string) => {
    let id = base;
    for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
    taken.add(id);
    return id;
  };
  const ref = (span: TextSpan, what: string): QuoteRef | undefined => {
    const quote = quoteRefAt(text, span.start, span.end);
    if (quote === undefined) notes.push(`${what}: the words ${JSON.stringify(shorten(span.text, 60))} at ${span.start} cannot be quoted on word boundaries; left out`);
    return quote;
  };
  const refs = (spans: TextSpan[], what: string) => spans.map((s) => ref(s, what)).filter((q): q is QuoteRef => q !== undefined);

  // Entities: known ones keep their id; new ones get an id from their name.
  const entities: Section<'entities'> = [];
  const mentions: Record<string, QuoteRef[]> = {};
  const entityAt: Array<{ span: TextSpan; id: string; type: string }> = [];
  const idOf = new Map<object, string>();
  for (const finding of extraction.entities) {
    let id: string;
    let type: string;
    if (finding.known) {
      ({ id, type } = finding.known);
    } else if (finding.proposed) {
      id = newId(slug(finding.proposed.name));
      type = finding.proposed.type;
      const first = finding.mentions[0];
      entities.push({
        id,
        type: finding.proposed.type,
        name: finding.proposed.name,
        description: `Proposed by ingest from ${input.seedName}; say what it is.`,
      });
      comments.set(`entity:${id}`, ` REVIEW new ${type} (${finding.proposed.why}); first seen at ${first?.start ?? '?'}. Link it to an existing id instead if it is one.`);
    } else continue;
    // Every occurrence of a surface form is a mention: one `all: true` ref says so compactly.
    const bySurface = new Map<string, TextSpan[]>();
    for (const mention of finding.mentions) bySurface.set(mention.text, [...(bySurface.get(mention.text) ?? []), mention]);
    const quoted: QuoteRef[] = [];
    for (const [surface, spans] of bySurface) {
      const everywhere = findOccurrences(text, surface).every((start) => spans.some((s) => s.start === start));
      if (everywhere && spans.length > 1) quoted.push({ quote: surface, all: true });
      else quoted.push(...refs(spans, `mention of ${id}`));
    }
    if (quoted.length === 0) {
      entities.splice(entities.findIndex((e) => e.id === id), 1);
      continue;
    }
    mentions[id] = quoted;
    idOf.set(finding, id);
    for (const span of finding.mentions) entityAt.push({ span, id, type });
  }
  // In order of first mention, as a reader meets them.
  const entitiesIn = (outer: TextSpan, types: string[]) => [
    ...new Set(entityAt.filter((e) => within(e.span, outer) && types.includes(e.type)).sort((a, b) => a.span.start - b.span.start).map((e) => e.id)),
  ];

  type DraftLink = string | { id: string; evidence: QuoteRef[] } | { id: string; basis: 'inferred'; reasoning: string };
  /**
   * Links to the entities named in `sentence`. A link is stated by the words that name the entity:
   * where they lie outside the record's own evidence (a figure's number, an agreement's title) the
   * draft quotes them, so the build can check the link against the text.
   */
  const linkTo = (id: string, sentence: TextSpan, evidence: TextSpan): DraftLink | undefined => {
    if (entityAt.some((e) => e.id === id && within(e.span, evidence))) return id;
    const named = entityAt.filter((e) => e.id === id && within(e.span, sentence)).sort((a, b) => a.span.start - b.span.start)[0];
    const quote = named && ref(named.span, `mention of ${id}`);
    return quote ? { id, evidence: [quote] } : undefined;
  };
  const linksIn = (sentence: TextSpan, types: string[], evidence: TextSpan): DraftLink[] =>
    entitiesIn(sentence, types).flatMap((id) => linkTo(id, sentence, evidence) ?? []);
  /** A link for a record quoted by several spans: plain where one of them names it, else quoting where `scopes` do. */
  const linkIn = (id: string, evidence: readonly TextSpan[], scopes: readonly TextSpan[]): DraftLink | undefined => {
    if (evidence.some((s) => entityAt.some((e) => e.id === id && within(e.span, s)))) return id;
    for (const scope of scopes) {
      const link = linkTo(id, scope, { start: -1, end: -1, text: '' });
      if (link) return link;
    }
    return undefined;
  };

  const roles: Section<'roles'> = [];
  for (const role of extraction.roles) {
    const entity = idOf.get(role.person);
    // A country named only by its demonym may not be mentioned: its registry id is still valid.
    const of = role.of && (idOf.get(role.of) ?? role.of.known?.id);
    const evidence = ref(role.evidence, `role of ${entity ?? '?'}`);
    if (!entity || !evidence) continue;
    // The build accepts a stated `of` only when the country is mentioned inside the role's words;
    // otherwise the draft says it is a reading, for the reviewer to confirm.
    const ofMentioned = of !== undefined && entityAt.some((e) => e.id === of && within(e.span, role.evidence));
    const ofLink = of === undefined ? {} : ofMentioned ? { of } : { of: { id: of, basis: 'inferred' as const, reasoning: `The words "${role.evidence.text}" do not name the country as such; the draft reads it from the adjective or the context.` } };
    roles.push({ entity, title: role.title, ...ofLink, basis: 'stated', evidence: [evidence] });
  }

  // Who a sentence attributes its account to: "according to X", ", X said.", "reported the X",
  // "X learnt from Y" (both), ", the X press service reports." The phrases' entities are sources,
  // never participants or parties.
  const attributionSpans = (sentence: TextSpan): TextSpan[] =>
    [
      /\baccording to\b[^,.;]*/giu,
      /,\s+[^,]*?\b(?:said|says|reported|reports|announced|noted|added|told [\p{L}-]+(?: [\p{L}-]+)?)(?:\s+(?:on|in|at|last|this)\s+[\p{L}\d ]+)?(?:\s+on condition of anonymity)?\s*[.!]?$/giu,
      /\breported (?:by )?(?:the )?[^,.;]*/giu,
      /(?:^|,\s+)[^,.;]*?\b(?:learnt|learned)\s+from\b[^,.;]*/giu,
    ].flatMap((re) => [...sentence.text.matchAll(re)].map((m) => spanOf(text, sentence.start + (m.index ?? 0), sentence.start + (m.index ?? 0) + m[0].length)));
  const attributedTo = (sentence: TextSpan): string[] => {
    const phrases = attributionSpans(sentence);
    return [...new Set(phrases.flatMap((p) => entityAt.filter((e) => within(e.span, p) && e.type !== 'place').sort((a, b) => a.span.start - b.span.start).map((e) => e.id)))];
  };

  const usedDates = new Set<DateFinding>();
  // "DUSHANBE, February 14 (Asia-Plus) —", "ASTANA. October 17.": the dateline's date is the
  // story's, not an event's; "since 2023" starts a span, it does not date what follows.
  const isDateline = (d: DateFinding) => /^\s*\p{Lu}{3,}[\p{Lu}\s-]*[.,]\s*$/u.test(text.slice(text.lastIndexOf('\n', d.start) + 1, d.start));
  const isSince = (d: DateFinding) => /\bsince\s+(?:the\s+\p{L}+\s+of\s+)?$/iu.test(text.slice(Math.max(0, d.start - 24), d.start));
  const eventDateIn = (outer: TextSpan) => dateIn(outer, (d) => !isDateline(d) && !isSince(d));
  const dateIn = (outer: TextSpan, accept: (d: DateFinding) => boolean = () => true) => {
    const date = extraction.dates.find((d) => within(d, outer) && accept(d));
    if (!date) return undefined;
    const evidence = ref(date, `date ${date.edtf}`);
    if (!evidence) return undefined;
    usedDates.add(date);
    return { edtf: date.edtf, basis: date.basis, ...(date.reasoning ? { reasoning: date.reasoning } : {}), evidence: [evidence] };
  };

  // Spans that name a source or qualify an office, never a participant: "learnt from the press
  // service of the Government of Kazakhstan", "Kazakhstan" in "Prime Minister of Kazakhstan".
  const notParticipants = (scope: TextSpan): TextSpan[] => [
    ...attributionSpans(scope),
    // "(Asia-Plus)": the outlet in a dateline; "Tajik" in "The Tajik President": a description of a person.
    ...[...scope.text.matchAll(/\([^)]{1,40}\)/gu)].map((m) => spanOf(text, scope.start + (m.index ?? 0), scope.start + (m.index ?? 0) + m[0].length)),
    ...entityAt
      .filter((e) => e.type === 'country' && within(e.span, scope) && /^\s+(?:President|president|leader|Leader|Prime Minister|Foreign Minister|minister|Minister|delegation)\b/u.test(text.slice(e.span.end, e.span.end + 16)) && !/^\p{Lu}\p{L}+stan$/u.test(e.span.text))
      .map((e) => e.span),
    ...extraction.roles.filter((r) => within(r.evidence, scope) && r.of).flatMap((r) => (r.of?.mentions ?? []).filter((m) => within(m, r.evidence))),
  ];
  // Events a sentence tells: where there are several, each takes its participants from its clause.
  const eventsInSentence = new Map<number, number>();
  for (const group of extraction.eventMentions) for (const start of new Set(group.mentions.map((m) => m.sentence.start))) eventsInSentence.set(start, (eventsInSentence.get(start) ?? 0) + 1);

  // A first guess at roles from word order: who comes before "visited" is the visitor, before
  // "received"/"hosted" the host; signatories sign; everyone else takes part. An organisation
  // after "visited" is a place seen, not a participant ("visited the campus of the University").
  const participantsOf = (first: EventFinding, mention: EventFinding) => {
    const scope = (eventsInSentence.get(mention.sentence.start) ?? 0) > 1 ? mention.clause : mention.sentence;
    const excluded = notParticipants(mention.sentence);
    const spans = entityAt.filter((e) => within(e.span, scope) && ['person', 'country', 'organisation', 'group'].includes(e.type) && !excluded.some((x) => within(e.span, x)));
    const before = (id: string) => spans.some((e) => e.id === id && e.span.end <= mention.trigger.start);
    return [...new Set(spans.sort((a, b) => a.span.start - b.span.start).map((e) => e.id))].flatMap((entity) => {
      const type = entityAt.find((e) => e.id === entity)?.type;
      if (first.type === 'visit' && type === 'organisation' && !before(entity)) return [];
      let role = 'participant';
      if (first.type === 'signing') role = 'signatory';
      else if (first.type === 'visit' && first.cameo === '043') role = before(entity) ? 'host' : 'visitor';
      else if (first.type === 'visit') role = before(entity) ? 'visitor' : 'host';
      return [{ entity, role, scope }];
    });
  };
  // A place is where something is held: "in Astana", "at the Palace of Nations"; else the first place named.
  const placeIn = (scope: TextSpan): string | undefined => {
    const places = entityAt.filter((e) => within(e.span, scope) && e.type === 'place').sort((a, b) => a.span.start - b.span.start);
    // "in Astana" names the city; "at the Akorda palace" a venue inside it: the city comes first.
    const after = (words: RegExp) => places.find((e) => words.test(text.slice(Math.max(scope.start, e.span.start - 12), e.span.start)));
    return (after(/\bin\s+(?:the\s+)?$/iu) ?? after(/\bat\s+(?:the\s+)?$/iu) ?? places[0])?.id;
  };

  const events: Section<'events'> = [];
  const reports: NonNullable<AuthoredInput['reports']> = [];
  const eventIdBySentence = new Map<number, string>();
  const told: Array<{ group: (typeof extraction.eventMentions)[number]; date?: ReturnType<typeof dateIn>; placeId?: string }> = [];
  for (const group of extraction.eventMentions) {
    const { first, mentions } = group;
    // The first mention is quoted as its sentence; later ones as their clause, or as the words
    // that refer back ("the forum") where the clause tells another event.
    const spans = mentions.map((m, i) => (i === 0 ? m.sentence : m.mentionOnly ? m.phrase : m.clause));
    const evidence = refs(spans.filter((s, i) => !spans.slice(0, i).some((p) => within(s, p))), `${first.type} event`);
    if (evidence.length === 0) continue;
    const own = mentions.filter((m) => !m.mentionOnly);
    // "During the visit, the presidents signed …": an event told inside another takes its date and place.
    const host = told.find((t) => t.group !== group && t.group.mentions.some((m) => (m.mentionOnly || m.anaphoric) && within(m.phrase, first.clause)));
    const inherited = host?.date && { ...host.date, basis: 'inferred' as const, reasoning: `Told as part of the ${host.group.first.type} ("${host.group.mentions.find((m) => within(m.phrase, first.clause))?.phrase.text}"): its date.` };
    const date = eventDateIn(first.clause) ?? eventDateIn(first.sentence) ?? own.slice(1).reduce<ReturnType<typeof dateIn>>((found, m) => found ?? eventDateIn(m.clause), undefined) ?? inherited;
    const placeId = placeIn(first.clause) ?? placeIn(first.sentence) ?? own.slice(1).reduce<string | undefined>((found, m) => found ?? placeIn(m.clause), undefined) ?? host?.placeId;
    const scopes = mentions.flatMap((m) => [m.clause, m.sentence]);
    const placeLink = placeId ? linkIn(placeId, spans, scopes) : undefined;
    const seen = new Set<string>();
    const participants = mentions.flatMap((m) =>
      participantsOf(first, m).flatMap(({ entity, role, scope }) => {
        if (seen.has(entity)) return [];
        seen.add(entity);
        const link = linkIn(entity, spans, [scope]);
        if (link === undefined) return [];
        return [{ entity, role, ...(typeof link === 'object' && 'evidence' in link ? { evidence: link.evidence } : {}) }];
      }),
    );
    const reportedBy = [...new Set(mentions.flatMap((m) => attributedTo(m.sentence)))].flatMap((id) => linkIn(id, spans, mentions.map((m) => m.sentence)) ?? []);
    told.push({ group, ...(date ? { date } : {}), ...(placeId ? { placeId } : {}) });
    const how = `${mentions.length > 1 ? ` ${mentions.length} mentions in this article are one event;` : ''}${host ? ` told as part of the ${host.group.first.type} ("${host.group.first.clause.text.slice(0, 40)}…");` : ''}`;
    const people = participants.filter((p) => entityAt.find((e) => e.id === p.entity)?.type === 'person').map((p) => p.entity);
    const bounds = (() => {
      if (!date) return undefined;
      try {
        const { earliest, latest } = edtfBounds(date.edtf);
        return { earliest, latest };
      } catch {
        return undefined;
      }
    })();
    const known = input.knownRecords ? matchKnownEvent({ type: first.type, ...(bounds ? { bounds } : {}), ...(placeId ? { place: placeId } : {}), participants: participants.map((p) => p.entity), people }, input.knownRecords.events) : undefined;
    const report = {
      factuality: first.factuality,
      ...(first.cue ? { cue: first.cue } : {}),
      reportedBy,
      ...(date ? { date } : {}),
      ...(placeLink ? { place: placeLink } : {}),
      participants,
      evidence,
    };
    if (known) {
      // Two events of this article that match one known event are one report of it.
      const already = reports.find((r) => r.record === known.event.id) as (typeof report & { record: string }) | undefined;
      if (already) {
        already.evidence = [...already.evidence, ...evidence.filter((q) => !already.evidence.some((e) => JSON.stringify(e) === JSON.stringify(q)))];
        already.participants = [...already.participants, ...participants.filter((p) => !already.participants.some((a) => a.entity === p.entity))];
        already.reportedBy = [...already.reportedBy, ...reportedBy.filter((r) => !already.reportedBy.some((a) => JSON.stringify(a) === JSON.stringify(r)))];
        continue;
      }
      reports.push({ record: known.event.id, ...report });
      comments.set(`report:${known.event.id}`, ` REVIEW this article's report of ${known.event.id} ("${known.event.title}"): ${known.reason}.${how} If it is another event, move it to events: as a new record.`);
      if (first.type === 'signing') eventIdBySentence.set(first.sentence.start, known.event.id);
      continue;
    }
    const id = newId(`${sourceId}-${first.type}-${events.length + 1}`);
    events.push({
      id,
      type: first.type,
      title: shorten(`${first.type[0]?.toUpperCase()}${first.type.slice(1)}: ${first.clause.text}`, 90),
      summary: shorten(first.sentence.text, 400),
      cameo: first.cameo,
      topics: [],
      ...report,
    });
    if (first.type === 'signing') eventIdBySentence.set(first.sentence.start, id);
    comments.set(`event:${id}`, ` REVIEW ${first.type} (trigger "${first.trigger.text}"), factuality guessed ${first.factuality}${first.cue ? ` from "${first.cue}"` : ' from tense'};${how} set participant roles and topics.`);
  }

  const agreements: Section<'agreements'> = [];
  for (const agreement of extraction.agreements) {
    const evidence = ref(agreement, 'agreement');
    if (!evidence) continue;
    const id = newId(`${sourceId}-${slug(agreement.text, 40)}`);
    const validity = extraction.dates.find((d) => within(d, agreement) && d.edtf.includes('/'));
    const statusDate = dateIn(agreement.sentence);
    const signedAt = eventIdBySentence.get(agreement.sentence.start);
    const excluded = notParticipants(agreement.sentence);
    const parties = entitiesIn(agreement.sentence, ['country', 'organisation', 'group'])
      .filter((party) => !entityAt.some((e) => e.id === party && within(e.span, agreement.sentence) && excluded.some((x) => within(e.span, x))))
      .flatMap((party) => linkTo(party, agreement.sentence, agreement) ?? []);
    const known = input.knownRecords && matchKnownAgreement(agreement.text, input.knownRecords.agreements);
    if (known) {
      reports.push({
        record: known.id,
        status: agreement.status,
        parties,
        ...(statusDate ? { statusDate } : {}),
        ...(signedAt ? { signedAt } : {}),
        evidence: [evidence],
      });
      comments.set(`report:${known.id}`, ` REVIEW this article's report of ${known.id} ("${known.title}"): the same title. If it is another document, move it to agreements: as a new record.`);
      continue;
    }
    agreements.push({
      id,
      type: agreement.type,
      title: shorten(agreement.text, 120),
      subject: shorten(agreement.text, 200),
      parties,
      ...(validity ? { validity: { edtf: validity.edtf, basis: validity.basis, evidence: [quoteRefAt(text, validity.start, validity.end) ?? validity.text] } } : {}),
      status: agreement.status,
      ...(statusDate ? { statusDate } : {}),
      ...(signedAt ? { signedAt } : {}),
      related: [],
      evidence: [evidence],
    });
    if (validity) usedDates.add(validity);
    comments.set(`agreement:${id}`, ` REVIEW ${agreement.type}, status ${agreement.status}; check the parties and write the subject.`);
  }

  const figures: Section<'figures'> = [];
  for (const amount of extraction.amounts) {
    if (amount.notFigure) continue;
    const evidence = ref(amount, 'figure');
    if (!evidence) continue;
    const sentence = extraction.sentences.find((s) => within(amount, s));
    const sentenceDates = sentence ? extraction.dates.filter((d) => within(d, sentence)) : [];
    // A count rarely has a period of its own ("the two countries … next week").
    const period = sentenceDates.length === 1 && sentence && amount.unit !== 'count' && amount.unit !== 'ordinal' ? dateIn(sentence) : undefined;
    const id = newId(`${sourceId}-figure-${figures.length + 1}`);
    const attributed = sentence ? attributedTo(sentence)[0] : undefined;
    const statedBy = attributed && sentence ? linkTo(attributed, sentence, amount) : undefined;
    figures.push({
      id,
      measure: amount.measure,
      amount: amount.amount,
      ...(amount.amountMax === undefined ? {} : { amountMax: amount.amountMax }),
      approximate: amount.approximate,
      unit: amount.unit,
      kind: amount.kind,
      ...(period ? { period } : {}),
      subjects: sentence ? linksIn(sentence, ['country', 'organisation', 'group'], amount) : [],
      ...(statedBy ? { statedBy } : {}),
      evidence: [evidence],
    });
    comments.set(`figure:${id}`, ` REVIEW ${amount.unit} ${amount.kind}: check what "${amount.text}" measures.`);
  }

  // Who a quote's speaker words name. A name links as it is; "he"/"she" is the speaker just
  // quoted (a quote follows its speaker's earlier words) or else the nearest person before; a
  // description ("the Head of State", "the minister", "the Tajik President") is the person whose
  // office in this article fits it — the Head of State being the president of the dateline's
  // country when the registry knows where the dateline is.
  const titlesOf = new Map<string, string[]>();
  for (const role of roles) titlesOf.set(role.entity, [...(titlesOf.get(role.entity) ?? []), role.title]);
  const datelineCountry = (() => {
    const first = entityAt.filter((e) => e.type === 'place').sort((a, b) => a.span.start - b.span.start)[0];
    if (!first || !/^\s*$/u.test(text.slice(text.lastIndexOf('\n', first.span.start) + 1, first.span.start)) || first.span.text !== first.span.text.toUpperCase()) return undefined;
    const partOf = gazetteer.entities.get(first.id)?.partOf;
    return partOf ? gazetteer.entities.get(partOf)?.name : undefined;
  })();
  const personsBefore = (at: number) => entityAt.filter((e) => e.type === 'person' && e.span.end <= at).sort((a, b) => b.span.start - a.span.start);
  const holds = (id: string, office: string, country?: string) =>
    (titlesOf.get(id) ?? []).some((t) => t.toLowerCase().includes(office.toLowerCase()) && (country === undefined || t.includes(country)));
  let lastSpeaker: { id: string; at: number } | undefined;
  const resolveSpeaker = (span: TextSpan): { id: string; type: string; how?: string } | undefined => {
    const named = entityAt.find((e) => e.span.start < span.end && span.start < e.span.end && (e.type === 'person' || e.type === 'group' || e.type === 'organisation'));
    if (named) return { id: named.id, type: named.type };
    if (/^(?:he|she|they)$/iu.test(span.text)) {
      const sentenceStart = extraction.sentences.filter((s) => s.end <= span.start).at(-1)?.start ?? 0;
      if (lastSpeaker && lastSpeaker.at >= sentenceStart) return { id: lastSpeaker.id, type: 'person', how: `"${span.text}" read as the speaker quoted just before` };
      const near = personsBefore(span.start)[0];
      return near ? { id: near.id, type: 'person', how: `"${span.text}" read as the nearest person named before it` } : undefined;
    }
    const description = /^(?:(\p{Lu}\p{L}+)\s+)?((?:[\p{L}]+\s+)?(?:Head of State|President|president|Minister|minister|leader|Leader|diplomat|Ambassador|ambassador|envoy|Chairman|chairman))$/u.exec(span.text.replace(/^the\s+/iu, ''));
    if (!description?.[2]) return undefined;
    const office = /head of state|leader/iu.test(description[2]) ? 'President' : (description[2].split(/\s+/u).pop() ?? description[2]);
    const demonym = description[1] ? [...gazetteer.entities.values()].find((c) => c.type === 'country' && description[1] && c.name.startsWith(description[1]))?.name : /head of state/iu.test(description[2]) ? datelineCountry : undefined;
    const before = personsBefore(span.start);
    const fit =
      (demonym ? before.find((p) => holds(p.id, office, demonym)) ?? entityAt.find((p) => p.type === 'person' && holds(p.id, office, demonym)) : undefined) ??
      (lastSpeaker && holds(lastSpeaker.id, office) ? entityAt.find((p) => p.id === lastSpeaker?.id) : undefined) ??
      before.find((p) => holds(p.id, office)) ??
      before[0];
    return fit ? { id: fit.id, type: 'person', how: `"${span.text}" read as ${fit.id}, the ${office.toLowerCase()}${demonym ? ` of ${demonym}` : ''} this article names` } : undefined;
  };

  const quotes: Section<'quotes'> = [];
  for (const quote of extraction.quotes) {
    const evidence = ref(quote.evidence, `${quote.kind} quote`);
    if (!evidence) continue;
    const resolved = quote.speaker ? resolveSpeaker(quote.speaker) : undefined;
    // An institution's "…, the press service said." attributes a fact (reportedBy), it is not speech.
    if (resolved?.type === 'organisation' && quote.kind === 'indirect') continue;
    if (!resolved) {
      notes.push(`quoted passage at ${quote.words.start} has no speaker the draft can name (${JSON.stringify(shorten(quote.words.text, 60))}); add a quote or claim by hand if it is one`);
      continue;
    }
    const speaker = resolved.id;
    lastSpeaker = { id: speaker, at: quote.evidence.start };
    const id = newId(`${sourceId}-quote-${quotes.length + 1}`);
    // The speaker is stated by the words that name it; a pronoun's or description's referent is a reading.
    const speakerSpan = quote.speaker;
    const speakerLink: DraftLink = resolved.how
      ? { id: speaker, basis: 'inferred', reasoning: `The words name the speaker only as "${speakerSpan?.text ?? ''}": ${resolved.how}.` }
      : speakerSpan && !within(speakerSpan, quote.evidence)
        ? (linkTo(speaker, { start: Math.min(speakerSpan.start, quote.evidence.start), end: Math.max(speakerSpan.end, quote.evidence.end), text: '' }, quote.evidence) ?? speaker)
        : speaker;
    quotes.push({ id, kind: quote.kind, text: quote.words.text, speaker: speakerLink, about: [], evidence: [evidence] });
    comments.set(`quote:${id}`, ` REVIEW ${quote.kind} quote;${resolved.how ? ` ${resolved.how};` : ''} check the speaker.`);
  }

  // A date no record took is still a fact of the article: a claim carries it for the reviewer.
  const claims: Section<'claims'> = [];
  // Not for the dateline's date (the story's own), nor in a sentence an event or quote already
  // quotes: the reviewer sees the date there, and a claim would only repeat the sentence.
  const quotedSpans = [...events, ...quotes].flatMap((r) => r.evidence).flatMap((q) => {
    const resolved = resolveQuote(text, sourceId, q);
    return resolved.ok ? resolved.spans : [];
  });
  for (const date of extraction.dates) {
    if (usedDates.has(date) || isDateline(date)) continue;
    if (quotedSpans.some((q) => q.start <= date.start && date.end <= q.end)) continue;
    const sentence = extraction.sentences.find((s) => within(date, s));
    if (!sentence || claims.some((c) => c.evidence[0] === quoteRefAt(text, sentence.start, sentence.end))) continue;
    const evidence = ref(sentence, 'claim');
    const dateEvidence = ref(date, `date ${date.edtf}`);
    if (!evidence || !dateEvidence) continue;
    usedDates.add(date);
    const id = newId(`${sourceId}-claim-${claims.length + 1}`);
    claims.push({
      id,
      kind: 'fact',
      statement: shorten(sentence.text, 400),
      holders: [],
      about: entitiesIn(sentence, ['person', 'country', 'place', 'organisation', 'group']),
      date: { edtf: date.edtf, basis: date.basis, ...(date.reasoning ? { reasoning: date.reasoning } : {}), evidence: [dateEvidence] },
      evidence: [evidence],
    });
    comments.set(`claim:${id}`, ` REVIEW a sentence with the date "${date.text}" that no event or figure took: keep as a claim, or move the date.`);
  }

  // Records the build rejected are left out, each with a note, so the rest of the draft stands.
  const drop = input.drop ?? new Map<string, string>();
  const keep = <T extends { id: string }>(list: T[], what: string): T[] =>
    list.filter((record) => {
      const reason = drop.get(record.id);
      if (reason !== undefined) notes.push(`${what} ${record.id} left out: the build rejects it (${reason}); add it by hand if it is one`);
      return reason === undefined;
    });
  const dateEvidence = input.date.evidence ? ref(input.date.evidence, 'source date') : undefined;
  const source: AuthoredInput = {
    id: sourceId,
    file: input.seedName,
    title: input.title,
    status: 'draft',
    date: {
      edtf: input.date.edtf,
      basis: input.date.basis,
      ...(input.date.reasoning ? { reasoning: input.date.reasoning } : {}),
      evidence: dateEvidence ? [dateEvidence] : [],
    },
    entities,
    mentions,
    roles,
    events: keep(events, 'event'),
    agreements: keep(agreements, 'agreement'),
    figures: keep(figures, 'figure'),
    quotes: keep(quotes, 'quote'),
    claims: keep(claims, 'claim'),
    ...(reports.length ? { reports } : {}),
    uncited: [],
    uncitedTerms: [],
  };
  return { source, yaml: toYaml(source, comments, notes), notes };
}

function toYaml(source: AuthoredInput, comments: Map<string, string>, notes: string[]): string {
  const doc = new Document(source);
  doc.commentBefore = [
    ` DRAFT written by kztj ingest from seeds/${source.file}.`,
    ' Every record below is a machine guess: check it against the text, fix or delete it,',
    ' add what is missing (roles, claims, uncited sentences with reasons), then set status: reviewed.',
    ' Evidence quotes were resolved against the seed exactly as the build resolves them.',
    ...notes.map((note) => ` NOTE: ${note}`),
  ].join('\n');
  const annotate = (collection: string, kind: string, key = 'id') => {
    const list = doc.get(collection, true);
    if (!list || typeof list !== 'object' || !('items' in list)) return;
    for (const item of (list as { items: Node[] }).items) {
      if (!isMap(item)) continue;
      const id = item.get(key);
      const comment = typeof id === 'string' ? comments.get(`${kind}:${id}`) : undefined;
      if (comment) item.commentBefore = comment;
    }
  };
  // Occurrence refs read best on one line: { quote: Astana, occurrence: 2 }.
  const mentions = doc.get('mentions', true);
  if (isMap(mentions)) {
    for (const pair of mentions.items) {
      const list = pair.value;
      if (list && typeof list === 'object' && 'items' in list) for (const item of (list as { items: Node[] }).items) if (isMap(item)) item.flow = true;
    }
  }
  annotate('entities', 'entity');
  annotate('events', 'event');
  annotate('agreements', 'agreement');
  annotate('figures', 'figure');
  annotate('quotes', 'quote');
  annotate('claims', 'claim');
  annotate('reports', 'report', 'record');
  return doc.toString({ lineWidth: 0 });
}
