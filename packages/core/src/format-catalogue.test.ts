import { describe, expect, it } from 'vitest';
import { formatCatalogueDate } from './format.js';
import { records } from './records.js';

const day = (edtf: string, earliest: string, latest = earliest) => ({ edtf, earliest, latest, how: 'test' });

describe('formatCatalogueDate', () => {
  it('words the publisher’s date at the precision its EDTF has', () => {
    expect(formatCatalogueDate(day('2018-03-14', '2018-03-14'))).toBe('14 March 2018');
    expect(formatCatalogueDate(day('2023-05', '2023-05-01', '2023-05-31'))).toBe('May 2023');
    expect(formatCatalogueDate(day('2023', '2023-01-01', '2023-12-31'))).toBe('2023');
    expect(formatCatalogueDate(day('2023-05-04?', '2023-05-04'))).toBe('4 May 2023, uncertain');
  });

  it('never says "inferred": the publisher states its date', () => {
    for (const source of records('sources')) if (source.catalogue) expect(formatCatalogueDate(source.catalogue.date)).not.toMatch(/inferred/);
  });
});
