#!/usr/bin/env node
// The command-line interface: a thin layer over the pipeline. Data goes to stdout, logs to stderr.
// Exit status: 0 when every document succeeded, 1 when some failed, 2 on a usage error.
import { readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import {
  type BatchOptions,
  type BatchSummary,
  DEFAULT_MAX_BYTES,
  DEFAULT_TIMEOUT_MS,
  runFiles,
  runStdin,
} from './batch.js';
import { currencyCode, isoDate, langCode, typeList, wholeNumber } from './cli-options.js';
import { DEFAULT_GLOB, splitPatterns } from './load.js';
import { prepareOutDir } from './out-dir.js';
import { registerQueueCommands } from './queue/commands.js';
import { ENTITY_TYPES, recordJsonSchema } from './schema.js';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

function logSummary(s: BatchSummary, quiet: boolean): void {
  if (quiet) return;
  const rate = s.seconds > 0 ? (s.documents / s.seconds).toFixed(1) : '∞';
  process.stderr.write(
    `tamis: ${s.documents} document(s), ${s.written} written, ${s.skipped} skipped, ${s.failed} failed in ${s.seconds.toFixed(2)} s (${rate} docs/s)\n`,
  );
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

export function buildProgram(): Command {
  const program = new Command()
    .name('tamis')
    .description(
      'Turns news articles into structured, normalized JSON records: dates, money, quantities, people, organizations, places.',
    )
    .version(pkg.version, '-V, --version')
    .showHelpAfterError()
    .exitOverride();

  program
    .command('extract')
    .description('extract facts from files and folders, or from JSON Lines on stdin')
    .argument('[paths...]', 'files and folders (searched recursively) to read')
    .option(
      '--stdin',
      'read JSON Lines documents {id, text, lang?, date?} from stdin; write one record per line to stdout, in order',
    )
    .option('-o, --out <dir>', 'write one JSON file per record into this folder (default: JSON Lines on stdout)')
    .option('--lang <code>', "language of every document (skips detection); a document's own lang wins", langCode)
    .option('--date <iso>', "reference date for relative dates, e.g. 2024-05-08; a document's own date wins", isoDate)
    .option('--types <list>', `only these entity types, comma-separated (${ENTITY_TYPES.join(', ')})`, typeList)
    .option(
      '--currency <code>',
      'add value.converted to every money amount, in this currency, from the shipped dated rate table',
      currencyCode,
    )
    .addOption(
      new Option(
        '--format <format>',
        'stdout without --out: jsonl, one record per line; json, one JSON array of indented records (--stdin always writes jsonl)',
      )
        .choices(['jsonl', 'json'])
        .default('jsonl'),
    )
    .addOption(
      new Option('--concurrency <n>', 'worker threads extracting in parallel')
        .argParser(wholeNumber('--concurrency'))
        .default(Math.max(1, availableParallelism()), 'one per core'),
    )
    .option(
      '--glob <patterns>',
      'comma-separated patterns of files to read in folders (commas inside {…} belong to the pattern)',
      DEFAULT_GLOB,
    )
    .option(
      '--max-bytes <n>',
      'larger files get an error record "too-large"',
      wholeNumber('--max-bytes'),
      DEFAULT_MAX_BYTES,
    )
    .option(
      '--timeout-ms <n>',
      'time budget per document (per 256 K-character window of one over 1 M characters); a document over it gets an error record "timeout"',
      wholeNumber('--timeout-ms'),
      DEFAULT_TIMEOUT_MS,
    )
    .option('--resume', 'with --out: skip documents whose record is already there for the same content (sha256)')
    .option('-q, --quiet', 'no progress bar and no summary on stderr')
    .action(async (paths: string[], opts) => {
      if (!opts.stdin && paths.length === 0)
        throw new CommanderError(2, 'tamis.usage', 'error: give paths to read, or --stdin');
      if (opts.stdin && paths.length > 0)
        throw new CommanderError(2, 'tamis.usage', 'error: give either paths or --stdin, not both');
      if (opts.resume && !opts.out) throw new CommanderError(2, 'tamis.usage', 'error: --resume needs --out <dir>');
      // stdin answers every line with a record and its documents carry no file hash to compare.
      if (opts.resume && opts.stdin)
        throw new CommanderError(2, 'tamis.usage', 'error: --resume works on files and folders, not with --stdin');
      const outProblem = opts.out ? prepareOutDir(opts.out) : null;
      if (outProblem) throw new CommanderError(2, 'tamis.usage', `error: ${outProblem}`);
      const options: BatchOptions = {
        out: opts.out,
        format: opts.format,
        concurrency: opts.concurrency,
        patterns: splitPatterns(String(opts.glob)),
        maxBytes: opts.maxBytes,
        timeoutMs: opts.timeoutMs,
        resume: Boolean(opts.resume),
        progress: !opts.quiet,
        lang: opts.lang,
        date: opts.date,
        types: opts.types,
        currency: opts.currency,
      };
      const summary = opts.stdin
        ? await runStdin(process.stdin, options, process.stdout)
        : await runFiles(paths, options, process.stdout);
      logSummary(summary, Boolean(opts.quiet) || Boolean(opts.stdin));
      process.exitCode = summary.failed > 0 || summary.runFileError ? 1 : 0;
    });

  program
    .command('schema')
    .description('print the record schema as JSON Schema')
    .action(() => {
      process.stdout.write(`${JSON.stringify(recordJsonSchema(), null, 2)}\n`);
    });

  program
    .command('eval')
    .description('compare fresh records with the gold files (<name>.gold.json) beside the articles of a folder')
    .argument('<dir>', 'folder of articles and gold files')
    .option(
      '--min-f1 <x>',
      'exit with status 1 when the overall F1 is below this',
      (v) => {
        const x = Number(v);
        if (!(x >= 0 && x <= 1)) throw new InvalidArgumentError('expected a number between 0 and 1');
        return x;
      },
      0.9,
    )
    .option('--json', 'print the report as JSON')
    .action(async (dir: string, opts: { minF1: number; json?: boolean }) => {
      if (!isFolder(dir)) throw new CommanderError(2, 'tamis.usage', `error: ${dir} is not a folder`);
      // Imported here: it loads the whole pipeline, which a batch leaves to its worker threads.
      const { evaluateFolder, formatReport } = await import('./evaluate.js');
      const report = await evaluateFolder(dir);
      process.stdout.write(opts.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatReport(report)}\n`);
      if (report.documents === 0) {
        process.stderr.write(`tamis eval: no article with a gold file in ${dir}\n`);
        process.exitCode = 1;
      } else if (report.differences.some((d) => d.kind === 'bad-gold')) {
        process.stderr.write(`tamis eval: some gold files or gold spans are broken (bad-gold above)\n`);
        process.exitCode = 1;
      } else if (report.overall.f1 < opts.minF1) {
        process.stderr.write(`tamis eval: F1 ${report.overall.f1.toFixed(3)} is below ${opts.minF1}\n`);
        process.exitCode = 1;
      }
    });

  registerQueueCommands(program);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv, { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    if (err instanceof CommanderError) {
      // Help and version are successes; everything else commander reports is a usage error.
      // `tamis` with no command prints the help to stderr as commander's 'commander.help' with a
      // non-zero exitCode: that is a usage error; `--help` and `tamis help` exit 0.
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version') return 0;
      if (err.code === 'commander.help') return err.exitCode === 0 ? 0 : 2;
      if (err.code === 'tamis.usage') process.stderr.write(`${err.message}\n`);
      return 2;
    }
    process.stderr.write(`tamis: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    return 1;
  }
}

const invokedDirectly =
  process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/').split('/').pop() ?? '');
if (invokedDirectly) {
  process.exitCode = await main(process.argv.slice(2));
}
