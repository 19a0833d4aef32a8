import type { z } from 'zod';
import { AuthoredCatalogue } from '../authoring/authored.js';
import type { SourceCatalogue } from '../schema/source.js';
import { edtfBounds } from './compile-date.js';
import type { Problem } from './problem.js';

/**
 * Compiles data/catalogue.yaml (facts from the publishers' pages, CATALOGUE.md) into one
 * `source.catalogue` per seed file. They are kept apart from the text's own date: the catalogue
 * has basis "catalogue", and never replaces what the article says.
 */
export function compileCatalogue(
  file: string,
  value: unknown,
  seeds: ReadonlyMap<string, unknown>,
  zodProblems: (file: string, error: z.ZodError) => Problem[],
): { byFile: Map<string, SourceCatalogue>; problems: Problem[] } {
  const byFile = new Map<string, SourceCatalogue>();
  const parsed = AuthoredCatalogue.safeParse(value ?? []);
  if (!parsed.success) return { byFile, problems: zodProblems(file, parsed.error) };
  const problems: Problem[] = [];
  parsed.data.forEach((entry, i) => {
    const at = (field: string, message: string) => problems.push({ file, recordId: entry.file, field: `[${i}].${field}`, message });
    if (!seeds.has(entry.file)) return at('file', `unknown seed file seeds/${entry.file}`);
    if (byFile.has(entry.file)) return at('file', `seed ${entry.file} already has a catalogue entry`);
    if (!URL.canParse(entry.url)) return at('url', `${JSON.stringify(entry.url)} is not a URL`);
    let bounds;
    try {
      bounds = edtfBounds(entry.date.edtf);
    } catch (error) {
      return at('date.edtf', `invalid EDTF date ${JSON.stringify(entry.date.edtf)}: ${(error as Error).message.split('\n')[0]}`);
    }
    const { file: _f, date, ...rest } = entry;
    byFile.set(entry.file, {
      basis: 'catalogue',
      ...rest,
      date: { edtf: date.edtf, earliest: bounds.earliest, latest: bounds.latest, how: date.how },
    });
  });
  return { byFile, problems };
}
