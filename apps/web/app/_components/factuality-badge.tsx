import { formatFactuality, type Factuality } from '@kztj/core';
import { FactualityMark } from './factuality-mark';

export function FactualityBadge({ value }: { value: Factuality }) {
  return <FactualityMark value={value} label={formatFactuality(value)} />;
}
