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

/**
 * Checks raw bytes are an article ingest can take, in the order a person would want to hear about
 * it: empty, binary, not UTF-8, already a seed. `existingSeeds` maps sha256 → seed file name.
 */
export function readArticle(file: string, bytes: Uint8Array, existingSeeds: ReadonlyMap<string, string>): Article {
  if (bytes.length === 0) throw new IngestRefusal(file, 'the file is empty');
  const nul = bytes.indexOf(0);
  if (nul !== -1) throw new IngestRefusal(file, `this looks like a binary file (NUL byte at byte offset ${nul}), not a UTF-8 text article`);
  if (!isUtf8(bytes)) {
    const lossy = new TextDecoder('utf-8').decode(bytes);
    const at = lossy.indexOf('\uFFFD');
    throw new IngestRefusal(file, `the file is not valid UTF-8 (first bad byte sequence at ${lineAndColumn(lossy, Math.max(at, 0))}); save it as UTF-8 and try again`);
  }
  const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  const control = CONTROL.exec(text);
  if (control) {
    const code = control[0].codePointAt(0)?.toString(16).padStart(4, '0').toUpperCase();
    throw new IngestRefusal(file, `this looks like a binary file (control character U+${code} at ${lineAndColumn(text, control.index)}), not a text article`);
  }
  const { bodyStart, bodyEnd, statedDate } = bodyBounds(text);
  if (bodyEnd <= bodyStart) throw new IngestRefusal(file, text.trim() === '' ? 'the file is empty (only whitespace)' : 'the file has a date line but no article text');
  const hash = sha256(bytes);
  const existing = existingSeeds.get(hash);
  if (existing !== undefined) throw new IngestRefusal(file, `this article is already seeds/${existing} (same sha256 ${hash})`);
  return { file, bytes, text, sha256: hash, bodyStart, bodyEnd, ...(statedDate === undefined ? {} : { statedDate }) };
}
