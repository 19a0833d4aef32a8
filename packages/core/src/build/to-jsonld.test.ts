import jsonld from 'jsonld';
import { describe, expect, it } from 'vitest';
import { dataset } from '../dataset.js';
import { COLLECTIONS } from '../model.js';
import { schemaOrgDate } from '../linked-data.js';
import type { DateValue } from '../schema/date-value.js';
import { annotationsJsonLd, ID_PREFIX, schemaOrgJsonLd } from './to-jsonld.js';
import { spansWithPaths } from './walk-spans.js';

const OA = 'http://www.w3.org/ns/oa#';
const SDO = 'https://schema.org/';
type Node = Record<string, Array<Record<string, unknown>> | string[] | string>;
const first = (node: Node, key: string) => (node[key] as Array<Record<string, unknown>>)[0]!;

describe('Web Annotations', () => {
  it('expand, with a JSON-LD processor and nothing fetched, to one oa:Annotation per span with both selectors', async () => {
    const doc = annotationsJsonLd(dataset);
    const expanded = (await jsonld.expand(doc as jsonld.JsonLdDocument)) as Node[];
    const spans = COLLECTIONS.flatMap((c) => dataset[c].flatMap((r) => [...spansWithPaths(r)]));
    expect(expanded).toHaveLength(spans.length);
    const one = expanded[0]!;
    expect(one['@type']).toEqual([`${OA}Annotation`]);
    expect(first(one, `${OA}motivatedBy`)['@id']).toBe(`${OA}describing`);
    const target = first(one, `${OA}hasTarget`) as unknown as Node;
    const source = String(first(target, `${OA}hasSource`)['@id']);
    expect(source.startsWith(ID_PREFIX)).toBe(true);
    const selectors = target[`${OA}hasSelector`] as unknown as Node[];
    const quote = selectors.find((s) => (s['@type'] as string[])[0] === `${OA}TextQuoteSelector`)!;
    const position = selectors.find((s) => (s['@type'] as string[])[0] === `${OA}TextPositionSelector`)!;
    const text = dataset.sources.find((s) => `${ID_PREFIX}${s.id}` === source)!.text;
    const [start, end] = [Number(first(position, `${OA}start`)['@value']), Number(first(position, `${OA}end`)['@value'])];
    // The positions count characters; the seeds are all in the Basic Multilingual Plane, where those are code units.
    expect([...text].slice(start, end).join('')).toBe(first(quote, `${OA}exact`)['@value']);
    expect(first(position, `${OA}start`)['@type']).toBe('http://www.w3.org/2001/XMLSchema#nonNegativeInteger');
  });
});

describe('schema.org', () => {
  it('expands to typed entities, events and articles linked by their ids', async () => {
    const expanded = (await jsonld.expand(schemaOrgJsonLd(dataset) as jsonld.JsonLdDocument)) as Node[];
    const byId = new Map(expanded.map((n) => [String(n['@id']), n]));
    const rahmon = byId.get(`${ID_PREFIX}emomali-rahmon`)!;
    expect(rahmon['@type']).toEqual([`${SDO}Person`]);
    const event = dataset.events.find((e) => e.place && e.participants.length > 0)!;
    const node = byId.get(`${ID_PREFIX}${event.id}`)!;
    expect(node['@type']).toEqual([`${SDO}Event`]);
    expect(first(node, `${SDO}location`)['@id']).toBe(`${ID_PREFIX}${event.place!.id}`);
    expect(byId.has(String(first(node, `${SDO}subjectOf`)['@id']))).toBe(true); // the article is in the graph too
  });

  it('never gives machines a date more precise than people see', () => {
    const d = (edtf: string, precision: DateValue['precision']) => ({ edtf, precision });
    expect(schemaOrgDate(d('2023-05-04', 'day'))).toEqual({ startDate: '2023-05-04' });
    expect(schemaOrgDate(d('2023-05', 'month'))).toEqual({ startDate: '2023-05' });
    expect(schemaOrgDate(d('2018~', 'year'))).toEqual({ startDate: '2018' });
    expect(schemaOrgDate(d('2023/2025', 'interval'))).toEqual({ startDate: '2023', endDate: '2025' });
    // One unknown day of a set is neither its first day nor the whole span; an unknown end is left out.
    expect(schemaOrgDate(d('[2018-01-01..2018-03-14]', 'one-of'))).toEqual({});
    expect(schemaOrgDate(d('/2023-05-04', 'interval'))).toEqual({ endDate: '2023-05-04' });
    expect(schemaOrgDate(undefined)).toEqual({});
    const oneOf = dataset.sources.map((s) => s.date).find((date) => date.precision === 'one-of')!;
    expect(schemaOrgDate(oneOf)).toEqual({});
  });
});
