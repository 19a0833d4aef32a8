import { constants } from 'node:fs';
import { access, readdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { compileDataset, formatProblem, loadData, sha256, writeFileAtomically, type DataFile } from '@kztj/core/authoring';
import { IngestRefusal, normalisedText, readArticle, type Article } from './article.js';
import { citationsFromDataset, coverage, type CoverageReport } from './coverage.js';
import { buildDraft, type Draft, type SourceDate } from './draft.js';
import { extract, type Extraction } from './extract/index.js';
import type { ArticleDate } from './extract/dates.js';
import { loadGazetteer } from './gazetteer.js';
import { loadKnownRecords } from './known-records.js';
import { spanOf } from './quote-ref.js';
import { nextSeedName, SEED_NAME } from './seed-name.js';

export interface IngestOptions {
  /** The article to add. */
  file: string;
  seedsDir: string;
  dataDir: string;
  /** A compiled dataset.json whose aliases extend the gazetteer (optional). */
  datasetJson?: string;
  /** Publication date for an article with no date line (YYYY-MM-DD). */
  date?: string;
  /** Source id; default `article-NNN`. */
  id?: string;
  title?: string;
  /** Extract and report, but write nothing. */
  dryRun?: boolean;
}

export interface IngestResult {
  seedFile: string;
  seedPath: string;
  draftPath: string;
  draft: Draft;
  extraction: Extraction;
  /** Undefined when neither the whole data nor the draft alone compiles (the data has problems of its own). */
  coverage: CoverageReport | undefined;
  written: boolean;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
// Dropping a record can break one that points at it (an agreement's signedAt): a few rounds settle it.
const MAX_DROP_ROUNDS = 3;

const draftRecordIds = (draft: Draft): string[] =>
  (['events', 'agreements', 'figures', 'quotes', 'claims', 'roles'] as const).flatMap((k) => (draft.source[k] as Array<{ id?: string }>).flatMap((r) => (r.id ? [r.id] : [])));

function sourceDateOf(article: Article, option: string | undefined, extraction: { years: number[] }): { date: SourceDate; reference: ArticleDate } {
  if (article.statedDate !== undefined) {
    const at = article.text.indexOf(`date ${article.statedDate}`);
    return {
      date: { edtf: article.statedDate, basis: 'stated', evidence: spanOf(article.text, at, at + 5 + article.statedDate.length) },
      reference: { edtf: article.statedDate, exact: true },
    };
  }
  if (option !== undefined) {
    return {
      date: { edtf: option, basis: 'inferred', reasoning: `The file has no date line; the date was given with --date by the person who ingested it.` },
      reference: { edtf: option, exact: true },
    };
  }
  const latest = Math.max(...extraction.years);
  if (!Number.isFinite(latest)) {
    throw new IngestRefusal(article.file, 'the article has no date line and states no year; give its publication date with --date YYYY-MM-DD');
  }
  return {
    date: {
      edtf: `${latest}?`,
      basis: 'inferred',
      reasoning: `The file has no date line; ${latest} is the latest year the article states (a draft guess: check it, or ingest again with --date).`,
    },
    reference: { edtf: String(latest), exact: false },
  };
}

async function exists(path: string): Promise<boolean> {
  return access(path, constants.F_OK).then(
    () => true,
    () => false,
  );
}

/**
 * A draft's title: the first sentence that is not a byline ("By Aziza Nurmatova") or a bare
 * dateline ("ASTANA. October 17."), without its dateline ("DUSHANBE – "), at most 100 characters.
 */
export function titleOf(sentences: readonly string[], fallback: string): string {
  const dateline = /^\s*\p{Lu}{3,}[\p{Lu} ]*(?:[.,]?\s*\p{Lu}\p{Ll}+\.?\s+\d{1,2}\b)?\s*(?:\([^)]*\))?\s*(?:[.–—-]\s*|,\s*)/u;
  for (const sentence of sentences) {
    if (/^\s*By\s+\p{Lu}/u.test(sentence)) continue;
    const text = sentence.replace(dateline, '').replace(/\s+/gu, ' ').trim();
    if (!/\p{Ll}/u.test(text)) continue;
    return text.length > 100 ? `${text.slice(0, 99).trimEnd()}…` : text;
  }
  return fallback;
}

export const LOCK_FILE = '.ingest.lock';

/**
 * Adds one article under a lock on the seeds folder: numbering a seed and writing it and its draft
 * is one step, so two ingests at once never take one number or overwrite each other's draft (the
 * second is refused and writes nothing). A dry run writes nothing and takes no lock.
 */
export async function ingest(options: IngestOptions): Promise<IngestResult> {
  if (options.dryRun) return ingestUnlocked(options);
  const lock = join(options.seedsDir, LOCK_FILE);
  try {
    await writeFile(lock, `${process.pid} ${new Date().toISOString()}\n`, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const holder = (await readFile(lock, 'utf8').catch(() => '')).trim();
    throw new IngestRefusal(options.file, `another ingest is running (${lock}${holder ? `: pid and start ${holder}` : ''}); wait for it to finish, or delete the file if no ingest is running`);
  }
  try {
    return await ingestUnlocked(options);
  } finally {
    await unlink(lock).catch(() => undefined);
  }
}

/**
 * Adds one article: refuses bad input, drafts its records, checks the draft compiles together with
 * the existing data (only problems the draft adds count), then writes the seed byte for byte and
 * the draft YAML atomically. A refusal or failed check writes nothing; a failure while writing the
 * draft removes the seed it had just written.
 */
async function ingestUnlocked(options: IngestOptions): Promise<IngestResult> {
  const { file, seedsDir, dataDir } = options;
  if (options.date !== undefined && !DAY.test(options.date)) throw new IngestRefusal(file, `--date must be YYYY-MM-DD, got ${JSON.stringify(options.date)}`);
  if (options.id !== undefined && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/u.test(options.id)) throw new IngestRefusal(file, `--id must be kebab-case (like "rahmon-visit-2024"), got ${JSON.stringify(options.id)}`);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw new IngestRefusal(file, `cannot read the file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  const seedNames = (await readdir(seedsDir)).filter((name) => name.endsWith('.txt')).sort();
  const known = new Map<string, string>();
  const texts = new Map<string, string>();
  for (const name of seedNames) {
    const seed = await readFile(join(seedsDir, name));
    known.set(sha256(seed), name);
    texts.set(sha256(new TextEncoder().encode(normalisedText(seed.toString('utf8')))), name);
  }
  const article = readArticle(file, bytes, known, texts);

  const seedFile = nextSeedName(seedNames.filter((n) => SEED_NAME.test(n)), article.sha256);
  const sourceId = options.id ?? `article-${seedFile.slice(0, 3)}`;
  const draftPath = join(dataDir, 'sources', `${sourceId}.yaml`);
  if (await exists(draftPath)) throw new IngestRefusal(file, `a data file for source "${sourceId}" already exists (${draftPath}); choose another --id`);

  const gazetteer = await loadGazetteer(dataDir, options.datasetJson);
  const knownRecords = await loadKnownRecords(dataDir);
  if (gazetteer.takenIds.has(sourceId)) throw new IngestRefusal(file, `the id "${sourceId}" is already used in the data; choose another --id`);
  const years = [...article.text.slice(article.bodyStart, article.bodyEnd).matchAll(/\b(?:19|20)\d\d\b/gu)].map((m) => Number(m[0]));
  const { date, reference } = sourceDateOf(article, options.date, { years });
  const extraction = extract(article.text, article.bodyStart, article.bodyEnd, reference, gazetteer);
  const title = options.title ?? titleOf(extraction.sentences.map((s) => s.text), basename(file));
  // The draft must compile with the existing data: compare against a build without it, so a
  // problem already in the data (someone mid-edit) is not blamed on the draft. A record the build
  // rejects is left out with a note (a figure whose ordinal word the core does not read as a
  // number, say), so one bad guess does not cost the reviewer the whole draft.
  const { input, problems: loadProblems } = await loadData(dataDir, seedsDir);
  const before = new Set([...loadProblems, ...compileDataset(input).problems].map(formatProblem));
  const seeds = new Map(input.seeds).set(seedFile, article.bytes);
  const drop = new Map<string, string>();
  let draft: Draft;
  let draftFile: DataFile;
  let compiled: ReturnType<typeof compileDataset>;
  for (let attempt = 0; ; attempt += 1) {
    draft = buildDraft({ text: article.text, seedName: seedFile, sourceId, title, date, extraction, gazetteer, knownRecords, drop });
    draftFile = { file: `sources/${sourceId}.yaml`, value: parse(draft.yaml) };
    // Compiled as it will be once reviewed, so the coverage below is the build's own rule.
    compiled = compileDataset({ ...input, sources: [...input.sources, draftFile], seeds }, { includeDrafts: true });
    const added = compiled.problems.filter((p) => !before.has(formatProblem(p)));
    if (added.length === 0) break;
    const ids = new Set(draftRecordIds(draft));
    const blamed = added.filter((p) => p.recordId !== undefined && ids.has(p.recordId) && !drop.has(p.recordId));
    if (attempt >= MAX_DROP_ROUNDS || blamed.length !== added.length) {
      throw new IngestRefusal(file, `the draft does not compile (a bug in ingest, please report it):\n  ${added.map(formatProblem).join('\n  ')}`);
    }
    for (const problem of blamed) drop.set(problem.recordId as string, problem.message);
  }

  // When the data has problems of its own (someone mid-edit) there is no dataset to measure the
  // draft in, and a guess would not be the build's rule: the report says so instead.
  const report = compiled.dataset
    ? coverage(sourceId, article.text, article.bodyStart, article.bodyEnd, reference, citationsFromDataset(compiled.dataset, sourceId))
    : undefined;
  const seedPath = join(seedsDir, seedFile);
  const result: IngestResult = { seedFile, seedPath, draftPath, draft, extraction, coverage: report, written: false };
  if (options.dryRun) return result;

  // 'wx' fails if the name exists: never overwrite a seed (another ingest may have just taken it).
  try {
    await writeFile(seedPath, article.bytes, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new IngestRefusal(file, `seeds/${seedFile} appeared while ingesting (another ingest running?); run it again`);
    throw error;
  }
  try {
    if (sha256(await readFile(seedPath)) !== article.sha256) throw new Error(`seeds/${seedFile} does not read back byte for byte`);
    await writeFileAtomically(draftPath, draft.yaml);
  } catch (error) {
    await unlink(seedPath).catch(() => undefined);
    throw error;
  }
  return { ...result, written: true };
}
