import type { Segment } from '@kztj/core';

/** A screen line of a source: offsets into its text, end exclusive, without the line break. */
export interface TextLine {
  start: number;
  end: number;
}

/**
 * Word-wraps text to `width` columns while keeping source offsets, so the source view can find the
 * line a span starts on and draw annotations across line breaks. Words longer than a line are cut.
 */
export function wrapText(text: string, width: number): TextLine[] {
  const lines: TextLine[] = [];
  const w = Math.max(1, width);
  let paragraphStart = 0;
  for (const paragraph of text.split('\n')) {
    const paragraphEnd = paragraphStart + paragraph.length;
    let start = paragraphStart;
    while (paragraphEnd - start > w) {
      const space = text.lastIndexOf(' ', start + w);
      if (space > start) {
        lines.push({ start, end: space });
        start = space + 1;
      } else {
        lines.push({ start, end: start + w });
        start += w;
      }
    }
    lines.push({ start, end: paragraphEnd });
    paragraphStart = paragraphEnd + 1;
  }
  return lines;
}

/** The index of the line holding an offset. */
export function lineOf(lines: readonly TextLine[], offset: number): number {
  const index = lines.findIndex((line) => offset < line.end || (offset === line.end && line.start === line.end));
  return index === -1 ? Math.max(0, lines.length - 1) : index;
}

/** The parts of the core's segments that fall on one line, each with its annotations. */
export function segmentsOnLine(segments: readonly Segment[], line: TextLine): Segment[] {
  const parts: Segment[] = [];
  for (const segment of segments) {
    if (segment.end <= line.start) continue;
    if (segment.start >= line.end) break;
    const start = Math.max(segment.start, line.start);
    const end = Math.min(segment.end, line.end);
    parts.push({ ...segment, start, end, text: segment.text.slice(start - segment.start, end - segment.start) });
  }
  return parts;
}
