// Checks on the published dataset for the defects the independent audit found (issue 9 §4), so
// they cannot come back unnoticed.
import { describe, expect, it } from 'vitest';
import { dataset } from './dataset.js';
import { formatDate } from './format.js';

const source2018 = dataset.sources.find((s) => s.file.startsWith('000_'))!;
const source2023 = dataset.sources.find((s) => s.file.startsWith('001_'))!;
const event = (id: string) => {
  const found = dataset.events.find((e) => e.id === id);
  if (!found) throw new Error(`no event ${id}`);
  return found;
};
const ids = () => new Set(Object.values(dataset).flatMap((v) => (Array.isArray(v) ? v.map((r) => (r as { id?: string }).id) : [])));
const spanKey = (s: { source: string; start: number; end: number }) => `${s.source}:${s.start}-${s.end}`;

describe('one record per act (audit items 2, 3, 10)', () => {
  it('retires the removed duplicates and never reuses their ids', () => {
    const retired = [
      'event-2017-kazakhstan-proposes-central-asian-summit',
      'event-2018-rahmon-departs-for-astana',
    ];
    const all = ids();
    for (const id of retired) {
      expect(dataset.retiredIds, id).toContain(id);
      expect(all.has(id), id).toBe(false);
    }
  });

  it('has one record for the summit proposal Abdrakhmanov voiced, dated as the text states', () => {
    const proposals = dataset.events.filter((e) => e.evidence.some((s) => s.exact.includes('voiced the proposal')));
    expect(proposals.map((e) => e.id)).toEqual(['event-2017-abdrakhmanov-speech-samarqand']);
    expect(proposals[0]!.date).toMatchObject({ edtf: '2017-10-11', basis: 'stated' });
    expect(proposals[0]!.evidence.map((s) => s.exact).join(' ')).toContain('Kazakhstan proposed hosting');
  });

  it('has one record for Rahmon\'s 2018 departure on the official visit, and gives no departure the destination as place', () => {
    const departures = dataset.events.filter((e) => e.sources.includes(source2018.id) && e.evidence.some((s) => s.exact.includes('departed for')));
    expect(departures.map((e) => e.id)).toEqual(['event-2018-rahmon-official-visit-to-kazakhstan']);
    expect(departures[0]!.type).toBe('visit');
  });
});

describe('dates no more precise than the text (audit items 6, 7)', () => {
  it('dates the 2018 article as one unknown day before 15 March 2018, not a period', () => {
    expect(source2018.date).toMatchObject({ edtf: '[2018-01-01..2018-03-14]', precision: 'one-of', earliest: '2018-01-01', latest: '2018-03-14', basis: 'inferred' });
    expect(formatDate(source2018.date)).toBe('a day in 2018 before 15 March, inferred');
  });

  it('gives records dated "today" in the 2018 article the article\'s own date', () => {
    const today = [
      event('event-2018-rahmon-official-visit-to-kazakhstan').date,
      dataset.agreements.find((a) => a.id === 'agreement-2018-legal-foundation')!.statusDate,
      dataset.figures.find((f) => f.id === 'figure-2018-legal-foundation-documents')!.period,
    ];
    for (const date of today) expect(date).toMatchObject({ edtf: source2018.date.edtf, precision: 'one-of' });
  });
});

describe('periods that contain a stated day are not that day (audit item 6)', () => {
  it.each([
    ['event-2023-rahmon-state-visit-to-kazakhstan', '2023-05-04'],
    ['event-2017-astana-club-third-session', '2017-11-13'],
  ])('%s contains %s but is not dated to it', (id, day) => {
    const date = event(id).date!;
    expect(date.basis).toBe('inferred');
    expect(date.earliest <= day && day <= date.latest).toBe(true);
    expect(date.earliest === day && date.latest === day).toBe(false);
    expect(date.reasoning).toMatch(/neither its first nor its last day/);
  });

  it('keeps the dated parts on their stated day', () => {
    expect(event('event-2023-tokayev-rahmon-meeting').date).toMatchObject({ edtf: '2023-05-04', precision: 'day' });
    expect(event('event-2017-nazarbayev-calls-for-central-asian-integration').date).toMatchObject({ edtf: '2017-11-13', precision: 'day' });
  });
});

describe('descriptions say only what the articles support (audit item 8)', () => {
  const texts = () => [
    ...dataset.sources.map((s) => s.title),
    ...dataset.entities.flatMap((e) => [e.name, e.description]),
    ...dataset.events.flatMap((e) => [e.title, e.summary, ...e.topics]),
    ...dataset.agreements.flatMap((a) => [a.title, a.subject]),
    ...dataset.figures.map((f) => f.measure),
    ...dataset.claims.map((c) => c.statement),
  ];

  it.each([
    [/Turkmenistan's capital|by its capital/, 'Ashgabat is never called a capital'],
    [/Commonwealth of Independent States/, 'the article only says "CIS"'],
    [/Samarkand/, 'the article spells it Samarqand'],
    [/improving/, 'the article says "recent developments"'],
    [/Kazakh–Tajik business forum/, 'the article says "a May 3 business forum"'],
    [/[Cc]ommercial contracts between/, 'the article says "companies signed contracts"'],
    [/think tanks/, 'the article names two institutes, not "think tanks"'],
    [/summit initiative/, 'the article says "Nazarbayev\'s initiative"'],
    [/Shanghai Cooperation Organisation/, 'the article spells it Organization'],
  ])('nothing says %s (%s)', (pattern) => {
    expect(texts().filter((t) => pattern.test(t))).toEqual([]);
  });

  it('does not place the 2006 summit in a named city or give it a host', () => {
    const summit = event('event-2006-informal-central-asian-summit');
    expect(summit.title).not.toMatch(/Astana/);
    expect(summit.participants.filter((p) => /host/.test(p.role))).toEqual([]);
  });
});

describe('the "nearly a decade" figure (audit item 9)', () => {
  it('says what the article says and notes the tension with the 2006 summit the data holds', () => {
    const figure = dataset.figures.find((f) => f.id === 'figure-2018-years-since-last-central-asian-summit')!;
    expect(figure).toMatchObject({ amount: 10, approximate: true, unit: 'years' });
    expect(figure.measure).not.toMatch(/previous summit/);
    expect(figure.measure).toMatch(/nearly a decade/);
    expect(figure.measure).toMatch(/September 2, 2006/);
    expect(event('event-2006-informal-central-asian-summit').date!.edtf).toBe('2006-09-02');
  });
});

describe('facts recorded once, with the right kind (audit item 10)', () => {
  it('records the 30th anniversary and the Uzbekistan border clause once each', () => {
    const citing = (words: string) =>
      [...dataset.events, ...dataset.claims].filter((r) => r.evidence.some((s) => s.exact.includes(words))).map((r) => r.id);
    expect(citing('mark the 30th anniversary')).toEqual(['claim-2023-diplomatic-relations-30th-anniversary']);
    expect(citing('it borders all four other Central Asian states')).toEqual(['claim-2018-uzbekistan-vehicle-for-regional-cooperation']);
    for (const id of ['event-2023-diplomatic-relations-30th-anniversary', 'claim-uzbekistan-borders']) expect(dataset.retiredIds).toContain(id);
  });

  it('calls a view held by someone an opinion or intention, and keeps fact, assessment and description for the article\'s own voice', () => {
    for (const claim of dataset.claims) {
      if (claim.holders.length > 0) expect(['opinion', 'intention'], claim.id).toContain(claim.kind);
      else expect(['fact', 'assessment', 'description'], claim.id).toContain(claim.kind);
    }
  });

  it('keeps the hedge "reportedly" in the text and evidence of Nazarbayev\'s reported words', () => {
    const quote = dataset.quotes.find((q) => q.id === 'quote-2017-nazarbayev-integration-calls')!;
    expect(quote.text).toMatch(/^reportedly /);
    expect(quote.evidence.some((s) => s.exact.includes('reportedly reiterated'))).toBe(true);
  });
});

describe('what the audit found missing (audit item 12)', () => {
  it.each([
    ['claim-2017-kazakhstan-model-regional-zone', 'kairat-abdrakhmanov', 'model regional zone'],
    ['claim-2023-rahmon-joint-projects-important', 'emomali-rahmon', 'importance of implementing joint projects'],
    ['claim-2023-need-to-improve-business-conditions', 'kazakhstan', 'need to improve conditions'],
    ['claim-2017-nazarbayev-uzbekistan-example', 'nursultan-nazarbayev', 'as an example of moving towards better regional integration'],
  ])('has %s, held by %s, citing "%s"', (id, holder, words) => {
    const claim = dataset.claims.find((c) => c.id === id)!;
    expect(claim.holders.map((h) => h.id)).toContain(holder);
    expect(claim.kind).toBe('opinion');
    expect(claim.evidence.some((s) => s.exact.includes(words))).toBe(true);
  });

  it('dates "For many years" with an unknown start and "in the near future" with an unknown end', () => {
    const rank = dataset.figures.find((f) => f.id === 'figure-2023-kazakhstan-trading-partner-rank')!;
    expect(rank.period).toMatchObject({ edtf: '/2023-05-04', earliest: '0000-01-01', latest: '2023-05-04', basis: 'inferred' });
    expect(formatDate(rank.period!)).toBe('from an unknown date to 4 May 2023, inferred');
    const target = dataset.figures.find((f) => f.id === 'figure-2023-bilateral-trade-target')!;
    expect(target.period).toMatchObject({ edtf: '2023-05-04/', earliest: '2023-05-04', latest: '9999-12-31', basis: 'inferred' });
    for (const id of ['claim-2023-kazakhstan-second-largest-trading-partner', 'claim-2023-kazakhstan-wheat-flour-supplier']) {
      expect(dataset.claims.find((c) => c.id === id)!.date?.edtf, id).toBe('/2023-05-04');
    }
  });

  it('gives the 2006 summit as an instance of the earlier informal meetings', () => {
    // "Thus" gives it as an instance: a reading, so the link is inferred and says from which words.
    expect(event('event-2006-informal-central-asian-summit').partOf).toMatchObject({ id: 'event-central-asian-leaders-earlier-meetings', basis: 'inferred' });
  });
});

describe('CAMEO codes (audit item 11)', () => {
  // Labels from the CAMEO codebook (Schrodt, version 1.1b3) for every code the data may use.
  const CAMEO: Record<string, string> = {
    '010': 'Make statement',
    '017': 'Engage in symbolic act',
    '020': 'Make an appeal or request',
    '022': 'Appeal for diplomatic cooperation (such as policy support)',
    '030': 'Express intent to cooperate',
    '0311': 'Express intent to cooperate economically',
    '036': 'Express intent to meet or negotiate',
    '040': 'Consult',
    '042': 'Make a visit',
    '043': 'Host a visit',
    '044': "Meet at a 'third' location",
    '046': 'Engage in negotiation',
    '050': 'Engage in diplomatic cooperation',
    '051': 'Praise or endorse',
    '054': 'Grant diplomatic recognition',
    '057': 'Sign formal agreement',
    '061': 'Cooperate economically',
  };

  it('uses only codebook codes', () => {
    for (const e of dataset.events) expect(CAMEO[e.cameo], `${e.id} ${e.cameo}`).toBeDefined();
  });

  it('codes what the text says happened, visits as visits and signings as signings', () => {
    expect(event('event-2023-days-of-tajik-culture').cameo).toBe('050');
    expect(event('event-1993-diplomatic-relations-established').cameo).toBe('050');
    for (const e of dataset.events) {
      if (e.cameo === '043') expect(e.type, e.id).toBe('visit');
      if (e.type === 'signing') expect(['057', '061'], e.id).toContain(e.cameo);
    }
  });

  it('types the non-attendance as what it is, under an id that says so', () => {
    const absent = event('event-2018-berdimuhamedow-will-not-attend-consultative-meeting');
    expect(absent).toMatchObject({ type: 'other', factuality: 'negated', cue: 'will not attend' });
    expect(dataset.retiredIds).toContain('event-2018-berdimuhamedow-attends-consultative-meeting');
    expect(dataset.events.filter((e) => e.type === 'summit' && e.factuality === 'negated')).toEqual([]);
  });
});

describe('entity mentions (audit item 13)', () => {
  const sourceIndex = new Map(dataset.sources.map((s, i) => [s.id, i]));

  it('lists aliases in order of first use (sources in order, then offset)', () => {
    for (const entity of dataset.entities) {
      const ordered = [...entity.evidence].sort((a, b) => sourceIndex.get(a.source)! - sourceIndex.get(b.source)! || a.start - b.start);
      expect(entity.evidence.map(spanKey), entity.id).toEqual(ordered.map(spanKey));
      const firstUse = [...new Set(ordered.map((s) => s.exact))];
      expect(entity.aliases.slice(0, firstUse.length), entity.id).toEqual(firstUse);
    }
    // "Tajik President Emomali Rahmon" comes before any "Tajikistan".
    expect(dataset.entities.find((e) => e.id === 'tajikistan')!.aliases[0]).toBe('Tajik');
  });

  it('takes no pronoun as a mention', () => {
    const pronouns = /^(he|his|him|she|her|it|its|they|them|their|we|our|us)$/i;
    for (const entity of dataset.entities) expect(entity.evidence.filter((s) => pronouns.test(s.exact)).map((s) => s.exact), entity.id).toEqual([]);
  });

  it('takes no name inside another entity\'s proper name as a mention', () => {
    const names = ['Kazakhstan Institute for Strategic Studies', 'Astana Club', 'Days of Tajik Culture', 'International Fund for Saving the Aral Sea'];
    const owners = new Map(dataset.entities.flatMap((e) => e.evidence.filter((s) => names.includes(s.exact)).map((s) => [spanKey(s), e.id] as const)));
    const nameSpans = dataset.entities.flatMap((e) => e.evidence.filter((s) => names.includes(s.exact)));
    expect(nameSpans.length).toBeGreaterThanOrEqual(names.length);
    for (const entity of dataset.entities) {
      for (const span of entity.evidence) {
        const inside = nameSpans.find((n) => n.source === span.source && n.start <= span.start && span.end <= n.end && spanKey(n) !== spanKey(span));
        expect(inside && `${entity.id} "${span.exact}" inside ${owners.get(spanKey(inside))}`, entity.id).toBeFalsy();
      }
    }
    expect(dataset.retiredIds).toContain('aral-sea');
  });
});
