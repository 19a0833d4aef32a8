import { findOccurrences, type AuthoredSourceFile, type QuoteRef } from '@kztj/core/authoring';
import type { z } from 'zod';
import { Document, isMap, type Node } from 'yaml';
import type { Gazetteer } from './gazetteer.js';
import { quoteRefAt, type TextSpan } from './quote-ref.js';
import type { DateFinding, Extraction } from './extract/index.js';

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

  // Who a sentence attributes its account to: "according to X", ", X said.", "reported the X".
  const attributedTo = (sentence: TextSpan): string[] => {
    const phrases = [
      /\baccording to\b[^,.;]*/giu,
      /,\s+[^,]*?\b(?:said|says|reported|reports|announced|noted)\b[^,]*?[.!]?$/giu,
      /\breported (?:by )?(?:the )?[^,.;]*/giu,
    ].flatMap((re) => [...sentence.text.matchAll(re)].map((m) => ({ start: sentence.start + (m.index ?? 0), end: sentence.start + (m.index ?? 0) + m[0].length, text: m[0] })));
    return [...new Set(phrases.flatMap((p) => entityAt.filter((e) => within(e.span, p) && e.type !== 'place').map((e) => e.id)))];
  };

  const usedDates = new Set<DateFinding>();
  const dateIn = (outer: TextSpan) => {
    const date = extraction.dates.find((d) => within(d, outer));
    if (!date) return undefined;
    const evidence = ref(date, `date ${date.edtf}`);
    if (!evidence) return undefined;
    usedDates.add(date);
    return { edtf: date.edtf, basis: date.basis, ...(date.reasoning ? { reasoning: date.reasoning } : {}), evidence: [evidence] };
  };

  // A first guess at roles from word order: who comes before "visited" is the visitor, before
  // "received"/"hosted" the host; signatories sign; everyone else takes part.
  const participantsOf = (event: Extraction['events'][number]) => {
    const before = (id: string) => entityAt.some((e) => e.id === id && within(e.span, event.sentence) && e.span.end <= event.trigger.start);
    return entitiesIn(event.sentence, ['person', 'country', 'organisation', 'group']).map((entity) => {
      let role = 'participant';
      if (event.type === 'signing') role = 'signatory';
      else if (event.type === 'visit' && event.cameo === '043') role = before(entity) ? 'host' : 'visitor';
      else if (event.type === 'visit') role = before(entity) ? 'visitor' : 'host';
      return { entity, role };
    });
  };

  const events: Section<'events'> = [];
  const eventIdBySentence = new Map<number, string>();
  for (const event of extraction.events) {
    const evidence = ref(event.sentence, `${event.type} event`);
    if (!evidence) continue;
    const id = newId(`${sourceId}-${event.type}-${events.length + 1}`);
    const place = entitiesIn(event.sentence, ['place'])[0];
    const date = dateIn(event.clause) ?? dateIn(event.sentence);
    events.push({
      id,
      type: event.type,
      title: shorten(`${event.type[0]?.toUpperCase()}${event.type.slice(1)}: ${event.clause.text}`, 90),
      summary: shorten(event.sentence.text, 400),
      cameo: event.cameo,
      ...(date ? { date } : {}),
      ...(place ? { place } : {}),
      participants: participantsOf(event),
      topics: [],
      factuality: event.factuality,
      ...(event.cue ? { cue: event.cue } : {}),
      reportedBy: attributedTo(event.sentence),
      evidence: [evidence],
    });
    if (event.type === 'signing') eventIdBySentence.set(event.sentence.start, id);
    comments.set(`event:${id}`, ` REVIEW ${event.type} (trigger "${event.trigger.text}"), factuality guessed ${event.factuality}${event.cue ? ` from "${event.cue}"` : ' from tense'}; set participant roles and topics.`);
  }

  const agreements: Section<'agreements'> = [];
  for (const agreement of extraction.agreements) {
    const evidence = ref(agreement, 'agreement');
    if (!evidence) continue;
    const id = newId(`${sourceId}-${slug(agreement.text, 40)}`);
    const validity = extraction.dates.find((d) => within(d, agreement) && d.edtf.includes('/'));
    const statusDate = dateIn(agreement.sentence);
    const signedAt = eventIdBySentence.get(agreement.sentence.start);
    agreements.push({
      id,
      type: agreement.type,
      title: shorten(agreement.text, 120),
      subject: shorten(agreement.text, 200),
      parties: linksIn(agreement.sentence, ['country', 'organisation', 'group'], agreement),
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

  const quotes: Section<'quotes'> = [];
  for (const quote of extraction.quotes) {
    const evidence = ref(quote.evidence, `${quote.kind} quote`);
    if (!evidence) continue;
    let speaker: string | undefined;
    let how = '';
    if (quote.speaker) {
      const speakerSpan = quote.speaker;
      speaker = entityAt.find((e) => e.span.start < speakerSpan.end && speakerSpan.start < e.span.end)?.id;
      if (!speaker && /^(?:he|she|they)$/iu.test(speakerSpan.text)) {
        // A pronoun: the nearest person named before it (a guess the comment flags).
        speaker = entityAt.filter((e) => e.type === 'person' && e.span.end <= speakerSpan.start).sort((a, b) => b.span.start - a.span.start)[0]?.id;
        how = ` speaker "${speakerSpan.text}" resolved to the nearest person named before it;`;
      }
    }
    if (!speaker) {
      notes.push(`quoted passage at ${quote.words.start} has no speaker the draft can name (${JSON.stringify(shorten(quote.words.text, 60))}); add a quote or claim by hand if it is one`);
      continue;
    }
    const id = newId(`${sourceId}-quote-${quotes.length + 1}`);
    // The speaker is stated by the words that name it; a pronoun's referent is a reading.
    const speakerSpan = quote.speaker;
    const speakerLink: DraftLink = how
      ? { id: speaker, basis: 'inferred', reasoning: `The words name the speaker only as "${speakerSpan?.text ?? ''}"; the draft takes the nearest person named before them.` }
      : speakerSpan && !within(speakerSpan, quote.evidence)
        ? (linkTo(speaker, { start: Math.min(speakerSpan.start, quote.evidence.start), end: Math.max(speakerSpan.end, quote.evidence.end), text: '' }, quote.evidence) ?? speaker)
        : speaker;
    quotes.push({ id, kind: quote.kind, text: quote.words.text, speaker: speakerLink, about: [], evidence: [evidence] });
    comments.set(`quote:${id}`, ` REVIEW ${quote.kind} quote;${how} check the speaker.`);
  }

  // A date no record took is still a fact of the article: a claim carries it for the reviewer.
  const claims: Section<'claims'> = [];
  for (const date of extraction.dates) {
    if (usedDates.has(date)) continue;
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
    events,
    agreements,
    figures,
    quotes,
    claims,
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
  const annotate = (collection: string, kind: string) => {
    const list = doc.get(collection, true);
    if (!list || typeof list !== 'object' || !('items' in list)) return;
    for (const item of (list as { items: Node[] }).items) {
      if (!isMap(item)) continue;
      const id = item.get('id');
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
  return doc.toString({ lineWidth: 0 });
}
