import { sourceLabel, type Span } from '@kztj/core';
import { recordPath } from '../../lib/paths';
import { EvidenceItem } from './evidence-list';

/**
 * The words each article's report is drawn from, one article after another (oldest first): what
 * each report says is in the facts above, in the core's words; this is where it says it.
 */
export function ReportEvidence({ reports }: { reports: ReadonlyArray<{ source: string; evidence: readonly Span[] }> }) {
  return (
    <section aria-labelledby="evidence-heading">
      <h2 id="evidence-heading">Evidence</h2>
      {reports.map((report) => (
        <section key={report.source} className="report" aria-label={`Evidence in ${sourceLabel(report.source)}`}>
          <h3>In <a href={recordPath('sources', report.source)}>{sourceLabel(report.source)}</a></h3>
          {report.evidence.map((span) => (
            <EvidenceItem key={`${span.source}:${span.start}-${span.end}`} span={span} />
          ))}
        </section>
      ))}
    </section>
  );
}
