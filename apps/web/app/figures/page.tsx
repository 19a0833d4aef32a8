import type { Metadata } from 'next';
import { records, type Figure } from '@kztj/core';
import { pageMetadata } from '../../lib/metadata';
import { RecordTable } from '../_components/record-table';
import { FigureChart } from './_components/figure-chart';

const DESCRIPTION = 'Every number the articles state as a fact — trade, targets, contracts, counts and ranks — charted where they compare, each labelled with the article it comes from.';

export const metadata: Metadata = pageMetadata({ title: 'Figures', description: DESCRIPTION, path: '/figures' });

const UNIT_TITLES: Readonly<Record<string, string>> = { count: 'Counts', percent: 'Percentages' };

/** Figures that share a unit can share an axis; currencies always chart, other units from two figures up. */
function chartGroups(figures: readonly Figure[]): Array<[string, Figure[]]> {
  const groups = new Map<string, Figure[]>();
  for (const f of figures) groups.set(f.unit, [...(groups.get(f.unit) ?? []), f]);
  return [...groups].filter(([unit, list]) => /^[A-Z]{3}$/.test(unit) || (unit in UNIT_TITLES && list.length >= 2));
}

export default function Page() {
  const groups = chartGroups(records('figures'));
  return (
    <>
      <h1>Figures</h1>
      <p className="lede">{DESCRIPTION}</p>
      {groups.map(([unit, list]) => (
        <section key={unit} aria-labelledby={`chart-${unit}-heading`}>
          <h2 id={`chart-${unit}-heading`}>{UNIT_TITLES[unit] ?? `Amounts in ${unit}`}</h2>
          <FigureChart id={`chart-${unit}`} title={`${UNIT_TITLES[unit] ?? `Amounts in ${unit}`} stated in the articles`} figures={list} />
        </section>
      ))}
      <h2>All figures</h2>
      <RecordTable collection="figures" />
    </>
  );
}
