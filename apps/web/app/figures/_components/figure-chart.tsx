import { scaleLinear } from 'd3-scale';
import { formatAmount, sourceLabel, type Figure } from '@kztj/core';

const WIDTH = 480;
const LEFT = 8;
const RIGHT = 110;
const LINE = 17;
const BAR = 20;
const GAP = 28;
// SVG text does not wrap; labels are broken by words so they stay inside the chart at any width.
const LABEL_CHARS = 56;

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
const AXIS = 30;

/**
 * A horizontal bar chart drawn on the server: one bar per figure, each labelled with what it
 * measures, its value as the core formats it, and the article it comes from.
 */
export function FigureChart({ id, title, figures }: { id: string; title: string; figures: readonly Figure[] }) {
  const max = Math.max(...figures.map((f) => f.amountMax ?? f.amount));
  const x = scaleLinear().domain([0, max]).nice(4).range([LEFT, WIDTH - RIGHT]);
  const rows = figures.map((f) => {
    const lines = wrap(`${f.measure} (${f.kind})`);
    return { f, lines, height: lines.length * LINE + 8 + BAR + GAP };
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
      <svg viewBox={`0 0 ${WIDTH} ${height}`} width="100%" role="img" aria-labelledby={`${id}-title ${id}-desc`} style={{ fontSize: 14, display: 'block' }}>
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{summary}</desc>
        {ticks.map((t) => (
          <g key={t} transform={`translate(${x(t)},0)`}>
            <line y1={TOP} y2={height - AXIS + 4} stroke="var(--line)" />
            <text y={height - 8} textAnchor="middle" fill="var(--muted)" fontSize={12}>
              {formatAmount({ amount: t, unit, approximate: false })}
            </text>
          </g>
        ))}
        {placed.map(({ f, lines, y }) => {
          const end = x(f.amountMax ?? f.amount);
          const barY = y + lines.length * LINE + 6;
          return (
            <g key={f.id}>
              <text x={LEFT} y={y + 13} fill="var(--fg)">
                {lines.map((line, i) => (
                  <tspan key={i} x={LEFT} dy={i === 0 ? 0 : LINE}>{line}</tspan>
                ))}
              </text>
              <rect x={LEFT} y={barY} width={Math.max(2, end - LEFT)} height={BAR} rx={3}
                fill={f.kind === 'target' ? 'none' : 'var(--accent)'} stroke="var(--accent)" strokeWidth={2} strokeDasharray={f.kind === 'target' ? '5 3' : undefined} />
              <text x={end + 6} y={barY + 15} fill="var(--fg)">
                <tspan fontWeight={700}>{formatAmount(f)}</tspan>
                <tspan x={end + 6} dy={LINE} fill="var(--muted)" fontSize={12}>{f.sources.map(sourceLabel).join(', ')}</tspan>
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="muted">{title}. Dashed bars are targets; every value links to its record in the table below.</figcaption>
    </figure>
  );
}
