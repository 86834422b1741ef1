// Where documents are processed: on the main thread for a handful of small ones, otherwise in a
// pool of worker threads (piscina) sized to the cores, each document under a time budget.
//
// Why both: a worker thread has to load tsx and every extractor before its first document (about
// 0.7 s measured here, against 0.45 s for the same import on the main thread; more once extractors
// load their tables), which is wasted on a one-article run. Past SMALL_RUN documents the pool warms
// up while the main thread goes on with small documents; once it is warm, and for any large
// document, the pool is used: there a runaway document is cut off (its worker is terminated and
// replaced) and becomes a `timeout` error record. Documents run on the main thread cannot be
// interrupted; they are small (≤ SMALL_DOC) and come before the pool is warm.
import { availableParallelism } from 'node:os';
import PQueue from 'p-queue';
import { Piscina } from 'piscina';
import type { DocumentRecord } from './schema.js';
import { loadSharedTables } from './shared-tables.js';
import { errorRecord } from './validate.js';
import type { DocumentTask } from './worker.js';
import { workerBundle } from './worker-bundle.js';

/** How many documents may run on the main thread before the pool takes over. */
export const SMALL_RUN = 8;
/** At this many main-thread documents the run looks like a batch: the pool starts warming up. */
const WARM_AT = 4;
/** V8's default on 64-bit systems (3 × its 16 MB semi-space). */
const WORKER_YOUNG_GENERATION_MB = 48;
/** Larger documents (in UTF-16 units) always go to the pool, where the time budget holds. */
export const SMALL_DOC = 64 * 1024;

export interface ExecutorOptions {
  /** Worker threads (default: the cores). */
  threads?: number;
  /** Per-document budget in milliseconds. */
  timeoutMs: number;
  /** `auto` (default): main thread for a small run, pool otherwise; `pool`: always the pool. */
  mode?: 'auto' | 'pool';
  /** The worker module (tests substitute their own); default `./worker.mjs`. */
  workerUrl?: string;
}

export interface Executor {
  run(task: DocumentTask): Promise<DocumentRecord>;
  /** Documents that went to worker threads so far. */
  readonly pooled: number;
  close(): Promise<void>;
}

export function defaultThreads(): number {
  return Math.max(1, availableParallelism());
}

/** The main thread's tables for the workers, or none (each thread then reads its own) if they cannot load. */
function sharedTables(): Record<string, Uint8Array> {
  try {
    return loadSharedTables();
  } catch {
    return {};
  }
}

export function createExecutor(options: ExecutorOptions): Executor {
  const threads = Math.max(1, options.threads ?? defaultThreads());
  let pool: Piscina | null = null;
  let ready: Promise<unknown> = Promise.resolve();
  // `auto` grows the pool: one thread first, the others only once it is warm and work remains, so
  // that a short run does not pay every thread's start-up. `pool` starts them all at once.
  const staged = options.mode !== 'pool';
  // One task per thread at a time: the budget's clock must start when the document starts, not
  // while it waits in piscina's queue.
  const gate = new PQueue({ concurrency: staged ? 1 : threads });
  let onMain = 0;
  /** Set once the first thread has loaded the pipeline: until then small documents stay on the main thread. */
  let warm = false;
  let pooled = 0;

  let starting: Promise<void> | null = null;
  const startPool = () => {
    if (starting) return;
    starting = (async () => {
      const filename = options.workerUrl ?? (await workerBundle()) ?? new URL('./worker.mjs', import.meta.url).href;
      pool = new Piscina({
        filename,
        // Further threads are spawned on demand, when more tasks are in flight than threads exist.
        minThreads: staged ? 1 : threads,
        maxThreads: threads,
        idleTimeout: 60_000,
        // worker.mjs registers tsx itself (inheriting `--import tsx` would register it twice); the bundle needs none.
        execArgv: [],
        // One copy of the big tables for every thread (the entry point adopts them).
        workerData: { tables: sharedTables() },
        // V8's default young generation: the CLI gives the main thread a small one
        // (--max-semi-space-size), which extraction in the workers would pay for in garbage collections.
        resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
      });
      const started = pool;
      await Promise.all(Array.from({ length: staged ? 1 : threads }, () => started.run(null, { name: 'ready' }))).catch(
        () => {},
      );
      warm = true;
      gate.concurrency = threads;
    })();
    ready = starting;
  };

  const runOnMain = async (task: DocumentTask): Promise<DocumentRecord> => {
    const { processDocument } = await import('./process.js');
    return processDocument(task.id, task.text, task.options, task.source);
  };

  const runInPool = (task: DocumentTask): Promise<DocumentRecord> =>
    gate.add(async () => {
      startPool();
      await ready;
      pooled++;
      try {
        return (await pool!.run(task, { signal: AbortSignal.timeout(options.timeoutMs) })) as DocumentRecord;
      } catch (err) {
        const aborted = err instanceof Error && err.name === 'AbortError';
        // The cut-off worker is being replaced: hold this slot while the new one warms up, so that
        // the next document's budget does not pay for it.
        if (aborted) await pool!.run(null, { name: 'ready' }).catch(() => {});
        return aborted
          ? errorRecord(task.id, 'timeout', `processing took longer than ${options.timeoutMs} ms`, {
              source: task.source,
            })
          : errorRecord(task.id, 'worker-failed', err instanceof Error ? err.message : String(err), {
              source: task.source,
            });
      }
    });

  return {
    run(task) {
      // Small documents run on the main thread for a small run, and, in a longer one, while the
      // pool warms up (the main thread is warm already: waiting for the pool would waste it).
      if (options.mode !== 'pool' && task.text.length <= SMALL_DOC && (onMain < SMALL_RUN || !warm)) {
        if (++onMain === WARM_AT) startPool();
        return runOnMain(task);
      }
      return runInPool(task);
    },
    get pooled() {
      return pooled;
    },
    async close() {
      await gate.onIdle();
      await starting?.catch(() => {});
      await pool?.destroy();
    },
  };
}
