#!/usr/bin/env node
import { Argument, Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { COLLECTION_NAMES, FACTUALITY_LABELS } from '@kztj/core';
import { version } from '../package.json';
import { EXIT, NotFoundError, UsageError, describeError } from './errors.js';
import type { CommandOutput } from './commands.js';
import { EXPORT_FORMATS } from './output/export.js';

const COLLECTIONS = COLLECTION_NAMES.join(', ');
const FACTUALITIES = Object.keys(FACTUALITY_LABELS);

const FILTER_HELP = `
Dates for --from/--to are a year, year-month or ISO day (2018, 2018-03, 2018-03-15); a record
matches when its date may fall in the range. --country takes an id, name or ISO code (kz, TJK, 762).`;

const program = new Command('kztj')
  .description(
    'Browse and script the Kazakhstan–Tajikistan knowledge base.\n\n' +
      'With no command, in a terminal, kztj opens a full-screen browser (press ? inside for every key).\n' +
      'Commands print plain aligned text, or JSON with --json that validates against @kztj/core/schema.',
  )
  .version(version, '-V, --version', 'print the version')
  .helpOption('-h, --help', 'show help for kztj or a command')
  .helpCommand('help [command]', 'show help for a command')
  .showSuggestionAfterError()
  .exitOverride()
  .configureOutput({
    // One line, prefixed like every other kztj error.
    outputError: (message, write) =>
      write(`kztj: ${message.replace(/^error: /, '').replace(/\n\(Did you mean (.*)\?\)/, ' (did you mean $1?)')}`),
  })
  .addHelpText(
    'after',
    `
Collections: ${COLLECTIONS}.

Exit codes:
  0  success
  1  not found (the id, source, or a --entity/--source/--country filter value does not exist;
     "did you mean" suggestions on stderr)
  2  usage error (unknown command, option or value; one-line reason on stderr)
  143, 129  the interactive browser was ended by SIGTERM or SIGHUP (the terminal is restored)

Environment:
  NO_COLOR     no colours in the interactive browser (FORCE_COLOR overrides it)
  FORCE_COLOR  force colours (0 turns all styling off)

Examples:
  kztj list events --country tj --from 2018 --to 2018
  kztj show emomali-rahmon --json
  kztj search "foreign ministries"
  kztj source <source-id> --span 120-145
  kztj export --format csv --collection events > events.csv`,
  );

/** Lets an action hand back its output; main() writes it and picks the exit code. */
let result: CommandOutput | undefined;
const commands = () => import('./commands.js');

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a positive whole number.');
  return n;
}

function filterOptions(command: Command): Command {
  return command
    .option('--type <type>', 'entity type, event or agreement type, or figure/quote/claim kind')
    .option('--entity <id>', 'records involving this entity')
    .option('--country <country>', 'records involving this country (id, name or ISO code)')
    .option('--source <id>', 'records from this source')
    .addOption(new Option('--factuality <factuality>', 'events and claims with this factuality').choices(FACTUALITIES))
    .option('--from <date>', 'records whose date may fall on or after this date')
    .option('--to <date>', 'records whose date may fall on or before this date')
    .option('--json', 'print the records as a JSON array')
    .addHelpText('after', FILTER_HELP);
}

filterOptions(
  program
    .command('list')
    .description('list the records of a collection, optionally filtered')
    .addArgument(new Argument('<collection>', 'which collection').choices(COLLECTION_NAMES)),
).action(async (collection: string, options) => {
  result = (await commands()).runList(collection, options);
});

program
  .command('show')
  .description('show one record: fields, factuality, evidence with the span marked, related records')
  .argument('<id>', 'record id (any collection)')
  .option('--json', 'print { collection, record, related } as JSON')
  .action(async (id: string, options) => {
    result = (await commands()).runShow(id, options);
  });

program
  .command('search')
  .description('ranked full-text search over every record (tolerates typos); matches marked [[like this]]')
  .argument('<query...>', 'words to search for')
  .option('--limit <n>', 'at most this many hits', positiveInteger, 20)
  .addOption(new Option('--collection <collection>', 'only hits from this collection').choices(COLLECTION_NAMES))
  .option('--json', 'print the hits as a JSON array')
  .action(async (words: string[], options) => {
    result = (await commands()).runSearch(words, options);
  });

filterOptions(program.command('timeline').description('dated events in date order, optionally filtered')).action(
  async (options) => {
    result = (await commands()).runTimeline(options);
  },
);

program
  .command('source')
  .description('print a source article exactly as the seed file has it, or one span of it in context')
  .argument('<id>', 'source id')
  .option('--span <start-end>', 'show this span (UTF-16 offsets, as in evidence) and the records citing it')
  .option('--json', 'print { source, span?, annotations } as JSON')
  .action(async (id: string, options) => {
    result = (await commands()).runSource(id, options);
  });

program
  .command('export')
  .description('write the dataset in bulk: json (whole dataset), jsonl ({collection, record} a line) or csv')
  .addOption(new Option('--format <format>', 'output format').choices(EXPORT_FORMATS).default('json'))
  .addOption(
    new Option('--collection <collection>', 'only this collection (required for csv)').choices(COLLECTION_NAMES),
  )
  .action(async (options) => {
    result = (await commands()).runExport(options);
  });

/** The browser opens only for `kztj` alone with a terminal on both ends; anything else is a command. */
async function interactive(): Promise<number> {
  if (!process.stdin.isTTY || !process.stdout.isTTY) {
    throw new UsageError('the interactive browser needs a terminal on stdin and stdout; give a command (see kztj --help)');
  }
  // Yoga's Emscripten loader (inside Ink) fetch()es its inlined wasm whenever fetch exists, which
  // loads Node's undici, http and tls: about 30 ms of CPU before the first frame. With fetch
  // hidden during the import it decodes the inlined copy directly; fetch is put back at once.
  const fetchDescriptor = Object.getOwnPropertyDescriptor(globalThis, 'fetch');
  Object.defineProperty(globalThis, 'fetch', { value: undefined, configurable: true, writable: true });
  let interactiveModule: typeof import('./interactive.js');
  try {
    interactiveModule = await import('./interactive.js');
  } finally {
    if (fetchDescriptor) Object.defineProperty(globalThis, 'fetch', fetchDescriptor);
    else delete (globalThis as { fetch?: unknown }).fetch;
  }
  return interactiveModule.runInteractive();
}

async function main(argv: string[]): Promise<number> {
  try {
    if (argv.length <= 2) return await interactive();
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander has already printed help, the version, or the one-line reason.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof UsageError || error instanceof NotFoundError) {
      process.stderr.write(describeError(error));
      return error.exitCode;
    }
    throw error;
  }
  if (result) {
    process.stdout.write(result.stdout);
    if (result.note) process.stderr.write(`kztj: ${result.note}\n`);
  }
  return EXIT.ok;
}

// A reader that stops early (`kztj export | head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(EXIT.ok);
  throw error;
});

// Exit only once stdout has drained, so piped output is never cut short.
process.exitCode = await main(process.argv);
