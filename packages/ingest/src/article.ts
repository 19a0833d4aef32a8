import { isUtf8 } from 'node:buffer';
import { bodyBounds, sha256 } from '@kztj/core/authoring';

/** A refusal: the input is not something ingest will add. Nothing has been written when it is thrown. */
export class IngestRefusal extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}; nothing was written`);
    this.name = 'IngestRefusal';
  }
}

export interface Article {
  /** The path it was read from, for messages. */
  file: string;
  bytes: Uint8Array;
  text: string;
  sha256: string;
  bodyStart: number;
  bodyEnd: number;
  /** From a first line `date YYYY-MM-DD`, as in the 2023 seed. */
  statedDate?: string;
}

// Control characters other than tab, line feed, form feed and carriage return never occur in
// article text; one of them (NUL above all) means a binary file, whatever its bytes decode to.
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/u;

function lineAndColumn(text: string, index: number): string {
  const before = text.slice(0, index);
  const line = before.split('\n').length;
  return `line ${line}, column ${index - before.lastIndexOf('\n')}`;
}

/** The largest article ingest takes: news articles are a few kilobytes; a huge file is a mistake (and extraction is not linear in it). */
export const MAX_ARTICLE_BYTES = 256 * 1024;

/**
 * The text a person would call the same article: no BOM, LF line endings, NFC, no trailing spaces
 * on a line, no blank lines at either end. Two files with the same normalised text are one article
 * saved twice (a CRLF or BOM copy), whatever their bytes.
 */
export function normalisedText(text: string): string {
  return text
    .replace(/^\uFEFF/u, '')
    .replace(/\r\n?/gu, '\n')
    .normalize('NFC')
    .replace(/[ \t]+$/gmu, '')
    .trim();
}

/**
 * Checks raw bytes are an article ingest can take, in the order a person would want to hear about
 * it: empty, too large, binary, not UTF-8, a byte order mark, not in Latin script, already a seed
 * (byte for byte, or the same text saved with other line endings or whitespace).
 * `existingSeeds` maps sha256 → seed file name; `existingTexts` maps sha256 of the normalised text → seed file name.
 */
export function readArticle(file: string, bytes: Uint8Array, existingSeeds: ReadonlyMap<string, string>, existingTexts: ReadonlyMap<string, string> = new Map()): Article {
  if (bytes.length === 0) throw new IngestRefusal(file, 'the file is empty');
  if (bytes.length > MAX_ARTICLE_BYTES) {
    throw new IngestRefusal(file, `the file is ${Math.ceil(bytes.length / 1024)} KB; ingest takes one news article, up to ${MAX_ARTICLE_BYTES / 1024} KB: split it into its articles`);
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) throw new IngestRefusal(file, `this looks like a binary file (NUL byte at byte offset ${nul}), not a UTF-8 text article`);
  if (!isUtf8(bytes)) {
    const lossy = new TextDecoder('utf-8').decode(bytes);
    const at = lossy.indexOf('\uFFFD');
    throw new IngestRefusal(file, `the file is not valid UTF-8 (first bad byte sequence at ${lineAndColumn(lossy, Math.max(at, 0))}); save it as UTF-8 and try again`);
  }
  // A BOM is refused, not stripped: the seed is kept byte for byte, and a reader that decodes
  // UTF-8 normally would see one more character than the offsets count.
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    throw new IngestRefusal(file, 'the file starts with a UTF-8 byte order mark (U+FEFF); save it as UTF-8 without a BOM (it would shift every character offset for readers that decode UTF-8 normally)');
  }
  const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  const control = CONTROL.exec(text);
  if (control) {
    const code = control[0].codePointAt(0)?.toString(16).padStart(4, '0').toUpperCase();
    throw new IngestRefusal(file, `this looks like a binary file (control character U+${code} at ${lineAndColumn(text, control.index)}), not a text article`);
  }
  const { bodyStart, bodyEnd, statedDate } = bodyBounds(text);
  if (bodyEnd <= bodyStart) throw new IngestRefusal(file, text.trim() === '' ? 'the file is empty (only whitespace)' : 'the file has a date line but no article text');
  // The extractors read English: Russian or Kazakh text would be drafted as garbage. The script
  // tells it, with no model to load and no false alarms on short texts (a language guesser's weak spot).
  const letters = [...text.slice(bodyStart, bodyEnd).matchAll(/\p{L}/gu)].length;
  const latin = [...text.slice(bodyStart, bodyEnd).matchAll(/\p{Script=Latin}/gu)].length;
  if (letters > 0 && latin / letters < 0.5) {
    const cyrillic = [...text.slice(bodyStart, bodyEnd).matchAll(/\p{Script=Cyrillic}/gu)].length;
    throw new IngestRefusal(file, `only ${Math.round((latin / letters) * 100)} % of its letters are Latin${cyrillic > 0 ? ` (${Math.round((cyrillic / letters) * 100)} % Cyrillic: Russian or Kazakh?)` : ''}; ingest drafts English articles only`);
  }
  const hash = sha256(bytes);
  const existing = existingSeeds.get(hash);
  if (existing !== undefined) throw new IngestRefusal(file, `this article is already seeds/${existing} (same sha256 ${hash})`);
  const sameText = existingTexts.get(sha256(new TextEncoder().encode(normalisedText(text))));
  if (sameText !== undefined) throw new IngestRefusal(file, `this article is already seeds/${sameText}, saved with other line endings, spacing or Unicode normalisation (the same normalised text)`);
  return { file, bytes, text, sha256: hash, bodyStart, bodyEnd, ...(statedDate === undefined ? {} : { statedDate }) };
}
