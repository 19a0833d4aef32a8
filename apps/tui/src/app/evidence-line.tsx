import { Text } from 'ink';
import type { SnippetPart, SpanContext } from '@kztj/core';
import { useColor } from './theme.js';

/** The sentence around a span with the span itself highlighted. */
export function EvidenceLine({ context }: { context: SpanContext }) {
  const color = useColor();
  return (
    <Text>
      {context.before}
      <Text inverse bold color={color('yellow')}>
        {context.match}
      </Text>
      {context.after}
    </Text>
  );
}

/** A search snippet with matched words emphasised. */
export function SnippetLine({ parts }: { parts: readonly SnippetPart[] }) {
  const color = useColor();
  return (
    <Text>
      {parts.map((part, i) =>
        part.match ? (
          <Text key={i} bold underline color={color('yellow')}>
            {part.text}
          </Text>
        ) : (
          part.text
        ),
      )}
    </Text>
  );
}
