// The producer side: enqueue documents and read the queue's counts. Imports BullMQ, so the CLI
// loads this module only when a queue command runs.
import { Queue } from 'bullmq';
import type { JobData, Prepared } from './jobs.js';

export interface RetryPolicy {
  /** Tries per job, the first included. */
  attempts: number;
  /** The first retry waits this long (ms); each next one twice as long. */
  backoffMs: number;
}

export interface QueueCounts {
  waiting: number;
  active: number;
  completed: number;
  failed: number;
  /** Jobs waiting out a retry backoff. */
  delayed: number;
}

export interface EnqueueSummary {
  /** Jobs new to the queue. */
  added: number;
  /** Jobs the queue already held (waiting, running or done): not added again. */
  known: number;
  /** Inputs that could not become a job (unreadable file, invalid line); each was reported. */
  rejected: number;
}

/** Connection options for BullMQ; `maxRetriesPerRequest: null` is what its workers require. */
export const connectionOf = (url: string) => ({ url, maxRetriesPerRequest: null });

export function checkQueueName(name: string): string {
  if (!/^[\w.-]{1,100}$/.test(name)) throw new Error(`queue name "${name}": use letters, digits, '.', '_' or '-'`);
  return name;
}

/**
 * Opens a queue, failing with a clear message when Redis refuses the connection or does not answer
 * in time (ioredis would otherwise retry quietly for ever).
 */
export async function openQueue(url: string, name: string, timeoutMs = 5_000): Promise<Queue<JobData>> {
  const queue = new Queue<JobData>(checkQueueName(name), { connection: connectionOf(url) });
  let timer: NodeJS.Timeout | undefined;
  const failure = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`cannot reach Redis at ${redact(url)} within ${timeoutMs} ms`)),
      timeoutMs,
    );
    queue.once('error', (err: Error) => reject(new Error(`cannot reach Redis at ${redact(url)}: ${err.message}`)));
  });
  failure.catch(() => {});
  try {
    await Promise.race([queue.waitUntilReady(), failure]);
    // Later connection errors are retried by ioredis; the commands' own calls report what fails.
    queue.on('error', () => {});
    return queue;
  } catch (err) {
    queue.on('error', () => {});
    // close(), not disconnect(): the latter waits for a connection that never comes.
    await Promise.race([queue.close().catch(() => {}), new Promise((r) => setTimeout(r, 1_000).unref())]);
    throw err;
  } finally {
    clearTimeout(timer);
  }
}

/** The URL without its password, for messages. */
export const redact = (url: string) => url.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:***@');

/**
 * Adds prepared jobs in batches. A job id the queue already holds is ignored by BullMQ itself
 * (that is what makes adding the same document twice harmless); the state lookup only counts them.
 */
export async function enqueue(
  queue: Queue<JobData>,
  inputs: AsyncIterable<Prepared> | Iterable<Prepared>,
  retry: RetryPolicy,
  report: (line: string) => void,
  batchSize = 500,
): Promise<EnqueueSummary> {
  const summary: EnqueueSummary = { added: 0, known: 0, rejected: 0 };
  let batch: { jobId: string; data: JobData }[] = [];
  const flush = async () => {
    if (!batch.length) return;
    const states = await Promise.all(batch.map((job) => queue.getJobState(job.jobId)));
    for (const state of states) state === 'unknown' ? summary.added++ : summary.known++;
    await queue.addBulk(
      batch.map(({ jobId, data }) => ({
        name: data.kind,
        data,
        opts: {
          jobId,
          attempts: retry.attempts,
          backoff: { type: 'exponential', delay: retry.backoffMs },
          // Finished jobs are kept: their ids are what stops a document from being processed twice.
          removeOnComplete: false,
          removeOnFail: false,
        },
      })),
    );
    batch = [];
  };
  for await (const input of inputs) {
    if (!input.ok) {
      summary.rejected++;
      report(`${input.id}: ${input.message} (not queued)`);
      continue;
    }
    if (batch.some((job) => job.jobId === input.jobId)) {
      summary.known++;
      continue;
    }
    batch.push({ jobId: input.jobId, data: input.data });
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  return summary;
}

export async function queueCounts(queue: Queue<JobData>): Promise<QueueCounts> {
  const c = await queue.getJobCounts('waiting', 'prioritized', 'active', 'completed', 'failed', 'delayed');
  return {
    waiting: (c.waiting ?? 0) + (c.prioritized ?? 0),
    active: c.active ?? 0,
    completed: c.completed ?? 0,
    failed: c.failed ?? 0,
    delayed: c.delayed ?? 0,
  };
}
