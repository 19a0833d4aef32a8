'use client';
// Marks the span named by the URL hash (#start-end, as the core's formatSpanAnchor writes it) and
// moves focus there. Without JavaScript the browser still scrolls to the anchor element.
// Spans the site links to have an anchor element carrying their offsets, so no parsing is needed;
// only a hand-made link to some other span loads the core's parseSpanAnchor, on demand, because
// importing the core up front would bring the whole dataset into this page's bundle.
import { useEffect, useState } from 'react';

type Lookup = { span: { start: number; end: number } } | { other: true } | { invalid: string } | undefined;

async function offsetsOf(hash: string): Promise<Lookup> {
  const id = decodeURIComponent(hash.replace(/^#/, ''));
  if (!id) return undefined;
  const anchor = document.getElementById(id);
  if (anchor?.dataset.start && anchor.dataset.end) return { span: { start: Number(anchor.dataset.start), end: Number(anchor.dataset.end) } };
  // Another element of the page (#main from the skip link, a heading): not a span, nothing to say.
  if (anchor) return { other: true };
  const { parseSpanAnchor } = await import('@kztj/core');
  const span = parseSpanAnchor(id);
  return span ? { span } : { invalid: id };
}

/** Marks the span and says why when it cannot: a malformed anchor or offsets past the text's end. */
async function mark(): Promise<string> {
  const found = await offsetsOf(window.location.hash);
  for (const el of document.querySelectorAll('.seg.is-target')) el.classList.remove('is-target');
  if (!found || 'other' in found) return '';
  if ('invalid' in found) return `“#${found.invalid}” names no span: span links have the form #start-end, character offsets with start before end.`;
  const { span } = found;
  const length = Number(document.getElementById('source-text')?.dataset.length ?? Infinity);
  if (span.end > length) return `Characters ${span.start}–${span.end} are not in this article: its text has ${length} characters.`;
  const segs = [...document.querySelectorAll<HTMLElement>('#source-text .seg')].filter((el) => {
    const start = Number(el.dataset.start);
    const end = Number(el.dataset.end);
    return start < span.end && span.start < end;
  });
  for (const el of segs) el.classList.add('is-target');
  const first = segs[0];
  if (!first) return '';
  first.scrollIntoView({ block: 'center' });
  first.focus({ preventScroll: true });
  return '';
}

export function SpanTarget() {
  const [problem, setProblem] = useState('');
  useEffect(() => {
    const onHash = () => void mark().then(setProblem);
    onHash();
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  return problem ? <p role="alert" className="span-problem">{problem}</p> : null;
}
