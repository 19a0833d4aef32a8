import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { AuthoredSourceFile, bodyBounds, compileDataset, resolveQuote, type QuoteRef } from '@kztj/core/authoring';
import { buildDraft } from './draft.js';
import { extract } from './extract/index.js';
import { Gazetteer } from './gazetteer.js';

// Articles assembled from pieces that stress the extractors and quoting: repeated names (so
// quotes need an occurrence), curly quotes, en dashes, no-break spaces, astral characters
// (two UTF-16 code units), datelines, amounts, dates and trigger words.
const PIECES = [
  'Tajik President Emomali Rahmon', 'Rahmon', 'Kazakhstan', 'Tajikistan', 'the Kazakh capital', 'Astana', 'ASTANA –', 'DUSHANBE –',
  'Sadyr Japarov', 'Japarov', 'the Eurasian Development Bank', 'the UN', 'Kazakhstan Railways Company', 'Order of Friendship',
  'signed', 'will sign', 'will not attend', 'is expected to visit', 'met', 'reportedly held talks', 'awarded', 'proposed a summit',
  'a memorandum on water', 'the Declaration on Eternal Friendship', 'contracts worth $1.8 billion', 'a program of cooperation for 2024-2026',
  '$1.4 billion', '18.5 percent', '40 million tenge', 'two or three projects', 'the 30th anniversary', 'nearly a decade', '75 documents',
  'on March 15', 'last year', 'in October last year', '9 years ago', 'next week', 'on 3 February 2019', 'this year', '2018',
  '“We are friends,” Rahmon said.', '"Trade will grow," said Japarov.', 'The minister said: “Water is life.”', ', the minister said.',
  'and', 'of', 'in', 'the', ',', '.', '. ', '\n\n', ' – ', '\u00a0', '’s', '(', ')', '🇰🇿', 'é',
];

const article = fc
  .array(fc.constantFrom(...PIECES), { minLength: 3, maxLength: 40 })
  .map((pieces) => pieces.join(' '))
  .filter((text) => /\p{L}/u.test(text));

function gazetteer(): Gazetteer {
  const g = new Gazetteer();
  g.addEntity({ id: 'emomali-rahmon', type: 'person', name: 'Emomali Rahmon' }, 'Tajik leader');
  g.addEntity({ id: 'astana', type: 'place', name: 'Astana' }, 'the Kazakh capital');
  g.addEntity({ id: 'kazakhstan', type: 'country', name: 'Kazakhstan' });
  g.addEntity({ id: 'tajikistan', type: 'country', name: 'Tajikistan' });
  return g;
}

const REGISTRY = [
  { id: 'emomali-rahmon', type: 'person', name: 'Emomali Rahmon', description: 'd' },
  { id: 'astana', type: 'place', name: 'Astana', description: 'd' },
  { id: 'kazakhstan', type: 'country', name: 'Kazakhstan', description: 'd' },
  { id: 'tajikistan', type: 'country', name: 'Tajikistan', description: 'd' },
];

describe('drafts of arbitrary articles', () => {
  it('only ever hold quotes that resolve, and always compile', () => {
    fc.assert(
      fc.property(article, (body) => {
        const text = ` date 2024-05-04 ${body}\n`;
        const { bodyStart, bodyEnd } = bodyBounds(text);
        if (bodyEnd <= bodyStart) return;
        const extraction = extract(text, bodyStart, bodyEnd, { edtf: '2024-05-04', exact: true }, gazetteer());
        const at = text.indexOf('date 2024-05-04');
        const draft = buildDraft({
          text,
          seedName: '900_00000000000000aa.txt',
          sourceId: 'prop-article',
          title: 'property test',
          date: { edtf: '2024-05-04', basis: 'stated', evidence: { start: at, end: at + 15, text: text.slice(at, at + 15) } },
          extraction,
          gazetteer: gazetteer(),
        });
        const source = AuthoredSourceFile.parse(parse(draft.yaml));
        const refs: QuoteRef[] = [
          ...Object.values(source.mentions).flat(),
          ...[...source.events, ...source.agreements, ...source.figures, ...source.quotes, ...source.claims].flatMap((r) => r.evidence),
        ];
        for (const ref of refs) expect(resolveQuote(text, source.id, ref).ok, JSON.stringify(ref)).toBe(true);
        const compiled = compileDataset({
          meta: { file: 'meta.yaml', value: { dataVersion: '0.0.1' } },
          entities: { file: 'entities.yaml', value: REGISTRY },
          sources: [{ file: 'sources/prop-article.yaml', value: parse(draft.yaml) }],
          seeds: new Map([['900_00000000000000aa.txt', new TextEncoder().encode(text)]]),
        });
        expect(compiled.problems.filter((p) => p.file !== 'entities.yaml')).toEqual([]);
      }),
      { numRuns: 100 },
    );
  }, 120_000);
});
