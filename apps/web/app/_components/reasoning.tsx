import type { Basis } from '@kztj/core';

/**
 * Marks an inferred value as inferred, with its reasoning one step away: a native <details>
 * opens with the keyboard and without JavaScript, and a screen reader announces it as a
 * collapsed group whose summary says "inferred". Stated values need no mark.
 */
export function Reasoning({ basis, reasoning, label = 'inferred' }: { basis: Basis; reasoning?: string | undefined; label?: string }) {
  if (basis !== 'inferred') return null;
  return (
    <details className="reasoning">
      <summary>{label}</summary>
      <p>{reasoning ?? 'No reasoning recorded.'}</p>
    </details>
  );
}
