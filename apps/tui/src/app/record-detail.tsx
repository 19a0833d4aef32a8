import { Box, Text } from 'ink';
import type { RecordRef } from '@kztj/core';
import { describeRecord, type RecordDescription } from '../describe-record.js';
import { EvidenceLine } from './evidence-line.js';
import { useColor } from './theme.js';

const FACTUALITY_COLORS: Record<string, string> = {
  happened: 'green',
  planned: 'yellow',
  expected: 'yellow',
  'will not happen': 'red',
  reportedly: 'magenta',
};

function Evidence({ contexts }: { contexts: RecordDescription['evidence'] }) {
  return contexts.map((context, i) => (
    <Box key={i} flexDirection="column">
      <Text dimColor>
        {context.span.source} {context.span.start}-{context.span.end}
      </Text>
      <EvidenceLine context={context} />
    </Box>
  ));
}

/**
 * A record's factuality, first evidence sentence, fields and further evidence, most telling first
 * because the caller bounds the height.
 */
export function RecordDetail({ record, width }: { record: RecordRef; width: number }) {
  const color = useColor();
  const d = describeRecord(record);
  const fields = d.fields.filter((f) => f.label !== 'Factuality');
  const labelWidth = Math.min(16, Math.max(...fields.map((f) => f.label.length), 8)) + 2;
  const [first, ...more] = d.evidence;
  return (
    // Natural height, never shrunk: the caller's box clips what does not fit instead of Yoga
    // squeezing lines on top of each other.
    <Box flexDirection="column" width={width} flexShrink={0}>
      <Text bold color={color('cyan')} wrap="truncate-end">
        {d.title}
      </Text>
      <Text dimColor wrap="truncate-end">
        {d.id} · {d.collection}
        {d.kind ? ` · ${d.kind}` : ''}
      </Text>
      {d.factuality && (
        <Text>
          <Text dimColor>Factuality </Text>
          <Text bold color={color(FACTUALITY_COLORS[d.factuality.replace(/ \(.*$/, '')] ?? 'white')}>
            {d.factuality}
          </Text>
        </Text>
      )}
      {first && (
        <Box flexDirection="column" marginTop={1}>
          <Text bold>Evidence</Text>
          <Evidence contexts={[first]} />
        </Box>
      )}
      <Box flexDirection="column" marginTop={1}>
        {fields.map((field, i) => (
          <Box key={`${field.label}-${i}`}>
            <Box width={labelWidth} flexShrink={0}>
              <Text dimColor wrap="truncate-end">
                {field.label}
              </Text>
            </Box>
            <Box flexGrow={1}>
              <Text>{field.value}</Text>
            </Box>
          </Box>
        ))}
      </Box>
      {more.length > 0 && (
        <Box flexDirection="column" marginTop={1}>
          <Text bold>More evidence ({more.length})</Text>
          <Evidence contexts={more} />
        </Box>
      )}
    </Box>
  );
}
