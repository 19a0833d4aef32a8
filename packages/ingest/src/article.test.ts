import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { sha256 } from '@kztj/core/authoring';
import { IngestRefusal, MAX_ARTICLE_BYTES, normalisedText, readArticle } from './article.js';

const fixture = (name: string) => readFile(new URL(`./fixtures/${name}`, import.meta.url));
const refusal = async (name: string, seeds: ReadonlyMap<string, string> = new Map()) => {
  try {
    readArticle(name, await fixture(name), seeds);
  } catch (error) {
    expect(error).toBeInstanceOf(IngestRefusal);
    return (error as IngestRefusal).message;
  }
  throw new Error(`${name} was accepted`);
};

describe('readArticle refuses, saying where and what', () => {
  it('an empty file', async () => {
    expect(await refusal('empty.txt')).toBe('empty.txt: the file is empty; nothing was written');
  });
  it('a file of whitespace, or only a date line', async () => {
    expect(await refusal('whitespace-only.txt')).toContain('the file is empty (only whitespace)');
    expect(await refusal('date-line-only.txt')).toContain('has a date line but no article text');
  });
  it('a binary file, by its NUL byte', async () => {
    expect(await refusal('binary.png')).toContain('binary file (NUL byte at byte offset 8)');
  });
  it('a file with terminal control characters', async () => {
    expect(await refusal('control-chars.txt')).toContain('control character U+001B at line 2, column 1');
  });
  it('a file that is not UTF-8', async () => {
    expect(await refusal('latin1.txt')).toContain('not valid UTF-8 (first bad byte sequence at line 1, column 20)');
  });
  it('an article already in seeds/, by sha256', async () => {
    const bytes = await fixture('round-trip-article.txt');
    const message = await refusal('round-trip-article.txt', new Map([[sha256(bytes), '007_0123456789abcdef.txt']]));
    expect(message).toContain(`already seeds/007_0123456789abcdef.txt (same sha256 ${sha256(bytes)})`);
  });
});

describe('readArticle accepts UTF-8 text', () => {
  it('with a date line, finding the body after it', async () => {
    const article = readArticle('a.txt', await fixture('round-trip-article.txt'), new Map());
    expect(article.statedDate).toBe('2024-09-12');
    expect(article.text.slice(article.bodyStart, article.bodyStart + 8)).toBe('DUSHANBE');
    expect(article.text.slice(article.bodyEnd - 8, article.bodyEnd)).toBe('transit.');
  });
});

describe('readArticle refuses copies, oversized files and text it cannot read', () => {
  const article = 'date 2024-01-02\nASTANA – Tajik and Kazakh ministers met in Astana on Monday.\n';
  const refuse = (bytes: Uint8Array, texts: ReadonlyMap<string, string> = new Map()) => {
    try {
      readArticle('a.txt', bytes, new Map(), texts);
    } catch (error) {
      expect(error).toBeInstanceOf(IngestRefusal);
      return (error as IngestRefusal).message;
    }
    throw new Error('accepted');
  };
  it('a file over the size limit, saying how large it is', () => {
    expect(refuse(new Uint8Array(MAX_ARTICLE_BYTES + 1).fill(0x61))).toMatch(/the file is 257 KB; ingest takes one news article, up to 256 KB/u);
  });
  it('a byte order mark, saying why', () => {
    expect(refuse(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(article)]))).toContain('starts with a UTF-8 byte order mark');
  });
  it('Russian or Kazakh text', () => {
    expect(refuse(Buffer.from('date 2024-01-02\nАСТАНА – Министры Казахстана и Таджикистана встретились в Астане.\n'))).toMatch(/0 % of its letters are Latin \(100 % Cyrillic: Russian or Kazakh\?\); ingest drafts English articles only/u);
  });
  it('an article already in seeds/, re-saved with CRLF line endings', () => {
    const texts = new Map([[sha256(new TextEncoder().encode(normalisedText(article))), '002_abc.txt']]);
    expect(refuse(Buffer.from(article.replace(/\n/gu, '\r\n')), texts)).toContain('already seeds/002_abc.txt, saved with other line endings');
  });
  it('but takes an English article with a few Cyrillic names', () => {
    expect(readArticle('a.txt', Buffer.from(`${article}The newspaper «Казахстанская правда» reported it.\n`), new Map()).statedDate).toBe('2024-01-02');
  });
});
