'use client';
// Opens a server-rendered <details> on wide screens. On a phone, and without JavaScript, it stays
// folded with its summary: the article's provenance sat 1,200 px above the article at 360 px.
import { useEffect } from 'react';

export function OpenWhenWide({ id, minWidth = '60rem' }: { id: string; minWidth?: string }) {
  useEffect(() => {
    const details = document.getElementById(id);
    if (details instanceof HTMLDetailsElement && window.matchMedia(`(min-width: ${minWidth})`).matches) details.open = true;
  }, [id, minWidth]);
  return null;
}
