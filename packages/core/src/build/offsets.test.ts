import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { resolveQuote } from './resolve-quote.js';
import { repoSeedsDir } from './test-helpers.js';

// The data's offsets are UTF-16 code units (JavaScript string indices), documented in the core
// README. These tests pin that down on the real seeds, which hold non-ASCII characters.
describe('span offsets count UTF-16 code units of the decoded seed', () => {
  it('places a span after an en dash and curly quotes at its JS string index, not its byte offset', async () => {
    const bytes = await readFile(`${repoSeedsDir}001_0553d1944be4a109.txt`);
    const text = new TextDecoder().decode(bytes);
    const resolved = resolveQuote(text, 's', 'Kazakhstan and Tajikistan signed');
    expect(resolved.ok).toBe(true);
    const span = resolved.ok ? resolved.spans[0]! : undefined;
    expect(text.slice(span!.start, span!.end)).toBe('Kazakhstan and Tajikistan signed');
    // The en dash (U+2013) before it is 3 bytes in UTF-8, so the byte offset is 2 larger.
    const byteOffset = Buffer.from(text.slice(0, span!.start), 'utf8').length;
    expect(byteOffset - span!.start).toBe(2);
    expect(text.slice(0, span!.start)).toContain('\u2013');
  });

  it('has no astral characters in the seeds, so code points and UTF-16 units coincide there', async () => {
    for (const name of ['000_d66d515d6d0110a0.txt', '001_0553d1944be4a109.txt']) {
      const text = new TextDecoder().decode(await readFile(`${repoSeedsDir}${name}`));
      expect([...text].length).toBe(text.length);
    }
  });

  it('counts an astral character as two units, as String.prototype.slice does', () => {
    const resolved = resolveQuote('𝕂 Rahmon', 's', 'Rahmon');
    // U+1D542 is one code point but two UTF-16 units, so "Rahmon" starts at 3, not 2.
    expect(resolved.ok && resolved.spans[0]!.start).toBe(3);
  });
});
