'use client';
// Marks the span named by the URL hash (#start-end, as the core's formatSpanAnchor writes it) and
// moves focus there. Without JavaScript the browser still scrolls to the anchor element.
import { useEffect } from 'react';
import { parseSpanAnchor } from '@kztj/core';

function mark(): void {
  for (const el of document.querySelectorAll('.seg.is-target')) el.classList.remove('is-target');
  const span = parseSpanAnchor(window.location.hash);
  if (!span) return;
  const segs = [...document.querySelectorAll<HTMLElement>('#source-text .seg')].filter((el) => {
    const start = Number(el.dataset.start);
    const end = Number(el.dataset.end);
    return start < span.end && span.start < end;
  });
  for (const el of segs) el.classList.add('is-target');
  const first = segs[0];
  if (first) {
    first.scrollIntoView({ block: 'center' });
    first.focus({ preventScroll: true });
  }
}

export function SpanTarget() {
  useEffect(() => {
    mark();
    window.addEventListener('hashchange', mark);
    return () => window.removeEventListener('hashchange', mark);
  }, []);
  return null;
}
