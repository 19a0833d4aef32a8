import { Argument, Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { COLLECTION_NAMES, FACTUALITY_LABELS } from '@kztj/core';
import { version } from '../package.json';
import { EXIT, NotFoundError, UsageError, describeError, oneLine } from './errors.js';
import type { CommandOutput } from './commands.js';
import { EXPORT_FORMATS } from './output/export.js';
import { dateBoundOption } from './filter-values.js';
import { SORT_KEYS } from './list-shape.js';
import { manPage } from './man-page.js';
import { SHELLS, completeWords, completionScript, type Shell } from './shell-completion.js';
import type { OutputContext } from './commands.js';

/** What one command-line call produced; cli.tsx writes it and exits with the code. */
export interface CommandResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

const COLLECTIONS = COLLECTION_NAMES.join(', ');
/** The manual's date: the package version's, so the generated page is the same on every build. */
const MAN_DATE = '2026-12';
const FACTUALITIES = Object.keys(FACTUALITY_LABELS);

const FILTER_HELP = `
Dates for --from/--to are a year, year-month or ISO day (2018, 2018-03, 2018-03-15); a record
matches when its date may fall in the range. --country takes an id, name or ISO code (kz, TJK, 762).`;

const PROGRAM_HELP = `
Collections: ${COLLECTIONS}.

Exit codes:
  0  success
  1  not found (the id, source, or a --entity/--source/--country filter value does not exist;
     "did you mean" suggestions on stderr), or the output could not be written
  2  usage error (unknown command, option or value; one-line reason on stderr)
  130  the interactive browser was quit with ctrl-c
  143, 129  the interactive browser was ended by SIGTERM or SIGHUP (the terminal is restored)

Environment:
  NO_COLOR     no colours in the interactive browser (FORCE_COLOR overrides it)
  FORCE_COLOR  force colours (0 turns all styling off)
  PAGER        page output taller than the terminal through this command

Examples:
  kztj list events --country tj --from 2018 --to 2018
  kztj show emomali-rahmon --json
  kztj search "foreign ministries"
  kztj source <source-id> --span 120-145
  kztj export --format csv --collection events > events.csv`;

/** The commands load the core's data: `--help` and usage errors never pay for that. */
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
    .option('--source <id>', 'records this source reports (entities: mentioned in it)')
    .addOption(new Option('--factuality <factuality>', 'events and claims with this factuality').choices(FACTUALITIES))
    .option('--from <date>', 'records whose date may fall on or after this date', dateBoundOption('from'))
    .option('--to <date>', 'records whose date may fall on or before this date', dateBoundOption('to'))
    .addOption(new Option('--sort <key>', 'order by this field (default: dataset order; timeline: date)').choices(SORT_KEYS))
    .option('--reverse', 'reverse the order')
    .option('--limit <n>', 'at most this many records (after sorting)', positiveInteger)
    .option('--fields <names>', 'only these fields, comma-separated: columns, or JSON keys (id,type,date,title,collection or any record key)')
    .option('--json', 'print the records as a JSON array ([] when nothing matches)')
    .addHelpText('after', FILTER_HELP);
}

/**
 * A fresh commander program for one call: commander keeps parsed option values on the command,
 * so a program is never reused. Actions hand their output to `done`.
 */
function createProgram(
  write: { out: (text: string) => void; err: (text: string) => void },
  done: (output: CommandOutput) => void,
  context: OutputContext,
): Command {
  const program = new Command('kztj')
    .description(
      'Browse and script the Kazakhstan–Tajikistan knowledge base.\n\n' +
        'With no command, in a terminal, kztj opens a full-screen browser (press ? inside for every key).\n' +
        'Commands print plain aligned text, or JSON with --json that validates against @kztj/core/schema.',
    )
    .version(version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help for kztj or a command')
    // Commander's own help command prints the whole help to stderr for a name it does not know.
    .helpCommand(false)
    .showSuggestionAfterError()
    .exitOverride()
    .configureOutput({
      writeOut: write.out,
      writeErr: write.err,
      // One line, prefixed like every other kztj error.
      outputError: (message, writeErr) =>
        writeErr(
          `kztj: ${oneLine(message.trimEnd().replace(/^error: /, '').replace(/\n\(Did you mean (.*)\?\)$/, ' (did you mean $1?)'))}\n`,
        ),
    })
    .addHelpText('after', PROGRAM_HELP);

  filterOptions(
    program
      .command('list')
      .description('list the records of a collection, optionally filtered')
      .addArgument(new Argument('<collection>', 'which collection').choices(COLLECTION_NAMES)),
  ).action(async (collection: string, options) => done(await (await commands()).runList(collection, options, context)));

  program
    .command('show')
    .description('show one record: fields, factuality, evidence with the span marked, related records')
    .argument('<id>', 'record id (any collection)')
    .option('--json', 'print { collection, record, related } as JSON')
    .action(async (id: string, options) => done((await commands()).runShow(id, options)));

  program
    .command('search')
    .description('ranked full-text search over every record (tolerates typos); matches marked [[like this]]')
    .argument('<query...>', 'words to search for')
    .option('--limit <n>', 'at most this many hits', positiveInteger, 20)
    .addOption(new Option('--collection <collection>', 'only hits from this collection').choices(COLLECTION_NAMES))
    .option('--json', 'print the hits as a JSON array')
    .action(async (words: string[], options) => done((await commands()).runSearch(words, options)));

  filterOptions(program.command('timeline').description('dated events in date order, optionally filtered')).action(
    async (options) => done(await (await commands()).runTimeline(options, context)),
  );

  program
    .command('source')
    .description('print a source article exactly as the seed file has it, or one span of it in context')
    .argument('<id>', 'source id')
    .option('--span <start-end>', 'show this span (UTF-16 offsets, as in evidence) and the records citing it')
    .option('--json', 'print { source, span?, annotations } as JSON')
    .action(async (id: string, options) => done((await commands()).runSource(id, options)));

  program
    .command('export')
    .description('write the dataset in bulk: json (whole dataset), jsonl ({collection, record} a line) or csv')
    .addOption(new Option('--format <format>', 'output format').choices(EXPORT_FORMATS).default('json'))
    .addOption(
      new Option('--collection <collection>', 'only this collection (required for csv)').choices(COLLECTION_NAMES),
    )
    .action(async (options) => done((await commands()).runExport(options)));

  program
    .command('completion')
    .description('print the shell completion script (commands, options, collections, ids) for bash, zsh or fish')
    .addArgument(new Argument('<shell>', 'which shell').choices(SHELLS))
    .addHelpText(
      'after',
      `
Install:
  bash  source <(kztj completion bash)     (or save it to ~/.local/share/bash-completion/completions/kztj)
  zsh   kztj completion zsh > "\${fpath[1]}/_kztj"
  fish  kztj completion fish > ~/.config/fish/completions/kztj.fish`,
    )
    .action((shell: Shell) => done({ stdout: completionScript(shell) }));

  // What the completion scripts call: the candidates for the last word, one a line.
  program
    .command('__complete', { hidden: true })
    .argument('[words...]')
    .allowUnknownOption()
    .helpOption(false)
    .action(async (words: string[]) => {
      const { dataValues } = await import('./completion-values.js');
      // An empty last word (completing after a space) may be dropped by the shell: keep it.
      const candidates = completeWords(program, words.length === 0 ? [''] : words, dataValues);
      done({ stdout: candidates.map((c) => `${c}\n`).join('') });
    });

  program
    .command('man')
    .description('print the kztj(1) manual page, generated from this help (man -l <(kztj man))')
    .action(() => done({ stdout: manPage(program, { version, after: PROGRAM_HELP, date: MAN_DATE }) }));

  program
    .command('help')
    .description('show help for a command')
    .argument('[command]', 'the command')
    .action((name?: string) => {
      if (name === undefined) program.help();
      const command = program.commands.find((c) => c.name() === name);
      if (!command) throw new UsageError(`unknown command "${name}" (see kztj --help)`);
      command.help();
    });

  return program;
}

/**
 * Runs one non-interactive call, `args` being argv without node and the script. Never exits the
 * process and never writes to stdout or stderr itself; only a bug in kztj makes it throw. With no
 * arguments there is nothing to run here: in a terminal cli.tsx opens the browser instead.
 */
export async function runCommand(args: readonly string[], context: OutputContext = {}): Promise<CommandResult> {
  let stdout = '';
  let stderr = '';
  let output: CommandOutput | undefined;
  const program = createProgram(
    { out: (text) => void (stdout += text), err: (text) => void (stderr += text) },
    (result) => void (output = result),
    context,
  );
  try {
    if (args.length === 0) {
      throw new UsageError('the interactive browser needs a terminal on stdin and stdout; give a command (see kztj --help)');
    }
    await program.parseAsync(args, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.help' && error.exitCode !== 0) {
        // Options but no command (`kztj --`): commander wrote the whole help to stderr.
        return { stdout, stderr: describeError(new UsageError('no command given (see kztj --help)')), exitCode: EXIT.usage };
      }
      // Commander has already written help, the version, or the one-line reason.
      return { stdout, stderr, exitCode: error.exitCode === 0 ? EXIT.ok : EXIT.usage };
    }
    if (error instanceof UsageError || error instanceof NotFoundError) {
      return { stdout, stderr: stderr + describeError(error), exitCode: error.exitCode };
    }
    throw error;
  }
  if (output) {
    stdout += output.stdout;
    if (output.note) stderr += `kztj: ${oneLine(output.note)}\n`;
  }
  return { stdout, stderr, exitCode: EXIT.ok };
}
