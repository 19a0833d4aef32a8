import type { Factuality } from '@kztj/core';

// A symbol as well as colour and border style, so the difference never rests on colour alone.
const SYMBOL: Readonly<Record<Factuality, string>> = {
  happened: '✓',
  planned: '→',
  expected: '…',
  negated: '✕',
  reported: '“',
};

/** Presentational only (no data import), so client components can draw it with a label from the server. */
export function FactualityMark({ value, label }: { value: Factuality; label: string }) {
  return (
    <span className={`factuality factuality--${value}`}>
      <span aria-hidden="true">{SYMBOL[value]}</span>
      {label}
    </span>
  );
}
