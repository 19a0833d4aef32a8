import { describe, expect, it } from 'vitest';
import { tabLabels } from './section-tabs.js';
import { SECTIONS } from './sections.js';

describe('tabLabels', () => {
  it.each([60, 80, 100, 116, 120, 200])('names every section within %i columns', (columns) => {
    for (const active of [undefined, 'timeline', 'organisations', 'other'] as const) {
      const labels = tabLabels(columns, active);
      expect('kztj '.length + labels.join('').length).toBeLessThanOrEqual(columns);
      SECTIONS.forEach((section, i) => {
        const name = labels[i]!.trim().replace(/^\d /, '');
        // A name, never a bare number: at least two letters of the section's own name.
        expect(name.length).toBeGreaterThanOrEqual(2);
        expect(section.label.startsWith(name)).toBe(true);
        if (section.id === active && columns >= 80) expect(name).toBe(section.label);
      });
    }
  });

  it('shows whole names when there is room', () => {
    expect(tabLabels(200, 'people').map((l) => l.trim())).toEqual(SECTIONS.map((s) => (s.key ? `${s.key} ${s.label}` : s.label)));
  });
});
