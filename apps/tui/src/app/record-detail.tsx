import { Box, Text } from 'ink';
import type { DetailLine, Tone } from './detail-lines.js';
import { useColor } from './theme.js';

const FACTUALITY_COLORS: Record<string, string> = {
  happened: 'green',
  planned: 'yellow',
  expected: 'yellow',
  'will not happen': 'red',
  reportedly: 'magenta',
};

function toneProps(tone: Tone, text: string, color: (name: string) => string | undefined) {
  switch (tone) {
    case 'title':
      return { bold: true, color: color('cyan') };
    case 'meta':
    case 'label':
      return { dimColor: true };
    case 'heading':
      return { bold: true };
    case 'match':
      return { inverse: true, bold: true, color: color('yellow') };
    case 'factuality':
      return { bold: true, color: color(FACTUALITY_COLORS[text.replace(/ \(.*$/, '')] ?? 'white') };
    case 'plain':
      return {};
  }
}

/** Pre-wrapped detail lines (see detail-lines.ts), `height` of them from `scroll` on. */
export function DetailView({ lines, scroll = 0, height }: { lines: readonly DetailLine[]; scroll?: number; height: number }) {
  const color = useColor();
  return (
    <Box flexDirection="column" height={height} flexShrink={0}>
      {lines.slice(scroll, scroll + height).map((line, i) => (
        <Text key={scroll + i} wrap="truncate-end">
          {line.length === 0
            ? ' '
            : line.map((piece, j) => (
                <Text key={j} {...toneProps(piece.tone, piece.text, color)}>
                  {piece.text}
                </Text>
              ))}
        </Text>
      ))}
    </Box>
  );
}
