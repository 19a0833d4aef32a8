import { describe, expect, it } from 'vitest';
import { GoldError, parseGold } from './gold.js';

const text = 'Tokayev met Rahmon in Astana. Tokayev said trade grew.';
const empty = 'entities: []\nroles: []\nevents: []\nagreements: []\nfigures: []\nquotes: []\nclaims: []\n';

describe('parseGold', () => {
  it('reads a gold file whose evidence occurs once', () => {
    const gold = parseGold('a.gold.yaml', empty.replace('events: []', 'events:\n  - {type: meeting, factuality: happened, place: astana, evidence: "met Rahmon in Astana"}'), text);
    expect(gold.events[0]).toMatchObject({ type: 'meeting', place: 'astana' });
  });

  it('refuses text that is not YAML, naming the file', () => {
    expect(() => parseGold('a.gold.yaml', 'entities: [', text)).toThrow(/^a\.gold\.yaml: not YAML/u);
  });

  it('refuses a missing section or a bad field with its path', () => {
    expect(() => parseGold('a.gold.yaml', 'entities: []\n', text)).toThrow(GoldError);
    expect(() => parseGold('a.gold.yaml', empty.replace('figures: []', 'figures:\n  - {amount: many, unit: count, approximate: false, evidence: trade}'), text)).toThrow(/figures\.0\.amount/u);
  });

  it('refuses an event with both a type and a report, or neither', () => {
    const both = empty.replace('events: []', 'events:\n  - {type: meeting, report: event-x, factuality: happened, evidence: "met Rahmon"}');
    expect(() => parseGold('a.gold.yaml', both, text)).toThrow(/either a type or a report/u);
    const neither = empty.replace('events: []', 'events:\n  - {factuality: happened, evidence: "met Rahmon"}');
    expect(() => parseGold('a.gold.yaml', neither, text)).toThrow(/either a type or a report/u);
  });

  it('refuses evidence that is absent or occurs twice', () => {
    const twice = empty.replace('claims: []', 'claims:\n  - {evidence: Tokayev}');
    expect(() => parseGold('a.gold.yaml', twice, text)).toThrow(/claims\.0\.evidence: "Tokayev" occurs 2 times/u);
    const absent = empty.replace('claims: []', 'claims:\n  - {evidence: Dushanbe}');
    expect(() => parseGold('a.gold.yaml', absent, text)).toThrow(/occurs 0 times/u);
  });

  it('refuses an entity whose surface is not in the article', () => {
    const gold = empty.replace('entities: []', 'entities:\n  - {surface: Dushanbe, type: place, id: dushanbe}');
    expect(() => parseGold('a.gold.yaml', gold, text)).toThrow(/entities\.0\.surface: "Dushanbe" does not occur/u);
  });
});
