import nlp from 'compromise';

export interface Token {
  start: number;
  end: number;
  text: string;
  tags: ReadonlySet<string>;
  /** First token of its sentence (capitalised for grammar, not because it is a name). */
  sentenceInitial: boolean;
}

let cache: { text: string; from: number; to: number; tokens: Token[] } | undefined;

/**
 * compromise's tokens of text[from, to) with its part-of-speech and entity tags, offsets in the
 * whole text (UTF-16 code units, as the core counts). Cached for the last text, since every
 * extractor reads the same article.
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  if (cache && cache.text === text && cache.from === from && cache.to === to) return cache.tokens;
  const body = text.slice(from, to);
  const sentences = nlp(body).json({ offset: true }) as Array<{
    terms: Array<{ text: string; tags: string[]; offset: { start: number; length: number } }>;
  }>;
  const tokens: Token[] = [];
  for (const sentence of sentences) {
    sentence.terms.forEach((term, index) => {
      const start = from + term.offset.start;
      tokens.push({
        start,
        end: start + term.offset.length,
        text: text.slice(start, start + term.offset.length),
        tags: new Set(term.tags),
        // A term after an opening quotation mark still starts a sentence of its own.
        sentenceInitial: index === 0 || /[“"]\s*$/u.test(text.slice(Math.max(from, start - 3), start)),
      });
    });
  }
  cache = { text, from, to, tokens };
  return tokens;
}
