import { describe, expect, it } from 'vitest';
import { COLLECTION_NAMES, getSource, records } from '@kztj/core';
import { UsageError } from './errors.js';
import { requireSpan } from './lookup.js';

const evidence = COLLECTION_NAMES.flatMap((c) => records(c).flatMap((r) => r.evidence));

describe('requireSpan', () => {
  it('gives back, for the offsets of any evidence, exactly the span the data was compiled with', () => {
    expect(evidence.length).toBeGreaterThan(0);
    for (const span of evidence) {
      expect(requireSpan(getSource(span.source)!, `${span.start}-${span.end}`)).toEqual(span);
    }
  });

  it('carries the quote selector for any range, to the very ends of the text', () => {
    const source = records('sources')[0]!;
    const { length } = source.text;
    expect(requireSpan(source, `0-${length}`)).toEqual({ source: source.id, start: 0, end: length, exact: source.text, prefix: '', suffix: '' });
    const last = requireSpan(source, `${length - 1}-${length}`);
    expect(last.prefix).toBe(source.text.slice(Math.max(0, length - 33), length - 1));
    expect(last.suffix).toBe('');
  });

  it.each([
    ['10', /--span must be start-end with start < end \(e\.g\. 120-145\); got "10"/],
    ['20-10', /got "20-10"/],
    ['a-b', /got "a-b"/],
  ])('rejects %j as malformed', (anchor, message) => {
    expect(() => requireSpan(records('sources')[0]!, anchor)).toThrow(UsageError);
    expect(() => requireSpan(records('sources')[0]!, anchor)).toThrow(message);
  });

  it('rejects a range that runs past the end, naming the source and its length', () => {
    const source = records('sources')[0]!;
    const anchor = `1-${source.text.length + 1}`;
    expect(() => requireSpan(source, anchor)).toThrow(
      new UsageError(`--span ${anchor} runs past the end of source "${source.id}" (length ${source.text.length})`),
    );
  });
});
