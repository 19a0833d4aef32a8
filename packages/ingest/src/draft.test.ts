import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { AuthoredSourceFile } from '@kztj/core/authoring';
import { buildDraft } from './draft.js';
import { extract } from './extract/index.js';
import { Gazetteer } from './gazetteer.js';

function draftOf(body: string, setup: (g: Gazetteer) => void = () => undefined) {
  const text = ` date 2024-05-04 ${body}\n`;
  const g = new Gazetteer();
  g.addEntity({ id: 'astana', type: 'place', name: 'Astana' });
  g.addEntity({ id: 'kazakhstan', type: 'country', name: 'Kazakhstan' });
  setup(g);
  const bodyStart = 17;
  const extraction = extract(text, bodyStart, text.trimEnd().length, { edtf: '2024-05-04', exact: true }, g);
  const draft = buildDraft({ text, seedName: '009_0000000000000000.txt', sourceId: 'draft-test', title: 't', date: { edtf: '2024-05-04', basis: 'stated', evidence: { start: 1, end: 16, text: text.slice(1, 16) } }, extraction, gazetteer: g });
  return { draft, source: AuthoredSourceFile.parse(parse(draft.yaml)) };
}

describe('buildDraft', () => {
  it('writes a draft in the authoring format, with REVIEW comments', () => {
    const { draft, source } = draftOf('Kazakhstan signed a memorandum on water in Astana.');
    expect(source.status).toBe('draft');
    expect(draft.yaml).toMatch(/^# DRAFT written by kztj ingest from seeds\/009_0000000000000000\.txt\./u);
    expect(draft.yaml).toContain('# REVIEW signing (trigger "signed"), factuality guessed happened from tense');
    expect(source.events[0]).toMatchObject({ type: 'signing', place: 'astana', participants: [{ entity: 'kazakhstan', role: 'signatory' }] });
    expect(source.agreements[0]).toMatchObject({ type: 'memorandum', status: 'signed', signedAt: source.events[0]?.id, parties: [{ id: 'kazakhstan', basis: 'stated', evidence: ['Kazakhstan'] }] });
    // A party named outside the agreement's own words is quoted where the sentence names it.
    expect(draft.yaml).toMatch(/parties:\n\s+- id: kazakhstan\n\s+evidence:\n\s+- Kazakhstan/);
  });

  it('quotes repeated words by occurrence, and all of them for an entity named every time', () => {
    const { source } = draftOf('Astana grew. Trade grew. Astana hosted a forum.');
    expect(source.mentions.astana).toEqual([{ quote: 'Astana', all: true }]);
    expect(source.events[0]?.evidence).toEqual(['Astana hosted a forum.']);
  });

  it('never reuses an id the data already has', () => {
    const { source } = draftOf('Sadyr Japarov met officials in Astana.', (g) => g.takenIds.add('sadyr-japarov'));
    expect(source.entities.map((e) => e.id)).toEqual(['sadyr-japarov-2']);
  });

  it('guesses visitor and host from word order', () => {
    const { source } = draftOf('Sadyr Japarov visited Kazakhstan. Kazakhstan received Sadyr Japarov.', (g) => g.addEntity({ id: 'sadyr-japarov', type: 'person', name: 'Sadyr Japarov' }));
    expect(source.events.map((e) => e.participants)).toEqual([
      [{ entity: 'sadyr-japarov', role: 'visitor', basis: 'stated' }, { entity: 'kazakhstan', role: 'host', basis: 'stated' }],
      [{ entity: 'kazakhstan', role: 'host', basis: 'stated' }, { entity: 'sadyr-japarov', role: 'visitor', basis: 'stated' }],
    ]);
  });

  it('records who an account is attributed to', () => {
    const { source } = draftOf('The ministers met in Astana, according to the Eurasian Development Bank.');
    expect(source.events[0]?.reportedBy).toEqual(['eurasian-development-bank']);
  });

  it('notes a quoted passage with no speaker instead of inventing one', () => {
    const { draft, source } = draftOf('They called Astana a “city of peace” in the statement.');
    expect(source.quotes).toEqual([]);
    expect(draft.notes.join('\n')).toMatch(/quoted passage at \d+ has no speaker the draft can name \("city of peace"\)/u);
  });
});
