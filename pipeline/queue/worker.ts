// The worker side: takes jobs from the queue, runs the same pipeline as folder mode and writes each
// record with the same atomic write. Imports BullMQ, so the CLI loads it only for `tamis worker`.
import { hostname } from 'node:os';
import { type Job, UnrecoverableError, Worker } from 'bullmq';
import { type Loaded, loadFile } from '../load.js';
import { createExecutor, type Executor } from '../pool.js';
import type { DocumentRecord } from '../schema.js';
import { errorRecord } from '../validate.js';
import { writeRecordFile } from '../write.js';
import type { JobData } from './jobs.js';
import { checkQueueName, connectionOf, openQueue, queueCounts } from './producer.js';

export interface WorkerOptions {
  redis: string;
  queue: string;
  /** Folder for one JSON file per record (shared storage, or local to each machine). */
  out: string;
  /** Documents processed at once in this process (worker threads). */
  concurrency: number;
  /** Per-document time budget (ms); a document over it gets an error record "timeout". */
  timeoutMs: number;
  /**
   * How long a job stays locked to this worker without a renewal (ms). A worker that dies (SIGKILL,
   * power loss) holds its jobs this long before another worker takes them over.
   */
  lockDurationMs: number;
  /** Larger files get an error record "too-large", as in folder mode. */
  maxBytes: number;
  /** Stop once nothing is waiting, running or delayed (for batch-style runs and the bench). */
  untilEmpty?: boolean;
  log?: (line: string) => void;
}

export interface WorkerSummary {
  completed: number;
  failed: number;
  seconds: number;
}

export interface WorkerResult {
  path: string;
  entities: number;
}

/**
 * A job that was in hand this many times when its worker died (crash, out of memory, kill -9) is
 * likely what kills them: it gets an error record "stalled" instead of another worker to kill.
 */
export const MAX_STALLS = 2;

/** Load failures that may be transient on shared storage (a mount not yet there, a file not yet synced). */
const TRANSIENT_LOAD_ERRORS = new Set(['not-found', 'unreadable']);

async function loadJob(data: JobData, maxBytes: number): Promise<Loaded> {
  if (data.kind === 'text') return { ok: true, id: data.id, text: data.text, options: {} };
  return loadFile({ path: data.path, id: data.id }, maxBytes);
}

async function recordOf(executor: Executor, loaded: Loaded, data: JobData): Promise<DocumentRecord> {
  if (!loaded.ok) return errorRecord(loaded.id, loaded.code, loaded.message, { source: loaded.source });
  const options = {
    ...(data.lang ? { lang: data.lang } : {}),
    ...(data.date ? { date: data.date } : {}),
    ...(data.fallbackLang ? { fallbackLang: data.fallbackLang } : {}),
    ...(data.fallbackDate ? { fallbackDate: data.fallbackDate } : {}),
    ...(data.types ? { types: data.types } : {}),
  };
  return executor.run({
    id: loaded.id,
    text: loaded.text,
    options,
    ...(loaded.source ? { source: loaded.source } : {}),
  });
}

/**
 * One job: a record file, always. Transient load failures are retried (BullMQ waits out an
 * exponential backoff); on the last attempt, and for any failure a retry cannot cure, the error
 * record is written first and the job then fails, so the failure shows both on disk and in the queue.
 */
export function jobProcessor(executor: Executor, options: Pick<WorkerOptions, 'out' | 'maxBytes'>) {
  return async (job: Job<JobData, WorkerResult>): Promise<WorkerResult> => {
    if (job.stalledCounter >= MAX_STALLS) {
      const why = `its worker stopped ${job.stalledCounter} times while processing it (crash, out of memory, kill)`;
      await writeRecordFile(options.out, errorRecord(job.data.id, 'stalled', why));
      throw new UnrecoverableError(`stalled: ${why}`);
    }
    const lastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    const loaded = await loadJob(job.data, options.maxBytes);
    if (!loaded.ok && TRANSIENT_LOAD_ERRORS.has(loaded.code) && !lastAttempt)
      throw new Error(`${loaded.code}: ${loaded.message}`);
    const record = await recordOf(executor, loaded, job.data);
    // A failed write (full disk, storage away) throws here and is retried like any other error.
    const path = await writeRecordFile(options.out, record);
    if (record.error) throw new UnrecoverableError(`${record.error.code}: ${record.error.message}`);
    return { path, entities: record.entities.length };
  };
}

function createWorker(
  options: WorkerOptions,
  executor: Executor,
  summary: WorkerSummary,
  log: (line: string) => void,
): Worker<JobData, WorkerResult> {
  const worker = new Worker<JobData, WorkerResult>(checkQueueName(options.queue), jobProcessor(executor, options), {
    connection: connectionOf(options.redis),
    // Twice the threads in hand: the next documents are fetched and read while these are processed.
    concurrency: options.concurrency * 2,
    name: `${hostname()}/${process.pid}`,
    lockDuration: options.lockDurationMs,
    // Look for jobs whose worker died as often as a lock can expire.
    stalledInterval: options.lockDurationMs,
    // The processor fails such a job itself (see MAX_STALLS), with a record; this is a backstop.
    maxStalledCount: MAX_STALLS + 1,
    autorun: false,
  });
  worker.on('completed', () => summary.completed++);
  worker.on('failed', (job, err) => {
    if (!job) return;
    const final = err instanceof UnrecoverableError || job.attemptsMade >= (job.opts.attempts ?? 1);
    if (final) summary.failed++;
    log(
      `${job.data.id}: ${err.message} (${final ? 'failed' : `attempt ${job.attemptsMade} of ${job.opts.attempts}, will retry`})`,
    );
  });
  worker.on('stalled', (jobId) => log(`job ${jobId} was abandoned by its worker; it is back in the queue`));
  let lastError = '';
  worker.on('error', (err) => {
    // ioredis reconnects by itself; say so once per distinct error rather than flood the log.
    if (err.message !== lastError) log(`redis: ${err.message}`);
    lastError = err.message;
  });

  return worker;
}

/** Runs a worker until SIGTERM/SIGINT (or, with `untilEmpty`, until the queue is empty). */
export async function runWorker(options: WorkerOptions): Promise<WorkerSummary> {
  const log = options.log ?? ((line: string) => process.stderr.write(`tamis worker: ${line}\n`));
  const t0 = performance.now();
  const summary: WorkerSummary = { completed: 0, failed: 0, seconds: 0 };
  // Fail fast on a wrong URL or a Redis that is down, rather than wait silently.
  const queue = await openQueue(options.redis, options.queue);

  // The same executor as folder mode, always in worker threads: each document under a time budget,
  // and this thread left free to renew the jobs' locks.
  const executor = createExecutor({ threads: options.concurrency, timeoutMs: options.timeoutMs, mode: 'pool' });
  let worker: Worker<JobData, WorkerResult> | undefined;
  let emptyCheck: NodeJS.Timeout | undefined;
  const onSignal = () => void stop(stopping);
  let stopping = false;
  const stop = (force: boolean): Promise<void> => {
    if (!worker) return Promise.resolve();
    if (force) {
      // Jobs in hand stay locked and are taken over by another worker once their lock expires.
      log('stopping now');
      return worker.close(true);
    }
    if (!stopping) log('stopping: finishing the jobs in hand (signal again to stop at once)');
    stopping = true;
    return worker.close();
  };
  try {
    // One warm-up document first, so that the threads' start-up (loading the extractors) is paid
    // before any job is locked to this worker.
    await executor.run({ id: 'warm-up', text: '', options: {} });
    worker = createWorker(options, executor, summary, log);
    process.on('SIGTERM', onSignal);
    process.on('SIGINT', onSignal);
    await worker.waitUntilReady();
    log(`ready on queue "${options.queue}", ${options.concurrency} thread(s), records to ${options.out}`);
    if (options.untilEmpty) {
      emptyCheck = setInterval(async () => {
        const c = await queueCounts(queue).catch(() => null);
        if (c && c.waiting + c.active + c.delayed === 0) void stop(false);
      }, 250);
    }
    await worker.run();
  } finally {
    clearInterval(emptyCheck);
    process.off('SIGTERM', onSignal);
    process.off('SIGINT', onSignal);
    await worker?.close();
    await queue.close();
    await executor.close();
  }
  summary.seconds = (performance.now() - t0) / 1000;
  return summary;
}
