#!/usr/bin/env node
import { existsSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import { IngestRefusal } from './article.js';
import { ingest } from './ingest.js';
import { formatResult } from './report.js';

const HELP = `Usage: npm run ingest -- <article.txt> [options]

Adds a news article to kztj: copies it into seeds/ byte for byte (as NNN_<first 16 hex of its
sha256>.txt), drafts its records into packages/core/data/sources/<id>.yaml with status: draft,
and prints a coverage report. Refuses (writing nothing) empty, binary or non-UTF-8 files and
articles already in seeds/.

Options:
  --date YYYY-MM-DD   publication date, for an article without a first line "date YYYY-MM-DD"
  --id ID             source id (kebab-case); default article-NNN
  --title TEXT        source title; default the first sentence
  --dry-run           extract and report, write nothing
  --json              print the result as JSON
  --repo DIR          repository root (default: this checkout)
  --seeds DIR         seeds folder (default: <repo>/seeds)
  --data DIR          data folder (default: <repo>/packages/core/data)
  --dataset FILE      compiled dataset.json for extra aliases (default: @kztj/core's, if built)
  -h, --help          show this help`;

function defaultDataset(): string | undefined {
  try {
    return createRequire(import.meta.url).resolve('@kztj/core/dataset.json');
  } catch {
    return undefined;
  }
}

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        date: { type: 'string' },
        id: { type: 'string' },
        title: { type: 'string' },
        'dry-run': { type: 'boolean' },
        json: { type: 'boolean' },
        repo: { type: 'string' },
        seeds: { type: 'string' },
        data: { type: 'string' },
        dataset: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    process.stderr.write(`ingest: ${(error as Error).message}\n\n${HELP}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  if (positionals.length !== 1) {
    process.stderr.write(`ingest: expected exactly one article file, got ${positionals.length}\n\n${HELP}\n`);
    return 2;
  }
  // npm runs workspace scripts inside the workspace; INIT_CWD is where the person typed the command.
  // Through turbo a second npm resets INIT_CWD to the workspace, so a relative article path that is
  // not found there is looked for from the repository root too.
  const cwd = process.env.INIT_CWD ?? process.cwd();
  const repo = resolve(cwd, values.repo ?? fileURLToPath(new URL('../../..', import.meta.url)));
  const article = positionals[0] ?? '';
  const candidates = isAbsolute(article) ? [article] : [resolve(cwd, article), resolve(fileURLToPath(new URL('../../..', import.meta.url)), article)];
  const file = candidates.find((path) => existsSync(path)) ?? candidates[0] ?? article;
  const datasetJson = values.dataset === undefined ? defaultDataset() : resolve(cwd, values.dataset);
  try {
    const result = await ingest({
      file,
      seedsDir: values.seeds === undefined ? resolve(repo, 'seeds') : resolve(cwd, values.seeds),
      dataDir: values.data === undefined ? resolve(repo, 'packages/core/data') : resolve(cwd, values.data),
      ...(datasetJson === undefined ? {} : { datasetJson }),
      ...(values.date === undefined ? {} : { date: values.date }),
      ...(values.id === undefined ? {} : { id: values.id }),
      ...(values.title === undefined ? {} : { title: values.title }),
      dryRun: values['dry-run'] ?? false,
    });
    if (values.json) {
      const { draft, coverage, seedFile, draftPath, written } = result;
      process.stdout.write(`${JSON.stringify({ seedFile, draftPath, written, notes: draft.notes, draft: draft.source, coverage }, null, 2)}\n`);
    } else process.stdout.write(`${formatResult(result, cwd)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof IngestRefusal) {
      process.stderr.write(`ingest refused ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

process.exitCode = await main(process.argv.slice(2));
