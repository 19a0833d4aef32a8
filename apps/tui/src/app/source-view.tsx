import { Box, Text } from 'ink';
import type { AnnotationKind } from '@kztj/core';
import { getRecord, titleOf } from '@kztj/core';
import type { Range } from './navigation.js';
import { annotatedSpans, annotatedSpanAt } from './source-spans.js';
import type { SourceLayout } from './source-layout.js';
import { KIND_COLORS, useColor, useStyles } from './theme.js';
import { segmentsOnLine } from './wrap.js';

const LEGEND: readonly AnnotationKind[] = ['person', 'country', 'place', 'organisation', 'event', 'agreement', 'figure', 'quote', 'claim', 'date'];

/**
 * The article with every annotated span coloured by what it is evidence for (innermost span wins
 * the colour; all are underlined, so spans stay visible without colour), and the span the view was
 * opened for inverted.
 */
export function SourceView({ layout, focus, height }: { layout: SourceLayout; focus: Range | undefined; height: number }) {
  const color = useColor();
  const styles = useStyles();
  const textHeight = layout.height;
  const focused = annotatedSpanAt(annotatedSpans(layout.source.id), focus);
  const records = (focused?.annotations ?? []).map((a) => {
    const ref = getRecord(a.recordId);
    return `${ref ? titleOf(ref) : a.recordId} (${a.kind})`;
  });
  const visible = layout.lines.slice(layout.scroll, layout.scroll + textHeight);
  return (
    <Box flexDirection="column" height={height}>
      <Box flexDirection="column" height={textHeight}>
        {visible.map((line, i) => (
          <Text key={layout.scroll + i} wrap="truncate-end">
            {/* Characters, not styling: the highlighted span's lines stay marked without any. */}
            {focus !== undefined && line.start < focus.end && focus.start < Math.max(line.end, line.start + 1) ? <Text bold>› </Text> : '  '}
            {line.start === line.end
              ? ' '
              : segmentsOnLine(layout.segments, line).map((part) => {
                  const innermost = part.annotations.at(-1);
                  const focused = focus !== undefined && part.start < focus.end && focus.start < part.end;
                  return (
                    <Text
                      key={part.start}
                      color={innermost ? color(KIND_COLORS[innermost.kind]) : undefined}
                      underline={innermost !== undefined}
                      inverse={focused}
                      bold={focused}
                    >
                      {part.text}
                    </Text>
                  );
                })}
          </Text>
        ))}
      </Box>
      <Text wrap="truncate-end">
        <Text dimColor>n/p next/previous span</Text>
        {records.length > 0 && (
          <>
            <Text dimColor> · enter opens </Text>
            <Text bold>{records[0]}</Text>
            {records.length > 1 && <Text dimColor> (also {records.slice(1).join(', ')})</Text>}
          </>
        )}
      </Text>
      {!styles ? (
        <Text wrap="truncate-end">› marks the lines of the highlighted span (this terminal shows no underline or inverse)</Text>
      ) : color('x') ? (
        <Text wrap="truncate-end">
          {LEGEND.map((kind) => (
            <Text key={kind} color={color(KIND_COLORS[kind])} underline>
              {kind}
            </Text>
          )).flatMap((el, i) => (i === 0 ? [el] : [' ', el]))}
        </Text>
      ) : (
        <Text wrap="truncate-end" dimColor>
          underlined: annotated span · inverted, and › beside it: the highlighted span
        </Text>
      )}
    </Box>
  );
}
