import { scaleLinear } from 'd3-scale';
import { formatAmount, sourceLabel, type Figure } from '@kztj/core';
import { recordPath } from '../../../lib/paths';

const WIDTH = 480;
const LEFT = 8;
const RIGHT = 120;
// Sizes in viewBox units: the chart is drawn at 328 px wide on a 360 px phone (scale 0.68), where
// 14 and 12 gave 8–10 px text (issue 12, item 8); 18 and 15 give 12 and 10 px.
const FONT = 18;
const SMALL = 15;
const LINE = 22;
const BAR = 22;
const GAP = 30;
// SVG text does not wrap; labels are broken by words so they stay inside the chart at any width.
const LABEL_CHARS = 44;

function wrap(text: string): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + word.length + 1 <= LABEL_CHARS) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}
const TOP = 8;
const AXIS = 34;

/**
 * A horizontal bar chart drawn on the server: one bar per figure, each labelled with what it
 * measures, its value as the core formats it, and the article it comes from.
 */
export function FigureChart({ id, title, figures }: { id: string; title: string; figures: readonly Figure[] }) {
  const max = Math.max(...figures.map((f) => f.amountMax ?? f.amount));
  const x = scaleLinear().domain([0, max]).nice(4).range([LEFT, WIDTH - RIGHT]);
  const rows = figures.map((f) => {
    const lines = wrap(`${f.measure} (${f.kind})`);
    return { f, lines, height: lines.length * LINE + 8 + BAR + LINE + GAP };
  });
  let offset = TOP;
  const placed = rows.map((row) => {
    const y = offset;
    offset += row.height;
    return { ...row, y };
  });
  const height = offset + AXIS;
  const unit = figures[0]?.unit ?? 'count';
  const ticks = x.ticks(4);
  const summary = figures.map((f) => `${f.measure}: ${formatAmount(f)} (${f.kind}, ${f.sources.map(sourceLabel).join(', ')})`).join('; ');
  return (
    <figure style={{ margin: '1rem 0', maxWidth: '44rem' }}>
      {/* A group, not an image: each bar is a link to its figure's record. */}
      <svg viewBox={`0 0 ${WIDTH} ${height}`} width="100%" role="group" aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`} style={{ fontSize: FONT, display: 'block' }}>
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{summary}</desc>
        {ticks.map((t) => (
          <g key={t} transform={`translate(${x(t)},0)`}>
            <line y1={TOP} y2={height - AXIS + 4} stroke="var(--line)" />
            {/* The first tick sits at the left edge: centred, its label would stick out of the chart. */}
            <text y={height - 8} textAnchor={t === ticks[0] ? 'start' : 'middle'} fill="var(--muted)" fontSize={SMALL}>
              {formatAmount({ amount: t, unit, approximate: false })}
            </text>
          </g>
        ))}
        {placed.map(({ f, lines, y }) => {
          const end = x(f.amountMax ?? f.amount);
          const barY = y + lines.length * LINE + 6;
          return (
            <a key={f.id} href={recordPath('figures', f.id)} aria-label={`${f.measure}: ${formatAmount(f)}, ${f.sources.map(sourceLabel).join(', ')}`} className="chart-bar">
              <text x={LEFT} y={y + 16} fill="var(--fg)">
                {lines.map((line, i) => (
                  <tspan key={i} x={LEFT} dy={i === 0 ? 0 : LINE}>{line}</tspan>
                ))}
              </text>
              <rect x={LEFT} y={barY} width={Math.max(2, end - LEFT)} height={BAR} rx={3}
                fill={f.kind === 'target' ? 'none' : 'var(--accent)'} stroke="var(--accent)" strokeWidth={2} strokeDasharray={f.kind === 'target' ? '5 3' : undefined} />
              <text x={end + 6} y={barY + 17} fill="var(--fg)" fontWeight={700}>{formatAmount(f)}</text>
              {/* The article under the bar: beside it, a long label ran past the chart's right edge. */}
              <text x={LEFT} y={barY + BAR + 18} fill="var(--muted)" fontSize={SMALL}>{f.sources.map(sourceLabel).join(', ')}</text>
            </a>
          );
        })}
      </svg>
      <figcaption className="muted">{title}. Dashed bars are targets; each bar links to its record.</figcaption>
    </figure>
  );
}
