import { wrapPieces, type DetailLine } from './detail-lines.js';
import { KEY_HELP } from './keys.js';
import { DetailView } from './record-detail.js';

const cache = new Map<number, DetailLine[]>();

/** The key table as screen lines for a terminal `width` wide: keys in a column, actions wrapped beside them. */
export function helpLines(width: number): DetailLine[] {
  let lines = cache.get(width);
  if (lines) return lines;
  const keysWidth = Math.min(Math.max(...KEY_HELP.map((k) => k.keys.length)), Math.floor(width * 0.3)) + 2;
  lines = [[{ text: 'Keys (↓↑ j k scroll this list; any other key closes it)', tone: 'heading' }], []];
  for (const { keys, action } of KEY_HELP) {
    const left = wrapPieces([{ text: keys, tone: 'heading' }], keysWidth - 2);
    const right = wrapPieces([{ text: action, tone: 'plain' }], Math.max(10, width - keysWidth));
    for (let i = 0; i < Math.max(left.length, right.length); i++) {
      const keyText = (left[i] ?? []).map((p) => p.text).join('');
      lines.push([{ text: keyText.padEnd(keysWidth), tone: 'heading' }, ...(right[i] ?? [])]);
    }
  }
  cache.set(width, lines);
  return lines;
}

export function HelpOverlay({ width, height, scroll }: { width: number; height: number; scroll: number }) {
  return <DetailView lines={helpLines(width)} scroll={scroll} height={height} />;
}
