import { describe, expect, it } from 'vitest';
import { parseGold } from './gold.js';
import { prf, scoreArticle, type DraftRecords } from './score.js';

const text = 'ASTANA – Tokayev met Rahmon in Astana on Friday. Opening the meeting, Tokayev noted that trade grew by 5 percent. The next meeting will be held in 2025.';
const gold = parseGold(
  'g.yaml',
  `entities:
  - {surface: Tokayev, type: person, id: kassym-jomart-tokayev}
  - {surface: Rahmon, type: person, id: emomali-rahmon}
roles: []
events:
  - {type: meeting, factuality: happened, date: 2024-08-09, place: astana, participants: [kassym-jomart-tokayev, emomali-rahmon], evidence: ["Tokayev met Rahmon in Astana on Friday", "Opening the meeting"]}
  - {report: event-old, factuality: planned, evidence: ["The next meeting will be held in 2025"]}
agreements: []
figures:
  - {amount: 5, unit: percent, approximate: false, evidence: "5 percent"}
quotes:
  - {kind: indirect, speaker: kassym-jomart-tokayev, evidence: "Tokayev noted that trade grew by 5 percent"}
claims: []
`,
  text,
);
const context = { entityType: (id: string) => ({ 'kassym-jomart-tokayev': 'person', 'emomali-rahmon': 'person' })[id], recordKind: (id: string) => (id === 'event-old' ? 'events' : undefined) };
const base: DraftRecords = { entities: [], mentions: {}, roles: [], events: [], agreements: [], figures: [], quotes: [], claims: [] };

describe('scoreArticle', () => {
  it('counts every gold record as an addition for an empty draft', () => {
    const score = scoreArticle(text, gold, base, context);
    expect(score.edits).toBe(6);
    expect(score.kinds.events.missed).toHaveLength(2);
  });

  it('gives a perfect draft no edits', () => {
    const draft: DraftRecords = {
      ...base,
      mentions: { 'kassym-jomart-tokayev': [{ quote: 'Tokayev', all: true }], 'emomali-rahmon': ['Rahmon'] },
      events: [
        {
          type: 'meeting',
          factuality: 'happened',
          date: { edtf: '2024-08-09' },
          place: 'astana',
          participants: [{ entity: 'kassym-jomart-tokayev', role: 'host' }, { entity: 'emomali-rahmon', role: 'guest' }],
          evidence: ['Tokayev met Rahmon in Astana on Friday', 'Opening the meeting'],
        },
      ],
      reports: [{ record: 'event-old', factuality: 'planned', evidence: ['The next meeting will be held in 2025'] }],
      figures: [{ amount: 5, unit: 'percent', approximate: false, evidence: ['5 percent'] }],
      quotes: [{ kind: 'indirect', speaker: 'kassym-jomart-tokayev', evidence: ['Tokayev noted that trade grew by 5 percent'] }],
    };
    const score = scoreArticle(text, gold, draft, context);
    expect(score.edits).toBe(0);
    expect(score.unchanged).toBe(6);
    expect(score.reportedSpeech.keyRight).toBe(1);
  });

  it('counts a second record of one event as a spurious duplicate, and wrong fields as edits', () => {
    const draft: DraftRecords = {
      ...base,
      events: [
        { type: 'meeting', factuality: 'happened', place: 'astana', participants: [], evidence: ['Tokayev met Rahmon in Astana on Friday'] },
        { type: 'meeting', factuality: 'happened', participants: [], evidence: ['Opening the meeting'] },
        { type: 'meeting', factuality: 'planned', participants: [], evidence: ['The next meeting will be held in 2025'] },
      ],
    };
    const score = scoreArticle(text, gold, draft, context);
    expect(score.duplicateEvents).toBe(1);
    const edits = score.kinds.events.pairs.flatMap((p) => p.edits);
    expect(edits).toEqual(expect.arrayContaining(['date: undefined → 2024-08-09', 'participants: add kassym-jomart-tokayev', 'report of: undefined → "event-old"']));
    // The planned meeting is lenient-right but not key-right: it should have been a report.
    expect(score.kinds.events.keyRight).toBe(1);
  });

  it('does not score a field the gold leaves out', () => {
    const draft: DraftRecords = { ...base, reports: [{ record: 'event-old', factuality: 'planned', place: 'tashkent', evidence: ['The next meeting will be held in 2025'] }] };
    const pair = scoreArticle(text, gold, draft, context).kinds.events.pairs[0];
    expect(pair?.edits).toEqual([]);
  });
});

describe('prf', () => {
  it('leaves undefined what has no denominator', () => {
    expect(prf(0, 0, 0)).toEqual({ precision: undefined, recall: undefined, f1: undefined });
    expect(prf(0, 0, 3)).toEqual({ precision: undefined, recall: 0, f1: 0 });
    expect(prf(2, 4, 2)).toEqual({ precision: 0.5, recall: 1, f1: 2 / 3 });
  });
});
