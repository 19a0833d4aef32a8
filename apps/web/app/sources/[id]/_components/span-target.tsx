'use client';
// Marks the span named by the URL hash (#start-end, as the core's formatSpanAnchor writes it) and
// moves focus there. Without JavaScript the browser still scrolls to the anchor element.
// Spans the site links to have an anchor element carrying their offsets, so no parsing is needed;
// only a hand-made link to some other span loads the core's parseSpanAnchor, on demand, because
// importing the core up front would bring the whole dataset into this page's bundle.
import { useEffect } from 'react';

async function offsetsOf(hash: string): Promise<{ start: number; end: number } | undefined> {
  const id = decodeURIComponent(hash.replace(/^#/, ''));
  if (!id) return undefined;
  const anchor = document.getElementById(id);
  if (anchor?.dataset.start && anchor.dataset.end) return { start: Number(anchor.dataset.start), end: Number(anchor.dataset.end) };
  const { parseSpanAnchor } = await import('@kztj/core');
  return parseSpanAnchor(id);
}

async function mark(): Promise<void> {
  const span = await offsetsOf(window.location.hash);
  for (const el of document.querySelectorAll('.seg.is-target')) el.classList.remove('is-target');
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
    const onHash = () => void mark();
    onHash();
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  return null;
}
