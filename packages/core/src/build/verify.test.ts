import { describe, expect, it } from 'vitest';
import { compileDataset } from './compile.js';
import { formatProblem } from './problem.js';
import { fixtureInput } from './test-helpers.js';
import { verifyEvidence } from './verify.js';

describe('verifyEvidence', () => {
  it('accepts a freshly compiled dataset', async () => {
    const input = await fixtureInput();
    const { dataset } = compileDataset(input);
    expect(verifyEvidence(dataset!, input.seeds)).toEqual([]);
  });

  it('rejects a wrong span: offsets that no longer read as the exact text', async () => {
    const input = await fixtureInput();
    const dataset = structuredClone(compileDataset(input).dataset!);
    const span = dataset.figures[0]!.evidence[0]!;
    span.start += 1;
    span.end += 1;
    expect(verifyEvidence(dataset, input.seeds).map(formatProblem)).toEqual([
      `dataset.json: figure-fixture-worth: evidence[0]: figures[0]: span ${span.start}-${span.end} reads "5 million.", expected "$5 million"`,
    ]);
  });

  it('rejects a changed seed and spans nested in dates', async () => {
    const input = await fixtureInput();
    const dataset = structuredClone(compileDataset(input).dataset!);
    dataset.events[0]!.date!.evidence[0]!.exact = 'last week';
    const seeds = new Map(input.seeds);
    const [name, bytes] = [...seeds][0]!;
    seeds.set(name, new Uint8Array([...bytes, 0x20]));
    const messages = verifyEvidence(dataset, seeds).map(formatProblem);
    expect(messages).toContain('dataset.json: fixture-article: sha256: seed 900_00000000000000aa.txt has changed: sha256 differs');
    expect(messages).toContainEqual(expect.stringMatching(/^dataset\.json: event-fixture-visit: date\.evidence\[0\]: events\[0\]: span \d+-\d+ reads "next week", expected "last week"$/));
  });

  it('walks spans nested in reports and links (the 2.0 shape)', async () => {
    const input = await fixtureInput();
    const dataset = structuredClone(compileDataset(input).dataset!);
    dataset.events[0]!.reports[0]!.place!.evidence[0]!.exact = 'Dushanbe';
    dataset.entities.find((e) => e.id === 'astana')!.partOf!.evidence[0]!.start += 1;
    const messages = verifyEvidence(dataset, input.seeds).map(formatProblem);
    expect(messages).toContainEqual(expect.stringMatching(/^dataset\.json: event-fixture-visit: reports\[0\]\.place\.evidence\[0\]: events\[0\]: span \d+-\d+ reads "Astana", expected "Dushanbe"$/));
    expect(messages).toContainEqual(expect.stringMatching(/^dataset\.json: astana: partOf\.evidence\[0\]: entities\[\d+\]: /));
  });

  it('reports a missing seed and a text that differs from the seed bytes', async () => {
    const input = await fixtureInput();
    const dataset = structuredClone(compileDataset(input).dataset!);
    expect(verifyEvidence(dataset, new Map()).map(formatProblem)).toEqual(
      expect.arrayContaining(['dataset.json: fixture-article: file: seed 900_00000000000000aa.txt is missing']),
    );
    dataset.sources[0]!.text = dataset.sources[0]!.text.replace('Astana', 'Astanа'); // Cyrillic а
    expect(verifyEvidence(dataset, input.seeds, 'given.json').map(formatProblem)).toEqual(['given.json: fixture-article: text: text differs from the seed bytes']);
  });

  it('reports spans into an unknown source, past the end of the text, or with the wrong context', async () => {
    const input = await fixtureInput();
    const clean = compileDataset(input).dataset!;
    const text = clean.sources[0]!.text;
    const broken = (change: (d: typeof clean) => void) => {
      const dataset = structuredClone(clean);
      change(dataset);
      return verifyEvidence(dataset, input.seeds).map(formatProblem);
    };
    expect(broken((d) => (d.figures[0]!.evidence[0]!.source = 'no-such-source'))).toEqual([
      'dataset.json: figure-fixture-worth: evidence[0]: figures[0]: span points at unknown source "no-such-source"',
    ]);
    expect(
      broken((d) => {
        const span = d.quotes[0]!.evidence[0]!;
        [span.start, span.end] = [text.length - 2, text.length - 2 + span.exact.length];
      }),
    ).toEqual([expect.stringMatching(/^dataset\.json: quote-fixture-friends: evidence\[0\]: quotes\[0\]: span \d+-\d+ reads "[^"]{0,4}", expected /)]);
    expect(broken((d) => (d.figures[0]!.evidence[0]!.prefix = 'x'))).toEqual([
      `dataset.json: figure-fixture-worth: evidence[0]: figures[0]: prefix does not match the text before ${clean.figures[0]!.evidence[0]!.start}`,
    ]);
    expect(broken((d) => (d.figures[0]!.evidence[0]!.suffix = 'x'))).toEqual([
      `dataset.json: figure-fixture-worth: evidence[0]: figures[0]: suffix does not match the text after ${clean.figures[0]!.evidence[0]!.end}`,
    ]);
  });
});
