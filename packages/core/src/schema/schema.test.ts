import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { COLLECTIONS, DateValue, Dataset, Figure, FigureUnit, RecordId, Span } from './index.js';

const span = { source: 's', start: 3, end: 9, exact: 'Rahmon', prefix: 'Mr ', suffix: '' };
const issues = (result: { success: boolean; error?: z.ZodError }) => result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

describe('schemas', () => {
  it('accept a well-formed span and reject inconsistent offsets', () => {
    expect(Span.safeParse(span).success).toBe(true);
    expect(issues(Span.safeParse({ ...span, end: 3 }))).toContain('end: end must be greater than start');
    expect(issues(Span.safeParse({ ...span, end: 10 }))).toContain('exact: exact must be exactly end - start code units long');
  });

  it('require reasoning for inferred dates and evidence for stated ones', () => {
    const base = { edtf: '2017', earliest: '2017-01-01', latest: '2017-12-31', precision: 'year', uncertain: false };
    expect(issues(DateValue.safeParse({ ...base, basis: 'inferred', evidence: [] }))).toContain('reasoning: an inferred date needs its reasoning');
    expect(issues(DateValue.safeParse({ ...base, basis: 'stated', evidence: [] }))).toContain('evidence: a stated date needs the span(s) that state it');
    expect(DateValue.safeParse({ ...base, basis: 'inferred', reasoning: '"last year" in a 2018 article', evidence: [span] }).success).toBe(true);
  });

  it('accept ISO 4217 currencies and plain units only', () => {
    for (const unit of ['USD', 'KZT', 'TJS', 'percent', 'count', 'years', 'rank', 'ordinal']) expect(FigureUnit.safeParse(unit).success, unit).toBe(true);
    for (const unit of ['usd', 'XYZ', 'dollars', '']) expect(FigureUnit.safeParse(unit).success, unit).toBe(false);
  });

  it('require kebab-case ids', () => {
    for (const id of ['emomali-rahmon', 'event-2023-visit', 'q1']) expect(RecordId.safeParse(id).success, id).toBe(true);
    for (const id of ['Emomali', 'a--b', '-a', 'a_b', '']) expect(RecordId.safeParse(id).success, id).toBe(false);
  });

  it('require at least one evidence span on every record', () => {
    const figure = { id: 'f', measure: 'm', amount: 1, approximate: false, unit: 'count', kind: 'total', subjects: [], source: 's', evidence: [] };
    expect(issues(Figure.safeParse(figure))).toContain('evidence: Too small: expected array to have >=1 items');
  });

  it('generate a JSON Schema with a description for every record field, at any depth', () => {
    type Node = { description?: string; $ref?: string; properties?: Record<string, Node>; [key: string]: unknown };
    const schema = z.toJSONSchema(Dataset) as Node & { $defs?: Record<string, Node>; properties: Record<string, Node> };
    const target = (node: Node) => (node.$ref ? schema.$defs?.[node.$ref.replace('#/$defs/', '')] : node);
    const undescribed: string[] = [];
    const checked = new Map<string, number>();
    const walk = (node: Node | undefined, path: string, collection: string) => {
      if (!node || typeof node !== 'object') return;
      for (const [field, child] of Object.entries(node.properties ?? {})) {
        checked.set(collection, (checked.get(collection) ?? 0) + 1);
        if (!child.description && !target(child)?.description) undescribed.push(`${path}.${field}`);
        walk(target(child), `${path}.${field}`, collection);
      }
      for (const key of ['items', 'anyOf', 'oneOf', 'allOf', 'prefixItems']) {
        const inner = node[key] as Node | Node[] | undefined;
        for (const child of Array.isArray(inner) ? inner : inner ? [inner] : []) walk(target(child), key === 'items' ? `${path}[]` : path, collection);
      }
    };
    for (const collection of COLLECTIONS) walk(target(schema.properties[collection]!), collection, collection);
    expect(undescribed).toEqual([]);
    // The walk really reached every collection's records and the spans nested in them.
    for (const collection of COLLECTIONS) expect(checked.get(collection) ?? 0, collection).toBeGreaterThan(5);
  });
});
