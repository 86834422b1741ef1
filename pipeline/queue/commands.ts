// The queue commands of the CLI: `queue add`, `queue status` and `worker`. BullMQ is imported
// lazily inside the actions, so folder mode never pays for it at start-up.

import { availableParallelism } from 'node:os';
import { createInterface } from 'node:readline';
import { type Command, CommanderError, Option } from 'commander';
import { DEFAULT_TIMEOUT_MS } from '../batch.js';
import { isoDate, langCode, typeList, wholeNumber } from '../cli-options.js';
import { DEFAULT_GLOB, listInputs, parseInputLine, splitPatterns } from '../load.js';
import { prepareOutDir } from '../out-dir.js';
import { ENTITY_TYPES } from '../schema.js';
import { DEFAULT_QUEUE, type JobOptions, type Prepared, prepareFile, prepareText } from './jobs.js';

const redisOption = () =>
  new Option('--redis <url>', 'the Redis every worker shares, e.g. redis://10.0.0.5:6379')
    .env('TAMIS_REDIS_URL')
    .makeOptionMandatory();

const queueOption = () => new Option('--queue <name>', 'queue name').default(DEFAULT_QUEUE);

/** Reports an operational failure (Redis away, bad queue name) as one line and status 1, no stack. */
async function reportingErrors(what: string, action: () => Promise<void>): Promise<void> {
  try {
    await action();
  } catch (err) {
    process.stderr.write(`tamis ${what}: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  }
}

async function* preparedFiles(paths: string[], patterns: string[], options: JobOptions): AsyncGenerator<Prepared> {
  for await (const file of listInputs(paths, patterns)) yield prepareFile(file, options);
}

async function* preparedLines(input: NodeJS.ReadableStream, options: JobOptions): AsyncGenerator<Prepared> {
  let lineNumber = 0;
  for await (const line of createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })) {
    lineNumber++;
    if (!line.trim()) continue;
    const loaded = parseInputLine(line, lineNumber);
    yield loaded.ok
      ? prepareText(loaded.id, loaded.text, loaded.options, options)
      : { ok: false, id: loaded.id, message: loaded.message };
  }
}

export function registerQueueCommands(program: Command): void {
  const queue = program
    .command('queue')
    .description('share the work of many machines through a Redis queue (BullMQ): add documents, watch progress');

  queue
    .command('add')
    .description('enqueue one job per document; a document already queued (same content, id and options) is skipped')
    .argument('[paths...]', 'files and folders on storage every worker can read, at the same path')
    .option('--stdin', 'read JSON Lines documents {id, text, lang?, date?} from stdin; the text travels in the job')
    .addOption(redisOption())
    .addOption(queueOption())
    .option('--lang <code>', "language of every document; a document's own lang wins", langCode)
    .option('--date <iso>', "reference date for relative dates; a document's own date wins", isoDate)
    .option('--types <list>', `only these entity types, comma-separated (${ENTITY_TYPES.join(', ')})`, typeList)
    .option(
      '--glob <patterns>',
      'comma-separated patterns of files to read in folders (commas inside {…} belong to the pattern)',
      DEFAULT_GLOB,
    )
    .option('--attempts <n>', 'tries per job before it fails', wholeNumber('--attempts', 1), 3)
    .option('--backoff <ms>', 'wait before the first retry; doubles at each retry', wholeNumber('--backoff', 0), 2000)
    .option('-q, --quiet', 'no summary on stderr')
    .action(async (paths: string[], opts) => {
      if (!opts.stdin && paths.length === 0)
        throw new CommanderError(2, 'tamis.usage', 'error: give paths to enqueue, or --stdin');
      if (opts.stdin && paths.length > 0)
        throw new CommanderError(2, 'tamis.usage', 'error: give either paths or --stdin, not both');
      await reportingErrors('queue add', async () => {
        const { enqueue, openQueue } = await import('./producer.js');
        // --lang / --date are defaults, as for extract: a header in the text or a line's own fields win.
        const jobOptions: JobOptions = { fallbackLang: opts.lang, fallbackDate: opts.date, types: opts.types };
        const patterns = splitPatterns(String(opts.glob));
        const inputs = opts.stdin
          ? preparedLines(process.stdin, jobOptions)
          : preparedFiles(paths, patterns, jobOptions);
        const q = await openQueue(opts.redis, opts.queue);
        try {
          const s = await enqueue(q, inputs, { attempts: opts.attempts, backoffMs: opts.backoff }, (line) =>
            process.stderr.write(`tamis queue add: ${line}\n`),
          );
          if (!opts.quiet)
            process.stderr.write(
              `tamis queue add: ${s.added} job(s) added to "${opts.queue}", ${s.known} already queued or done, ${s.rejected} rejected\n`,
            );
          process.exitCode = s.rejected > 0 ? 1 : 0;
        } finally {
          await q.close();
        }
      });
    });

  queue
    .command('status')
    .description('print the job counts as JSON: {waiting, active, completed, failed, delayed}')
    .addOption(redisOption())
    .addOption(queueOption())
    .action(async (opts) => {
      await reportingErrors('queue status', async () => {
        const { openQueue, queueCounts } = await import('./producer.js');
        const q = await openQueue(opts.redis, opts.queue);
        try {
          process.stdout.write(`${JSON.stringify(await queueCounts(q))}\n`);
        } finally {
          await q.close();
        }
      });
    });

  program
    .command('worker')
    .description('process queued documents until SIGTERM: same pipeline and record files as extract --out')
    .addOption(redisOption())
    .requiredOption('-o, --out <dir>', 'write one JSON file per record into this folder')
    .addOption(queueOption())
    .option(
      '--concurrency <n>',
      'documents processed at once in this process (worker threads)',
      wholeNumber('--concurrency', 1),
      Math.max(1, availableParallelism()),
    )
    .option('--timeout <ms>', 'per-document time budget', wholeNumber('--timeout', 1), DEFAULT_TIMEOUT_MS)
    .option(
      '--lock-duration <ms>',
      "how long a dead worker's jobs stay locked before another worker takes them over",
      wholeNumber('--lock-duration', 100),
      30_000,
    )
    .option(
      '--max-bytes <n>',
      'larger files get an error record "too-large"',
      wholeNumber('--max-bytes', 1),
      50 * 1024 * 1024,
    )
    .option('--until-empty', 'stop once no job is waiting, running or delayed')
    .option('-q, --quiet', 'no log lines on stderr')
    .action(async (opts) => {
      const outProblem = prepareOutDir(opts.out);
      if (outProblem) throw new CommanderError(2, 'tamis.usage', `error: ${outProblem}`);
      await reportingErrors('worker', async () => {
        const { runWorker } = await import('./worker.js');
        const summary = await runWorker({
          redis: opts.redis,
          queue: opts.queue,
          out: opts.out,
          concurrency: opts.concurrency,
          timeoutMs: opts.timeout,
          lockDurationMs: opts.lockDuration,
          maxBytes: opts.maxBytes,
          untilEmpty: Boolean(opts.untilEmpty),
          ...(opts.quiet ? { log: () => {} } : {}),
        });
        if (!opts.quiet)
          process.stderr.write(
            `tamis worker: ${summary.completed} completed, ${summary.failed} failed in ${summary.seconds.toFixed(2)} s\n`,
          );
      });
    });
}
