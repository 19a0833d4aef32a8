import type { Sentence } from '../schema/source.js';

// Intl.Segmenter implements Unicode sentence boundaries (UAX #29); no hand-written splitter.
const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Splits the body into sentences; offsets exclude surrounding whitespace (including U+00A0). */
export function segmentSentences(text: string, bodyStart: number, bodyEnd: number): Sentence[] {
  const sentences: Sentence[] = [];
  const body = text.slice(bodyStart, bodyEnd);
  for (const { segment, index } of segmenter.segment(body)) {
    const leading = segment.length - segment.trimStart().length;
    const trimmed = segment.trim();
    if (trimmed.length === 0) continue;
    const start = bodyStart + index + leading;
    sentences.push({ start, end: start + trimmed.length });
  }
  return sentences;
}
