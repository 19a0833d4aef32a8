import { describe, expect, it } from 'vitest';
import { UsageError } from './errors.js';
import { closest, dateBoundOption, requireType } from './filter-values.js';

describe('closest', () => {
  const types = ['person', 'country', 'place', 'organisation', 'group', 'other'];
  it('finds a value in another case, a typo away, or by its start', () => {
    expect(closest('persn', types)).toEqual(['person']);
    expect(closest('PERSON', types)).toEqual(['person']);
    expect(closest('org', types)).toEqual(['organisation']);
    expect(closest('palce', types)).toEqual(['place']);
  });
  it('suggests nothing for a value far from every one', () => {
    expect(closest('zzzzzz', types)).toEqual([]);
    expect(closest('', types)).toEqual([]);
  });
});

describe('filter values', () => {
  it('passes a real date through and turns a false one into a usage error naming the option', () => {
    expect(dateBoundOption('from')('2018-03')).toBe('2018-03');
    expect(() => dateBoundOption('to')('2018-13')).toThrow(UsageError);
    expect(() => dateBoundOption('to')('2018-13')).toThrow(/^--to must be a real date/);
  });
  it('accepts a type some record has without loading the vocabulary, and rejects a typo', async () => {
    await expect(requireType('entities', 'person')).resolves.toBeUndefined();
    await expect(requireType('entities', 'persn')).rejects.toThrow(/did you mean person\?/);
  });
});
