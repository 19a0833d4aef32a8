import { annotations, formatSpanAnchor, segments, titleOf, getRecord, getSource, type AnnotationKind, type Segment } from '@kztj/core';
import { ANNOTATION_KIND_LABELS, ANNOTATION_KIND_TAGS } from '../../../../lib/labels';
import { recordHref } from '../../../../lib/links';

interface Anchor {
  id: string;
  start: number;
  end: number;
}

/** Every span the site links to in this source (its annotations), by start offset. */
function anchorsOf(sourceId: string): Map<number, Anchor[]> {
  const spans = new Map<string, Anchor>();
  const add = (span: { start: number; end: number }) => spans.set(formatSpanAnchor(span), { id: formatSpanAnchor(span), start: span.start, end: span.end });
  annotations(sourceId).forEach(add);
  const byStart = new Map<number, Anchor[]>();
  for (const anchor of spans.values()) byStart.set(anchor.start, [...(byStart.get(anchor.start) ?? []), anchor]);
  return byStart;
}

/** The segment's text with empty anchor elements at every linked span start inside it. */
function TextWithAnchors({ segment, anchors }: { segment: Segment; anchors: Map<number, Anchor[]> }) {
  const parts: React.ReactNode[] = [];
  let last = segment.start;
  for (let offset = segment.start; offset < segment.end; offset++) {
    const here = anchors.get(offset);
    if (!here) continue;
    if (offset > last) parts.push(segment.text.slice(last - segment.start, offset - segment.start));
    for (const a of here) parts.push(<span key={a.id} id={a.id} className="span-anchor" data-start={a.start} data-end={a.end} />);
    last = offset;
  }
  parts.push(segment.text.slice(last - segment.start));
  return <>{parts}</>;
}

function SegmentView({ segment, anchors }: { segment: Segment; anchors: Map<number, Anchor[]> }) {
  const text = <TextWithAnchors segment={segment} anchors={anchors} />;
  if (segment.annotations.length === 0) return text;
  // Nested spans, outermost first, so a name inside a longer name is drawn inside it.
  let inner: React.ReactNode = text;
  // The tag is drawn by CSS from data-tag (the text stays byte for byte) on the span's last
  // segment, once per kind and span even when two records share the words.
  const tagged = new Set(segment.annotations.filter((a) => a.end === segment.end).map((a) => `${a.kind}:${a.start}`));
  const tagOf = (a: Segment['annotations'][number]) => (tagged.delete(`${a.kind}:${a.start}`) ? ANNOTATION_KIND_TAGS[a.kind] : undefined);
  const tags = segment.annotations.map(tagOf);
  for (let i = segment.annotations.length - 1; i >= 0; i--) {
    const a = segment.annotations[i]!;
    inner = <span className={`ann k-${a.kind}`} data-tag={tags[i]}>{inner}</span>;
  }
  const innermost = segment.annotations[segment.annotations.length - 1]!;
  const ref = getRecord(innermost.recordId);
  return (
    <a className="seg" href={recordHref(innermost.recordId)} data-start={segment.start} data-end={segment.end} title={ref ? titleOf(ref) : undefined}>
      {inner}
    </a>
  );
}

/** The article text with every annotated span highlighted by kind, and a legend that toggles kinds without JavaScript. */
export function SourceReader({ sourceId }: { sourceId: string }) {
  const all = annotations(sourceId);
  const counts = new Map<AnnotationKind, number>();
  for (const a of all) counts.set(a.kind, (counts.get(a.kind) ?? 0) + 1);
  const kinds = (Object.keys(ANNOTATION_KIND_LABELS) as AnnotationKind[]).filter((k) => counts.has(k));
  const anchors = anchorsOf(sourceId);
  return (
    <>
      {/* The article is hundreds of tab stops; the legend comes after it on a phone (issue 12, item 5). */}
      <p className="reader-skips">
        <a href="#legend-heading">What the highlights mean</a> · <a href="#related-heading">Skip the article to its records</a>
      </p>
      <div className="reader reader-layout">
      <div className="reader-text" id="source-text" data-length={getSource(sourceId)?.text.length}>
        {segments(sourceId).map((segment) => (
          <SegmentView key={segment.start} segment={segment} anchors={anchors} />
        ))}
      </div>
      <aside className="legend" aria-labelledby="legend-heading">
        <h2 id="legend-heading" style={{ marginTop: 0 }}>Highlights</h2>
        <p className="legend-note">
          Every highlight is a span a record was extracted from, named by its kind; select one to open its record. Links of the form <code>#start-end</code> mark a span by its character offsets (UTF-16 code units).
        </p>
        <fieldset>
          <legend>Show</legend>
          {kinds.map((kind) => (
            <label key={kind} htmlFor={`kind-${kind}`}>
              <input type="checkbox" id={`kind-${kind}`} defaultChecked />
              <span className={`swatch ann k-${kind}`} aria-hidden="true">&nbsp;</span>
              {ANNOTATION_KIND_LABELS[kind]} <span className="muted">({counts.get(kind)})</span>
            </label>
          ))}
        </fieldset>
      </aside>
      </div>
    </>
  );
}
