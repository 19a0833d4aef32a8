import { formatAmount, getRecord, sourceLabel, type DateValue, type Disagreement, type Factuality, type Span } from '@kztj/core';
import { recordPath } from '../../lib/paths';
import { EvidenceItem } from './evidence-list';
import { FactualityBadge } from './factuality-badge';
import { DateValueText } from './record-facts';
import { RecordLink } from './record-link';

/** The fields a report may carry that say, in a line, what its article says of the record. */
interface ReportLike {
  source: string;
  evidence: readonly Span[];
  factuality?: Factuality | undefined;
  status?: string | undefined;
  cue?: string | undefined;
  date?: DateValue | undefined;
  statusDate?: DateValue | undefined;
  period?: DateValue | undefined;
  amount?: number | undefined;
  amountMax?: number | undefined;
  approximate?: boolean | undefined;
  unit?: string | undefined;
  aliases?: readonly string[] | undefined;
}

const isDate = (value: unknown): value is DateValue => typeof value === 'object' && value !== null && 'edtf' in value && 'earliest' in value;

function ReportSummary({ report }: { report: ReportLike }) {
  const date = report.date ?? report.statusDate ?? report.period;
  const parts = [
    report.factuality ? <FactualityBadge key="f" value={report.factuality} /> : null,
    report.status ? <span key="s" className="tag">{report.status}</span> : null,
    report.amount !== undefined && report.unit !== undefined
      ? <strong key="a">{formatAmount({ amount: report.amount, amountMax: report.amountMax, unit: report.unit, approximate: report.approximate ?? false })}</strong>
      : null,
    report.cue ? <span key="c" className="muted">{report.cue}</span> : null,
    date ? <span key="d"><DateValueText date={date} /></span> : null,
    report.aliases && report.aliases.length > 0 ? <span key="n" className="muted">called {report.aliases.join(', ')}</span> : null,
  ].filter(Boolean);
  if (parts.length === 0) return null;
  return <div className="report-summary">{parts.flatMap((part, i) => (i > 0 ? [' · ', part] : [part]))}</div>;
}

/**
 * Each article's report of the record, oldest article first, with the words it is drawn from:
 * the record shows what the articles say together, and this shows what each says on its own.
 */
export function ReportList({ reports }: { reports: readonly ReportLike[] }) {
  return (
    <section aria-labelledby="reports-heading">
      <h2 id="reports-heading">{reports.length === 1 ? 'Reported in one article' : `Reported in ${reports.length} articles`}</h2>
      {reports.map((report) => (
        <section key={report.source} className="report" aria-label={`The report in the ${sourceLabel(report.source)}`}>
          <h3>In the <a href={recordPath('sources', report.source)}>{sourceLabel(report.source)}</a></h3>
          <ReportSummary report={report} />
          {report.evidence.map((span) => (
            <EvidenceItem key={`${span.source}:${span.start}-${span.end}`} span={span} />
          ))}
        </section>
      ))}
    </section>
  );
}

function DisagreementValue({ field, value, report }: { field: string; value: string; report: ReportLike | undefined }) {
  const raw = report ? (report as unknown as Record<string, unknown>)[field] : undefined;
  if (isDate(raw)) return <DateValueText date={raw} />;
  if (field === 'factuality' && report?.factuality) return <FactualityBadge value={report.factuality} />;
  if (getRecord(value)) return <RecordLink id={value} />;
  return <>{value}</>;
}

/** Where the articles differ, each article's word side by side: never resolved silently. */
export function DisagreementList({ disagreements, reports }: { disagreements: readonly Disagreement[]; reports: readonly ReportLike[] }) {
  if (disagreements.length === 0) return null;
  return (
    <section aria-labelledby="disagreements-heading">
      <h2 id="disagreements-heading">Where the articles differ</h2>
      <p className="muted">The facts above take the latest article&apos;s word; each article&apos;s own is kept here.</p>
      {disagreements.map((d) => (
        <div key={d.field} className="table-wrap">
          <table className="disagreement">
            <caption>{d.field}</caption>
            <thead>
              <tr><th scope="col">Article</th><th scope="col">Says</th></tr>
            </thead>
            <tbody>
              {d.values.map((v) => (
                <tr key={v.source}>
                  <th scope="row"><a href={recordPath('sources', v.source)}>{sourceLabel(v.source)}</a></th>
                  <td><DisagreementValue field={d.field} value={v.value} report={reports.find((r) => r.source === v.source)} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </section>
  );
}
