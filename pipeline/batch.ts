// Batch runs: files and folders to record files (or stdout), and JSON Lines stdin to stdout.
//
// Shape of a run: the folder is listed lazily; a bounded p-queue holds the documents in flight
// (read → process → write), so memory stays flat whatever the folder's size; the CPU-bound
// middle step goes to the executor (worker threads, see pool.ts). Output to a stream keeps the
// input order through a small reorder buffer, itself bounded.
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import PQueue from 'p-queue';
import type { DocumentOptions } from './document.js';
import { documentOptions, type InputFile, type Loaded, listInputs, loadFile, parseInputLine } from './load.js';
import { type Chunk, FRAMING, OrderedWriter } from './ordered-writer.js';
import {
  BATCH_DOCUMENTS,
  createExecutor,
  defaultThreads,
  type Executor,
  type Failure,
  SMALL_RUN,
  TASKS_PER_THREAD,
} from './pool.js';
import { createProgress, type Progress } from './progress.js';
import type { DocumentRecord } from './schema.js';
import { errorRecord } from './validate.js';
import { WINDOWED_FROM } from './windows.js';
import type { DocumentTask, FileTask, LineTask } from './worker.js';
import { RUN_FILE, serializeRecord, sweepSpools, sweepStaleTemps, writeFileAtomic, writeRecordFile } from './write.js';

export interface BatchOptions extends DocumentOptions {
  /** Folder for one JSON file per record; records go to `stdout` as JSON Lines when absent. */
  out?: string;
  /** The stream's format without `out` (default `jsonl`; `json`: one JSON array). */
  format?: 'json' | 'jsonl';
  /** Worker threads for extraction (default: the cores). */
  concurrency?: number;
  /** Which files to read inside folders (default: every .txt, .md and .text file). */
  patterns?: string[];
  /** Larger files get an error record `too-large` (default 50 MB). */
  maxBytes?: number;
  /** Per-document time budget in milliseconds (default 10 s). */
  timeoutMs?: number;
  /** With `out`: skip documents whose record is already there, made from the same bytes. */
  resume?: boolean;
  /** Show a progress bar on stderr (only ever drawn when stderr is a terminal). */
  progress?: boolean;
  /** Called as each document is done (written, skipped or failed), with how many are: a library's progress. */
  onDocument?: (done: number) => void;
  /** `pool` forces worker threads even for a handful of documents (tests, benchmarks). */
  executor?: 'auto' | 'pool';
}

export interface BatchSummary {
  documents: number;
  written: number;
  skipped: number;
  failed: number;
  seconds: number;
  /** Set when `<out>/_run.json` could not be written (a full disk…): the run did not fully succeed. */
  runFileError?: string;
}

export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

/** The options with their defaults filled in. */
type RunOptions = BatchOptions & Required<Pick<BatchOptions, 'format' | 'concurrency' | 'patterns' | 'maxBytes'>>;

const withDefaults = (options: BatchOptions): RunOptions => ({
  ...options,
  format: options.format ?? 'jsonl',
  concurrency: Math.max(1, options.concurrency || defaultThreads()),
  patterns: options.patterns ?? [],
  maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
});

function taskOf(loaded: Extract<Loaded, { ok: true }>, options: DocumentOptions): DocumentTask {
  const merged = documentOptions(options, loaded.options);
  return { id: loaded.id, text: loaded.text, options: merged, ...(loaded.source ? { source: loaded.source } : {}) };
}

/** The batch's options every document gets, without the batch's own (what a worker thread is sent). */
function batchDocumentOptions(options: BatchOptions): DocumentOptions {
  const { lang, date, types, currency } = options;
  return {
    ...(lang ? { lang } : {}),
    ...(date ? { date } : {}),
    ...(types ? { types } : {}),
    ...(currency ? { currency } : {}),
  };
}

const failedLoad = (loaded: Extract<Loaded, { ok: false }>) =>
  errorRecord(loaded.id, loaded.code, loaded.message, { source: loaded.source });

/** The error record of a file whose processing failed: the file is read again here for its `source`. */
async function failedFile(file: InputFile, failure: Failure, maxBytes: number): Promise<DocumentRecord> {
  const loaded = await loadFile(file, maxBytes);
  return errorRecord(file.id, failure.code, failure.message, { source: loaded.source });
}

interface RunContext {
  options: RunOptions;
  executor: Executor;
  summary: BatchSummary;
  progress: Progress;
  /** Documents in flight (read, processed or written) at once. */
  window: number;
  io: PQueue;
  /** A thread was cut off (timeout) or failed mid-document: it may have left a record's temporary file. */
  threadsCut: boolean;
}

function startRun(options: RunOptions): RunContext {
  const threads = options.concurrency;
  // What the threads hold (pool.ts: batches of documents), and one more batch per thread: the next
  // documents wait, ready to hand over (stdin: parsed), while the current ones are processed.
  const window = threads * (TASKS_PER_THREAD + 1) * BATCH_DOCUMENTS;
  return {
    options,
    executor: createExecutor({
      threads,
      timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      mode: options.executor ?? 'auto',
    }),
    summary: { documents: 0, written: 0, skipped: 0, failed: 0, seconds: 0 },
    progress: reporting(createProgress(Boolean(options.progress)), options.onDocument),
    window,
    io: new PQueue({ concurrency: window }),
    threadsCut: false,
  };
}

/** The progress display, telling the caller's `onDocument` too. */
function reporting(progress: Progress, onDocument: BatchOptions['onDocument']): Progress {
  if (!onDocument) return progress;
  let done = 0;
  return {
    setTotal: (total) => progress.setTotal(total),
    tick() {
      progress.tick();
      onDocument(++done);
    },
    stop: () => progress.stop(),
  };
}

async function finishRun(ctx: RunContext, t0: number, ordered: OrderedWriter | null): Promise<BatchSummary> {
  await ctx.io.onIdle();
  await ordered?.end();
  await ctx.executor.close();
  ctx.progress.stop();
  ctx.summary.seconds = Math.round(performance.now() - t0) / 1000;
  // Every thread is gone: a temporary record file of this run left now is one a cut-off thread was
  // writing (a very long document's, written as it goes, may be large).
  // (To the output stream: a spool file.)
  if (ctx.threadsCut) await (ctx.options.out ? sweepStaleTemps(ctx.options.out, { ownToo: true }) : sweepSpools());
  if (ctx.options.out) {
    const run = { ...ctx.summary, finishedAt: new Date().toISOString(), threads: ctx.options.concurrency };
    const path = join(ctx.options.out, RUN_FILE);
    // A full disk must not turn the end of a run into a stack trace that hides its summary.
    await writeFileAtomic(path, `${JSON.stringify(run, null, 2)}\n`).catch((err: unknown) => {
      ctx.summary.runFileError = err instanceof Error ? err.message : String(err);
      process.stderr.write(`tamis: cannot write ${path}: ${ctx.summary.runFileError}\n`);
    });
  }
  return ctx.summary;
}

/** A failure of the machinery itself (a full disk…) costs the document, and is said on stderr. */
function reportCrash(id: string, err: unknown): DocumentRecord {
  process.stderr.write(`tamis: ${id}: ${err instanceof Error ? err.message : String(err)}\n`);
  return errorRecord(id, 'internal', err instanceof Error ? err.message : String(err));
}

/**
 * Counts the inputs in the background so that the progress bar can show an ETA. Only the final
 * count is given: a partial one would draw a bar against a total that is still growing.
 */
function countInputs(paths: string[], patterns: string[], progress: Progress): void {
  void (async () => {
    let n = 0;
    for await (const _ of listInputs(paths, patterns)) n++;
    progress.setTotal(n);
  })().catch(() => {});
}

/** Yields the first `n` items (already read) and then the rest: a look-ahead over a stream. */
async function peek<T>(source: AsyncIterable<T>, n: number): Promise<{ head: T[]; all: AsyncGenerator<T> }> {
  const it = source[Symbol.asyncIterator]();
  const head: T[] = [];
  let ended = false;
  while (head.length < n) {
    const next = await it.next();
    if (next.done) {
      ended = true;
      break;
    }
    head.push(next.value);
  }
  async function* all(): AsyncGenerator<T> {
    yield* head;
    if (ended) return;
    for (let next = await it.next(); !next.done; next = await it.next()) yield next.value;
  }
  return { head, all: all() };
}

export async function runFiles(paths: string[], given: BatchOptions, stdout: Writable): Promise<BatchSummary> {
  const t0 = performance.now();
  const options = withDefaults(given);
  // A folder with more than a handful of files goes straight to the worker pool, so that the main
  // thread never loads the extractors' tables as well.
  const inputs = await peek(listInputs(paths, options.patterns), SMALL_RUN + 1);
  const ctx = startRun(inputs.head.length > SMALL_RUN ? { ...options, executor: 'pool' } : options);
  const { summary, io, progress } = ctx;
  const ordered = options.out ? null : new OrderedWriter(stdout, FRAMING[options.format]);
  if (options.progress) countInputs(paths, options.patterns, progress);
  if (options.resume && options.out) await sweepStaleTemps(options.out);
  const documentDefaults = batchDocumentOptions(options);
  let seq = 0;
  for await (const file of inputs.all) {
    const n = seq++;
    await io.onSizeLessThan(ctx.window);
    if (ordered) await ordered.room(n, ctx.window * 4);
    if (ordered?.closed) break;
    summary.documents++;
    const task: FileTask = {
      kind: 'file',
      file,
      maxBytes: options.maxBytes,
      options: documentDefaults,
      format: options.format,
      ...(options.out ? { out: options.out, resume: Boolean(options.resume) } : {}),
    };
    // The thread that processes the document reads its file and writes its record.
    void io.add(() =>
      runWrittenOut(ctx, task, file.id, n, ordered, options.format, (failure) =>
        failedFile(file, failure, options.maxBytes),
      ),
    );
  }
  return finishRun(ctx, t0, ordered);
}

/**
 * Bounds the text the main thread holds for documents in flight (stdin: each document's text until
 * its record is back), so that a window of large documents does not hold gigabytes. One document
 * always gets in, however large (the --max-bytes limit bounds it).
 */
export class TextBudget {
  private held = 0;
  private waiters: (() => void)[] = [];

  constructor(private readonly limit: number) {}

  async take(chars: number): Promise<void> {
    while (this.held > 0 && this.held + chars > this.limit) await new Promise<void>((r) => this.waiters.push(r));
    this.held += chars;
  }

  give(chars: number): void {
    this.held -= chars;
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
  }
}

/** Text held in flight from stdin: 64 M UTF-16 units, ~128 MB. */
const STDIN_TEXT_IN_FLIGHT = 64 * 1024 * 1024;

/** JSON Lines in, exactly one record line out per input line (a blank one included), in input order. */
/**
 * A document whose thread writes its record out itself (a file; a very long stdin line, whose
 * record is never sent back whole) and what becomes of it: its chunk to the output stream in its place (a spool file
 * for a very long one), the summary, the progress. `failedRecord`: the error record of a document
 * whose thread went away.
 */
async function runWrittenOut(
  ctx: RunContext,
  task: FileTask | LineTask,
  id: string,
  n: number,
  ordered: OrderedWriter | null,
  format: 'json' | 'jsonl',
  failedRecord: (failure: Failure) => Promise<DocumentRecord> | DocumentRecord,
): Promise<void> {
  const { summary, options, progress } = ctx;
  let chunk: Chunk;
  let failed: boolean;
  /** With `out`: the record could not be written (a full disk…), so it is not counted as written. */
  let lost = false;
  try {
    const outcome = await ctx.executor.runFile(task);
    if ('failure' in outcome) {
      ctx.threadsCut = true;
      const record = await failedRecord(outcome.failure);
      if (options.out) await writeRecordFile(options.out, record);
      chunk = serializeRecord(record, format);
      failed = true;
    } else if (outcome.skipped) {
      summary.skipped++;
      progress.tick();
      ordered?.put(n, null);
      return;
    } else {
      chunk = outcome.spool ? { spool: outcome.spool } : outcome.chunk;
      failed = outcome.failed;
    }
  } catch (err) {
    chunk = serializeRecord(reportCrash(id, err), format);
    failed = true;
    lost = Boolean(options.out);
  }
  ordered?.put(n, chunk);
  if (failed) summary.failed++;
  if (!lost) summary.written++;
  progress.tick();
}

export async function runStdin(input: Readable, given: BatchOptions, stdout: Writable): Promise<BatchSummary> {
  const t0 = performance.now();
  const options = withDefaults(given);
  const ctx = startRun({ ...options, resume: false });
  const { summary, io, progress } = ctx;
  const ordered = new OrderedWriter(stdout);
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  const budget = new TextBudget(STDIN_TEXT_IN_FLIGHT);
  let lineNumber = 0;
  let seq = 0;
  for await (const raw of lines) {
    lineNumber++;
    // A byte order mark opens the stream, not the first document (files drop theirs too).
    const line = lineNumber === 1 && raw.startsWith('\uFEFF') ? raw.slice(1) : raw;
    const n = seq++;
    const loaded = parseInputLine(line, lineNumber, options.maxBytes);
    const chars = loaded.ok ? loaded.text.length : 0;
    await io.onSizeLessThan(ctx.window);
    await budget.take(chars);
    await ordered.room(n, ctx.window * 4);
    if (ordered.closed) break;
    summary.documents++;
    void io.add(async () => {
      if (loaded.ok && chars > WINDOWED_FROM) {
        // Written out by its thread as its windows come, not sent back whole.
        const task: LineTask = { kind: 'line', ...taskOf(loaded, options), out: options.out };
        await runWrittenOut(ctx, task, task.id, n, ordered, 'jsonl', (failure) =>
          errorRecord(task.id, failure.code, failure.message, { source: task.source }),
        );
        budget.give(chars);
        return;
      }
      let record: DocumentRecord;
      try {
        record = loaded.ok ? await ctx.executor.run(taskOf(loaded, options)) : failedLoad(loaded);
      } catch (err) {
        record = reportCrash(loaded.id, err);
      }
      budget.give(chars);
      ordered.put(n, `${JSON.stringify(record)}\n`);
      if (record.error) summary.failed++;
      let lost = false;
      if (options.out)
        await writeRecordFile(options.out, record).catch((err) => {
          reportCrash(record.id, err);
          lost = true;
        });
      if (lost && !record.error) summary.failed++;
      if (!lost) summary.written++;
      progress.tick();
    });
  }
  return finishRun(ctx, t0, ordered);
}
