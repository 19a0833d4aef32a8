import { relative } from 'node:path';
import { formatCoverage } from './coverage.js';
import type { IngestResult } from './ingest.js';

/** The plain-text summary the CLI prints after an ingest. */
export function formatResult(result: IngestResult, cwd: string): string {
  const { draft, extraction } = result;
  const s = draft.source;
  const known = extraction.entities.filter((e) => e.known).length;
  const lines = [
    result.written ? `added seeds/${result.seedFile} (byte for byte)` : `dry run: would add seeds/${result.seedFile}`,
    `${result.written ? 'wrote' : 'would write'} draft ${relative(cwd, result.draftPath)} (status: draft — not published until reviewed)`,
    '',
    `entities: ${known} linked to existing records, ${s.entities.length} proposed as new${s.entities.length ? `: ${s.entities.map((e) => `${e.name} (${e.type})`).join(', ')}` : ''}`,
    `roles: ${s.roles.map((r) => `${r.entity}: ${r.title}`).join('; ') || 'none'}`,
    `dates: ${extraction.dates.length} (${extraction.dates.map((d) => `${d.text} → ${d.edtf}`).join('; ')})`,
    `amounts: ${s.figures.length} figures`,
    `quotes: ${s.quotes.length} (${extraction.quotes.length} quoted or reported passages found)`,
    `events: ${s.events.length}, agreements: ${s.agreements.length}, claims (dated sentences): ${s.claims.length}`,
    ...draft.notes.map((n) => `note: ${n}`),
    '',
    result.coverage ? formatCoverage(result.coverage) : 'coverage: not computed: the data has problems of its own (run the core build to see them)',
    '',
    'next: review the draft, fix every REVIEW comment, set status: reviewed, then run the core build.',
  ];
  return lines.join('\n');
}
