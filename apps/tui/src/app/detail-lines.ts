import type { RecordDescription } from '../describe-record.js';
import { wrapText } from './wrap.js';

/** How a stretch of a detail line is drawn; the component maps these to Ink styles. */
export type Tone = 'plain' | 'title' | 'meta' | 'label' | 'heading' | 'match' | 'factuality';

export interface Piece {
  text: string;
  tone: Tone;
}

export type DetailLine = Piece[];

/** Word-wraps styled text to `width`, keeping each piece's tone across line breaks. */
export function wrapPieces(pieces: readonly Piece[], width: number): DetailLine[] {
  const text = pieces.map((p) => p.text).join('');
  const bounds: Array<{ start: number; end: number; tone: Tone }> = [];
  let at = 0;
  for (const piece of pieces) {
    bounds.push({ start: at, end: at + piece.text.length, tone: piece.tone });
    at += piece.text.length;
  }
  return wrapText(text, width).map((line) =>
    bounds
      .filter((b) => b.start < line.end && line.start < b.end)
      .map((b) => ({ text: text.slice(Math.max(b.start, line.start), Math.min(b.end, line.end)), tone: b.tone })),
  );
}

const LABEL_MAX = 16;

/**
 * A record's detail as screen lines for a pane `width` wide: title, id, factuality, the first
 * evidence sentence with its span, the fields (values wrapped beside their labels), then further
 * evidence. Knowing the exact lines lets the record view scroll them and clip nothing by surprise.
 */
export function detailLines(d: RecordDescription, width: number): DetailLine[] {
  const w = Math.max(10, width);
  const lines: DetailLine[] = [];
  const blank = () => lines.push([]);
  lines.push(...wrapPieces([{ text: d.title, tone: 'title' }], w));
  lines.push(...wrapPieces([{ text: `${d.id} · ${d.collection}${d.kind ? ` · ${d.kind}` : ''}`, tone: 'meta' }], w));
  if (d.factuality) lines.push(...wrapPieces([{ text: 'Factuality ', tone: 'label' }, { text: d.factuality, tone: 'factuality' }], w));

  const evidence = (context: RecordDescription['evidence'][number]) => {
    lines.push([{ text: `${context.span.source} ${context.span.start}-${context.span.end}`, tone: 'meta' }]);
    lines.push(
      ...wrapPieces(
        [
          { text: context.before, tone: 'plain' },
          { text: context.match, tone: 'match' },
          { text: context.after, tone: 'plain' },
        ],
        w,
      ),
    );
  };
  const [first, ...more] = d.evidence;
  if (first) {
    blank();
    lines.push([{ text: 'Evidence', tone: 'heading' }]);
    evidence(first);
  }

  const fields = d.fields.filter((f) => f.key !== 'factuality');
  if (fields.length > 0) {
    blank();
    const labelWidth = Math.min(LABEL_MAX, Math.max(...fields.map((f) => f.label.length))) + 2;
    for (const field of fields) {
      const label = field.label.length > LABEL_MAX ? `${field.label.slice(0, LABEL_MAX - 1)}…` : field.label;
      // Reports and disagreements give one row per article, each wrapped on its own.
      const values = (field.rows ?? [field.value]).flatMap((row) => wrapPieces([{ text: row, tone: 'plain' }], Math.max(10, w - labelWidth)));
      values.forEach((value, i) => {
        const head: Piece = { text: (i === 0 ? label : '').padEnd(labelWidth), tone: 'label' };
        lines.push([head, ...value]);
      });
      // The reasoning of an inferred value stays one step away: dimmed, under the value.
      for (const why of field.why ?? []) {
        for (const line of wrapPieces([{ text: `why: ${why}`, tone: 'meta' }], Math.max(10, w - labelWidth - 2))) {
          lines.push([{ text: ''.padEnd(labelWidth + 2), tone: 'label' }, ...line]);
        }
      }
    }
  }

  if (more.length > 0) {
    blank();
    lines.push([{ text: `More evidence (${more.length})`, tone: 'heading' }]);
    for (const context of more) evidence(context);
  }
  return lines;
}
