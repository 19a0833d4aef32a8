import { getSource } from '@kztj/core';

/** A short name for an article in tables and chart labels: "2018 article". */
export function sourceLabel(id: string): string {
  const source = getSource(id);
  return source ? `${source.date.latest.slice(0, 4)} article` : id;
}
